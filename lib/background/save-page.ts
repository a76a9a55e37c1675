import { isHttpUrl } from '@/lib/data/http-url';
import { noteConceptNames } from '@/lib/db/concept-names';
import { placeInOrder } from '@/lib/db/page-order';
import {
  conceptsByKeys,
  inPageWrite,
  pageByUrl,
  putConcepts,
  putPage,
  replaceOccurrences,
} from '@/lib/db/page-queries';
import type { RungDatabase } from '@/lib/db/schema';
import { compareOrder, normalizeUrl } from '@/lib/graph/infer/page-sequence';
import type { ExtractResult, Occurrence, StoredConcept, StoredPage } from '@/lib/types';
import { boundPageResult } from './bound-page-result';

/**
 * Upserts a page and its concepts in one transaction. A concept read before (on any site) keeps
 * its identity and first definition; new surface forms become aliases.
 */
export async function savePage(
  db: RungDatabase,
  url: string,
  extracted: ExtractResult,
  now: number,
): Promise<StoredPage> {
  // A hostile page cannot flood the learner's database: what one page stores is bounded.
  const result = boundPageResult(extracted);
  const concepts = result.concepts;
  // A page's own "next" link is untrusted: only an http(s) one may reach Advance's tabs.update.
  const nextUrl = isHttpUrl(result.nextUrl) ? result.nextUrl : undefined;
  return inPageWrite(db, async () => {
    const previous = await pageByUrl(db, url);
    const page: StoredPage = {
      url,
      title: result.title,
      lang: result.lang,
      dir: result.dir,
      pageKind: result.pageKind,
      readAt: now,
      nextUrl,
      conceptKeys: [...new Set(concepts.map((c) => c.key))],
      sentences: result.sentences,
      headings: result.headings,
      links: result.links,
      wordCount: result.wordCount,
      doneAt: previous?.doneAt,
      urlKey: normalizeUrl(url) ?? url,
      nextKey: nextUrl ? normalizeUrl(nextUrl, url) : undefined,
    };
    const moved = await placeInOrder(db, page);
    await putPage(db, page);
    await moveIntros(db, moved);
    const here = { url, order: page.order! };

    const existing = await conceptsByKeys(db, page.conceptKeys);
    const byKey = new Map<string, StoredConcept>();
    existing.forEach((c) => {
      if (c) byKey.set(c.key, c);
    });
    const toPut: StoredConcept[] = [];
    const seen = new Set<string>();
    for (const c of concepts) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      const old = byKey.get(c.key);
      const aliases = new Set([...(old?.aliases ?? []), ...(c.aliases ?? [])]);
      if (old && old.label !== c.label) aliases.add(c.label);
      aliases.delete(old?.label ?? c.label);
      // Where it is first met: here, unless a page placed before this one has it.
      const intro =
        !old?.intro || old.intro.url === url || compareOrder(here.order, old.intro.order) < 0
          ? here
          : old.intro;
      toPut.push({
        key: c.key,
        label: old?.label ?? c.label,
        kind: c.kind,
        lang: result.lang,
        lemma: old?.lemma ?? c.lemma,
        definition: old?.definition ?? c.definition,
        frequencyRank: old?.frequencyRank ?? c.frequencyRank,
        signature: old?.signature ?? c.signature,
        symbolKind: old?.symbolKind ?? c.symbolKind,
        owner: old?.owner ?? c.owner,
        memberKind: old?.memberKind ?? c.memberKind,
        uses: old?.uses ?? c.uses,
        implements: old?.implements ?? c.implements,
        summary: old?.summary ?? c.summary,
        aliases: [...aliases].slice(0, 50),
        firstSeenAt: old?.firstSeenAt ?? now,
        intro,
      });
    }
    await noteConceptNames(db, toPut);
    await putConcepts(db, toPut);

    // Re-reading a page replaces its occurrences: the page may have changed.
    const occurrences: Occurrence[] = [];
    seen.clear();
    for (const c of concepts) {
      if (seen.has(c.key)) continue;
      seen.add(c.key);
      occurrences.push({
        pageUrl: url,
        conceptKey: c.key,
        score: c.score,
        sentence: c.definition,
        section: c.section,
        firstOffset: c.firstOffset,
      });
    }
    await replaceOccurrences(db, url, occurrences);
    return page;
  });
}

/**
 * Pages moved along their chain (an earlier chapter read later) carry their concepts' first
 * meeting with them: a concept first met on a moved page takes its new place, and one met there
 * before the page it was credited to is now credited to it. A concept whose first page moved later
 * keeps that page even if another page now comes first (finding it would read every page that
 * has the concept); a later read of that other page corrects it.
 */
async function moveIntros(db: RungDatabase, moved: readonly StoredPage[]): Promise<void> {
  for (const p of moved) {
    const order = p.order!;
    const changed: StoredConcept[] = [];
    for (const c of await conceptsByKeys(db, p.conceptKeys)) {
      if (!c) continue;
      if (c.intro?.url === p.url) c.intro = { url: p.url, order };
      else if (!c.intro || compareOrder(order, c.intro.order) < 0) c.intro = { url: p.url, order };
      else continue;
      changed.push(c);
    }
    await putConcepts(db, changed);
  }
}
