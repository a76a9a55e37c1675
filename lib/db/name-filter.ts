// A Bloom filter over the name keys of every stored concept (lib/graph/infer/name-keys.ts). A page
// produces tens of thousands of candidate keys (every run of up to six words in its sentences),
// and asking the index for each would cost as much as loading every concept; the filter answers
// "surely not stored" for nearly all of them in memory, so the index is asked only for names that
// exist (and a few in ten thousand of the rest). It never forgets a name, so a deleted concept
// only costs a look-up that finds nothing.
//
// It is kept in stages of a fixed size (a scalable Bloom filter): names go into the newest stage
// until it holds its share, then a new one starts; a name may be in any stage. So a read writes one
// 256 KiB stage whatever the history, full stages are never written again (the worker keeps them
// in memory), and the filter is never rebuilt as it grows: one filter sized for the whole history
// had to be read and written whole on every read, and rebuilt from every concept (10 s at 10,000
// pages) each time it doubled.

/** Bits of one stage (256 KiB). */
const STAGE_BITS = 1 << 21;
const HASHES = 8;
/** Names a stage takes: 24 bits each, so each full stage lets through about 0.004% of other keys. */
export const STAGE_NAMES = Math.floor(STAGE_BITS / 24);

/** One stage as stored. */
export interface NameFilterStageRow {
  id: `stage ${number}`;
  bits: Uint8Array;
  /** Bits and hash count it was built with: a row of another shape is rebuilt. */
  size: number;
  hashes: number;
  /** Names added (a name added twice counts twice). */
  names: number;
}

/** Which stages make the filter, and a token that changes with every write. */
export interface NameFilterMetaRow {
  id: 'meta';
  stages: number;
  version: string;
}

export type NameFilterRow = NameFilterStageRow | NameFilterMetaRow;

export const stageId = (i: number): NameFilterStageRow['id'] => `stage ${i}`;

/** FNV-1a and a second, differently seeded pass: two independent hashes for double hashing. */
function hashPair(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ key.length;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return [a >>> 0, (b | 1) >>> 0];
}

/** One stage of the filter. */
export class NameFilter {
  private constructor(
    readonly bits: Uint8Array,
    private names: number,
  ) {}

  static empty(): NameFilter {
    return new NameFilter(new Uint8Array(STAGE_BITS / 8), 0);
  }

  /** The stored stage, or null when it has another shape (then the filter is rebuilt). */
  static fromRow(row: NameFilterRow | undefined): NameFilter | null {
    if (!row || row.id === 'meta' || row.hashes !== HASHES || row.size !== STAGE_BITS) return null;
    if (typeof row.names !== 'number') return null;
    if (!(row.bits instanceof Uint8Array) || row.bits.length !== STAGE_BITS / 8) return null;
    return new NameFilter(row.bits, row.names);
  }

  /** A copy to add names to (the original may be in use). */
  copy(): NameFilter {
    return new NameFilter(this.bits.slice(), this.names);
  }

  /** Holds its share of names: the next ones go into a new stage. */
  get full(): boolean {
    return this.names >= STAGE_NAMES;
  }

  add(key: string): void {
    const [h1, h2] = hashPair(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % STAGE_BITS;
      this.bits[bit >>> 3]! |= 1 << (bit & 7);
    }
    this.names++;
  }

  mayHave(key: string): boolean {
    return NameFilter.anyMayHave([this], key);
  }

  /** Whether any of the stages may hold `key` (hashed once for all). */
  static anyMayHave(stages: readonly NameFilter[], key: string): boolean {
    const [h1, h2] = hashPair(key);
    search: for (const s of stages) {
      for (let i = 0; i < HASHES; i++) {
        const bit = (h1 + i * h2) % STAGE_BITS;
        if ((s.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) continue search;
      }
      return true;
    }
    return false;
  }

  toRow(i: number): NameFilterStageRow {
    return { id: stageId(i), bits: this.bits, size: STAGE_BITS, hashes: HASHES, names: this.names };
  }
}
