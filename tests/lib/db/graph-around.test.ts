import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadGraph, putEdges } from '@/lib/db/edge-store';
import { loadGraphAround } from '@/lib/db/graph-around';
import { RungDatabase } from '@/lib/db/schema';
import { gapsBehind } from '@/lib/graph/gaps-behind';
import { LOCAL_EVIDENCE } from '@/lib/graph/infer/api-edges';
import { PrereqGraph } from '@/lib/graph/prereq-graph';
import { prerequisitesOf } from '@/lib/graph/prerequisites-of';
import { deriveMastery } from '@/lib/mastery/derive-mastery';
import { startHoleDiagnosis } from '@/lib/mastery/hole-diagnosis';
import { MAP_BELIEF_DEPTH, mapBelief } from '@/lib/mastery/map-belief';
import { masteryLookup } from '@/lib/mastery/mastery-lookup';
import { testOut } from '@/lib/mastery/test-out';
import { seededRandom } from '@/lib/random';
import type { Attempt, PrereqEdge } from '@/lib/types';

let n = 0;
const dbs: RungDatabase[] = [];
function freshDb(): RungDatabase {
  const db = new RungDatabase(`graph-around-${n++}`, { indexedDB, IDBKeyRange });
  dbs.push(db);
  return db;
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

const [localSource] = [...LOCAL_EVIDENCE];

/** A random map: edges only from a lower to a higher index (acyclic), keys in shuffled order. */
function randomMap(
  seed: number,
  nodes: number,
  edgesPerNode: number,
): { keys: string[]; edges: PrereqEdge[] } {
  const random = seededRandom(seed);
  const keys = Array.from({ length: nodes }, (_, i) => `term:en:c${((i * 7919) % 1009).toString(36)}-${i}`);
  const edges = new Map<string, PrereqEdge>();
  for (let to = 1; to < nodes; to++) {
    const count = Math.floor(random() * edgesPerNode * 2);
    for (let j = 0; j < count; j++) {
      // Mostly near neighbours, sometimes a far one (hubs and long chains, as real maps have).
      const from =
        random() < 0.8 ? Math.max(0, to - 1 - Math.floor(random() * 12)) : Math.floor(random() * to);
      const source = random() < 0.2 ? (localSource as string) : 'text';
      const e: PrereqEdge = {
        from: keys[from] as string,
        to: keys[to] as string,
        // Ties on purpose: the order among equally sure prerequisites must not depend on what was loaded.
        confidence: [0.2, 0.35, 0.5, 0.7, 0.9][Math.floor(random() * 5)] as number,
        evidence: [{ source, detail: 'random' }],
      };
      edges.set(`${e.from}>${e.to}`, e);
    }
  }
  return { keys, edges: [...edges.values()] };
}

function randomLearner(seed: number, keys: readonly string[]) {
  const random = seededRandom(seed);
  const attempts: Attempt[] = [];
  for (let i = 0; i < 600; i++) {
    const key = keys[Math.floor(random() * keys.length)] as string;
    attempts.push({
      id: `a${i}`,
      conceptKey: key,
      questionId: `q${i}`,
      questionType: 'choice',
      correct: random() < 0.75,
      answer: '',
      at: 1_000_000 + i * 60_000,
      seq: i,
    });
  }
  const now = 1_000_000 + 600 * 60_000;
  const rows = keys.map((k) =>
    deriveMastery(
      k,
      attempts.filter((a) => a.conceptKey === k),
      now,
    ),
  );
  return masteryLookup({ attempts, rows, gaps: [], now, criterion: { pCorrect: 0.9, recall: 0.9 } });
}

describe('the part of the map an answer loads', () => {
  it('answers every query of the answer path exactly as the whole map does, reading a part of it', async () => {
    const db = freshDb();
    const { keys, edges } = randomMap(11, 400, 2);
    await putEdges(db, edges);
    const whole = (await loadGraph(db)).graph;
    const m = randomLearner(7, keys);
    const mastered = (k: string) => m.mastered(k);
    let loaded = 0;
    let compared = 0;
    const asked = keys.filter((_, i) => i % 23 === 5);
    for (const key of asked) {
      const part = await loadGraphAround(db, [key], { dependantDepth: MAP_BELIEF_DEPTH });
      loaded += part.edgeCount;
      const all = prerequisitesOf(whole, key, { minConfidence: 0 });
      expect(prerequisitesOf(part, key, { minConfidence: 0 })).toEqual(all);
      expect(gapsBehind(part, key, mastered)).toEqual(gapsBehind(whole, key, mastered));
      for (const h of all) expect(mapBelief(part, m, h.key)).toBe(mapBelief(whole, m, h.key));
      const askable = (k: string) => k.length % 3 !== 0;
      const pKnown = (k: string) => mapBelief(whole, m, k);
      expect(startHoleDiagnosis(part, key, askable, mastered, (k) => mapBelief(part, m, k))).toEqual(
        startHoleDiagnosis(whole, key, askable, mastered, pKnown),
      );
      compared += all.length;
    }
    // The check is not vacuous: the concepts have prerequisites, and a part is not the whole map.
    expect(compared).toBeGreaterThan(100);
    expect(loaded / asked.length).toBeLessThan(whole.edgeCount / 2);
  });

  it('gives a test-out the same verdict over the prerequisites of every checked concept', async () => {
    const db = freshDb();
    const { keys, edges } = randomMap(5, 200, 2);
    await putEdges(db, edges);
    const whole = (await loadGraph(db)).graph;
    const random = seededRandom(9);
    for (let round = 0; round < 10; round++) {
      const checked = Array.from({ length: 6 }, () => keys[60 + Math.floor(random() * 140)] as string);
      const results = checked.map((conceptKey, i) => ({ conceptKey, correct: i !== round % 7 }));
      const part = await loadGraphAround(db, [...new Set(checked)]);
      expect(testOut(part, results).sort()).toEqual(testOut(whole, results).sort());
    }
  });

  it('ranks a map the same whatever order its edges come in', () => {
    const { edges } = randomMap(2, 120, 2);
    const a = PrereqGraph.fromEdges(edges).graph;
    const b = PrereqGraph.fromEdges([...edges].reverse()).graph;
    expect(b.topologicalOrder()).toEqual(a.topologicalOrder());
  });
});
