// The items an API reference page documents, counted from its markup by rules written for this
// test alone (no code shared with lib/extract), so the extractor's recall is measured against an
// independent reading of the page. Each item is a name and the labels that would name it.

export interface DocumentedItem {
  name: string;
  /** True when one of the extractor's API labels names this item. */
  named: (labels: readonly string[]) => boolean;
}

function squash(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

const PY_KINDS = [
  'function',
  'class',
  'method',
  'classmethod',
  'staticmethod',
  'exception',
  'attribute',
  'data',
];

function python(doc: Document): DocumentedItem[] {
  const ids = new Set<string>();
  for (const dl of Array.from(doc.querySelectorAll('dl'))) {
    const cls = (dl.getAttribute('class') ?? '').split(' ');
    if (!cls.some((c) => PY_KINDS.includes(c))) continue;
    for (const dt of Array.from(dl.children)) if (dt.tagName === 'DT' && dt.id) ids.add(dt.id);
  }
  return [...ids].map((id) => ({ name: id, named: (ls) => ls.includes(id) }));
}

function node(doc: Document): DocumentedItem[] {
  const items = new Map<string, DocumentedItem>();
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6'))) {
    const code = h.querySelector('code');
    if (!code) continue;
    const whole = squash(h.textContent).replace(/#$/, '').trim();
    const c = squash(code.textContent);
    const prefix = /^(Class|Event|Static method|Constructor): /.exec(whole);
    if (!prefix && whole !== c) continue;
    if (prefix?.[1] === 'Event') {
      const ev = c.replace(/^'|'$/g, '');
      items.set(`event ${ev}`, {
        name: `'${ev}' event`,
        named: (ls) => ls.some((l) => l.endsWith(`'${ev}' event`)),
      });
      continue;
    }
    const name = c.replace(/^new /, '').replace(/\(.*$/, '').replace(/\[.*$/, '').trim();
    if (!/^[\w$.]+$/.test(name)) continue;
    items.set(name, { name, named: (ls) => ls.some((l) => l === name || l === `new ${name}()`) });
  }
  return [...items.values()];
}

const RUST_TABLE = [
  'struct',
  'enum',
  'trait',
  'fn',
  'macro',
  'mod',
  'type',
  'constant',
  'static',
  'primitive',
  'union',
];

function rust(doc: Document): DocumentedItem[] {
  const items: DocumentedItem[] = [];
  const title = squash(doc.querySelector('h1')?.textContent);
  const m = /^(\w+(?: \w+)?) ([\w:]+?)(?:\d+\.\d+\.\d+)?(?:\[|$|Copy|·| )/.exec(title);
  if (!m?.[2]) return items;
  const path = m[2];
  const last = path.split('::').at(-1)!;
  items.push({
    name: path,
    named: (ls) => ls.some((l) => l === path || l === last || path.endsWith(`::${l}`)),
  });
  if (m[1] === 'Module') {
    for (const a of Array.from(doc.querySelectorAll('.item-table a'))) {
      const k = a.getAttribute('class') ?? '';
      const n = squash(a.textContent);
      if (!RUST_TABLE.includes(k) || !/^\w+$/.test(n)) continue;
      items.push({ name: n, named: (ls) => ls.some((l) => l === n || l.endsWith(`::${n}`)) });
    }
    return items;
  }
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('[id]'))) {
    const id = /^(method|tymethod|variant|structfield|associatedconstant|associatedtype)\.(\w+)$/.exec(el.id);
    if (!id?.[2] || seen.has(id[2])) continue;
    // Members of the type itself, not of the traits it implements.
    let inherent = true;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (/^(?:trait|synthetic|blanket)-implementations-list$/.test(p.id) || p.id.startsWith('deref-methods'))
        inherent = false;
    }
    if (!inherent) continue;
    seen.add(id[2]);
    const label = `${last}::${id[2]}`;
    items.push({ name: label, named: (ls) => ls.includes(label) });
  }
  return items;
}

export function countDocumentedItems(
  doc: Document,
  family: 'python' | 'node18' | 'rust163',
): DocumentedItem[] {
  return family === 'python' ? python(doc) : family === 'node18' ? node(doc) : rust(doc);
}
