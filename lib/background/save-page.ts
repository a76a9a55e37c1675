import type { RungDatabase } from '@/lib/db/schema';
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
  return db.transaction('rw', db.pages, db.concepts, db.occurrences, async () => {
    const previous = await db.pages.get(url);
    const page: StoredPage = {
      url,
      title: result.title,
      lang: result.lang,
      dir: result.dir,
      pageKind: result.pageKind,
      readAt: now,
      nextUrl: result.nextUrl,
      conceptKeys: [...new Set(concepts.map((c) => c.key))],
      sentences: result.sentences,
      headings: result.headings,
      links: result.links,
      wordCount: result.wordCount,
      doneAt: previous?.doneAt,
    };
    await db.pages.put(page);

    const existing = await db.concepts.bulkGet(page.conceptKeys);
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
        summary: old?.summary ?? c.summary,
        aliases: [...aliases].slice(0, 50),
        firstSeenAt: old?.firstSeenAt ?? now,
      });
    }
    await db.concepts.bulkPut(toPut);

    // Re-reading a page replaces its occurrences: the page may have changed.
    await db.occurrences.where('pageUrl').equals(url).delete();
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
    await db.occurrences.bulkPut(occurrences);
    return page;
  });
}
