import { isHttpUrl } from '@/lib/data/http-url';
import type { RungDatabase } from '@/lib/db/schema';
import type { ExtractResult, Occurrence, StoredConcept, StoredPage } from '@/lib/types';

/** Caps what one page may add, so a hostile page cannot flood the learner's database. */
const MAX_CONCEPTS_PER_PAGE = 300;
const MAX_SENTENCES_STORED = 1500;

/**
 * Upserts a page and its concepts in one transaction. A concept read before (on any site) keeps
 * its identity and first definition; new surface forms become aliases.
 */
export async function savePage(
  db: RungDatabase,
  url: string,
  result: ExtractResult,
  now: number,
): Promise<StoredPage> {
  const concepts = result.concepts.slice(0, MAX_CONCEPTS_PER_PAGE);
  return db.transaction('rw', db.pages, db.concepts, db.occurrences, async () => {
    const previous = await db.pages.get(url);
    const page: StoredPage = {
      url,
      title: result.title,
      lang: result.lang,
      dir: result.dir,
      pageKind: result.pageKind,
      readAt: now,
      // A page's own "next" link is untrusted: only an http(s) one may reach Advance's tabs.update.
      nextUrl: isHttpUrl(result.nextUrl) ? result.nextUrl : undefined,
      conceptKeys: [...new Set(concepts.map((c) => c.key))],
      sentences: result.sentences.slice(0, MAX_SENTENCES_STORED),
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
        owner: old?.owner ?? c.owner,
        memberKind: old?.memberKind ?? c.memberKind,
        uses: old?.uses ?? c.uses,
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
