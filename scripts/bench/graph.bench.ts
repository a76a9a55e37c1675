// Prerequisite-map queries on a synthetic learner stored in IndexedDB (fake-indexeddb in Node):
// N concepts, 5N edges, 10N attempts; load from the DB (edges → graph, attempts → mastery), then
// frontier, gaps behind a concept and a page's study path. Run: npm run bench -- graph
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { loadGraph } from '@/lib/db/edge-store';
import { learnerLog } from '@/lib/db/quiz-queries';
import { RungDatabase } from '@/lib/db/schema';
import { seedTables } from '@/lib/db/seed-tables';
import { frontier } from '@/lib/graph/frontier';
import { gapsBehind } from '@/lib/graph/gaps-behind';
import { studyPath } from '@/lib/graph/study-path';
import { deriveMastery } from '@/lib/mastery/derive-mastery';
import { seededRandom } from '@/lib/random';
import type { Attempt, PrereqEdge, StoredConcept } from '@/lib/types';

const SIZES = [1_000, 2_500, 5_000, 10_000];
const QUERIES = 50;

async function seed(db: RungDatabase, n: number): Promise<void> {
  const random = seededRandom(n);
  const key = (i: number) => `term:en:c${i}`;
  const concepts: StoredConcept[] = Array.from({ length: n }, (_, i) => ({
    key: key(i),
    label: `concept ${i}`,
    kind: 'term',
    lang: 'en',
    aliases: [],
    firstSeenAt: i,
  }));
  // Edges point forward in a hidden curriculum order, mostly to nearby concepts (as chapters do).
  const edges = new Map<string, PrereqEdge>();
  while (edges.size < 5 * n) {
    const a = Math.floor(random() * (n - 1));
    const b = Math.min(n - 1, a + 1 + Math.floor(random() * random() * 300));
    edges.set(`${a}>${b}`, {
      from: key(a),
      to: key(b),
      confidence: 0.3 + 0.6 * random(),
      evidence: [{ source: 'definition', detail: `c${a} is used to define c${b}` }],
    });
  }
  // The learner has worked through roughly the first 40% of the curriculum, with holes.
  const attempts: Attempt[] = [];
  for (let i = 0; i < n; i++) {
    const knows = random() < 0.9 * Math.max(0, 1 - i / (0.45 * n));
    for (let j = 0; j < 10; j++) {
      attempts.push({
        id: `${i}-${j}`,
        conceptKey: key(i),
        questionId: `q${i}-${j}`,
        questionType: 'cloze',
        correct: knows ? j >= 4 || random() < 0.6 : random() < 0.4,
        answer: '',
        at: i * 100 + j,
      });
    }
  }
  await seedTables(db, { concepts, edges: [...edges.values()], attempts });
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now();
  const r = f();
  return [r, performance.now() - t0];
}

export async function run(): Promise<void> {
  const rows: string[] = [];
  for (const n of SIZES) {
    const db = new RungDatabase(`bench-graph-${n}`, { indexedDB, IDBKeyRange });
    await seed(db, n);
    const t0 = performance.now();
    const { graph } = await loadGraph(db);
    const tEdges = performance.now() - t0;
    const t1 = performance.now();
    const byConcept = new Map<string, Attempt[]>();
    const log = await learnerLog(db);
    for (const a of log) {
      const list = byConcept.get(a.conceptKey);
      if (list) list.push(a);
      else byConcept.set(a.conceptKey, [a]);
    }
    const mastered = new Set<string>();
    for (const [k, list] of byConcept) if (deriveMastery(k, list, 0).status === 'mastered') mastered.add(k);
    const tMastery = performance.now() - t1;
    const isMastered = (k: string) => mastered.has(k);

    const [front, tFrontier] = time(() => frontier(graph, isMastered));
    const random = seededRandom(`q${n}`);
    const targets = Array.from(
      { length: QUERIES },
      () => `term:en:c${Math.floor(n * (0.4 + 0.6 * random()))}`,
    );
    let gapCount = 0;
    const [, tGaps] = time(() => {
      for (const t of targets) gapCount += gapsBehind(graph, t, isMastered).length;
    });
    let pathLen = 0;
    const [, tPath] = time(() => {
      for (let q = 0; q < QUERIES; q++) {
        const start = Math.floor(n * (0.4 + 0.5 * random()));
        const page = Array.from({ length: 30 }, (_, i) => `term:en:c${Math.min(n - 1, start + i * 3)}`);
        pathLen += studyPath(graph, page, isMastered).length;
      }
    });
    rows.push(
      [
        n,
        graph.edgeCount,
        log.length,
        mastered.size,
        tEdges.toFixed(0),
        tMastery.toFixed(0),
        `${tFrontier.toFixed(1)} (${front.length})`,
        `${(tGaps / QUERIES).toFixed(2)} (${(gapCount / QUERIES).toFixed(0)})`,
        `${(tPath / QUERIES).toFixed(2)} (${(pathLen / QUERIES).toFixed(0)})`,
      ].join(' | '),
    );
    await db.delete();
  }
  console.log(
    'concepts | edges | attempts | mastered | load edges→graph ms | load attempts→mastery ms | frontier ms (size) | gaps ms/query (avg gaps) | study path ms/page of 30 (avg steps)',
  );
  for (const r of rows) console.log(r);
}
