import type { ApiItem } from '@/lib/extract/api/api-item';
import { cleanText, firstSentence } from '@/lib/extract/api/api-text';
import { parseSignature } from '@/lib/extract/api/parse-signature';

// Member summary tables (Javadoc's "Method Summary", Doxygen's member declarations, package and
// module indexes): a table most of whose rows start with a code name and go on with a sentence
// about it. The name must look like code (in <code>, or with `.` `::` `_` `(` or inner capitals),
// so a league table's "Arsenal | 3 | 1" is not an API.

const CODE_LIKE = /[.:_(]|[a-z][A-Z]/;

export function summaryTables(root: Document | Element, owner: string | undefined, out: ApiItem[]): void {
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr')).slice(0, 400);
    const found: ApiItem[] = [];
    let described = 0;
    for (const tr of rows) {
      const cells = Array.from(tr.children).filter((c) => /^T[DH]$/i.test(c.tagName));
      if (cells.length < 2) continue;
      // The name cell: the first that holds code or a link (a return type may come before it).
      const nameCell = cells.find((c) => c.querySelector('a[href], code')) ?? cells[0]!;
      const codeEl = nameCell.querySelector('code') ?? nameCell.querySelector('a[href]');
      const sig = cleanText(nameCell, 400);
      if (!codeEl || !sig || sig.length > 200) continue;
      const inCode = nameCell.querySelector('code') !== null;
      const parsed = parseSignature(sig);
      if (!parsed || (!inCode && !CODE_LIKE.test(sig))) continue;
      const last = cells.at(-1)!;
      const summary = last !== nameCell ? firstSentence(last) : undefined;
      if (summary) described++;
      found.push({
        name: parsed.name,
        kind: parsed.kind === 'function' && owner ? 'method' : parsed.kind,
        ...(owner && owner !== parsed.name ? { owner, ownerIsType: true } : {}),
        signature: sig,
        ...(summary ? { summary } : {}),
        uses: [],
      });
    }
    if (found.length >= 2 && described >= found.length * 0.6) out.push(...found);
  }
}
