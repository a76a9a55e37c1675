// A Bloom filter over the name keys of every stored concept (lib/graph/infer/name-keys.ts). A page
// produces tens of thousands of candidate keys (every run of up to six words in its sentences),
// and asking the index for each would cost as much as loading every concept; the filter answers
// "surely not stored" for nearly all of them in memory, so the index is asked only for names that
// exist (and a few hundredths of a percent of the rest). One row, read once per page. It never
// forgets a name, so a deleted concept only costs a look-up that finds nothing. It is built with 20
// bits per name and rebuilt twice as big once names outgrow 10 bits each, so false positives stay
// rare (under 1%) however many pages were read, at an amortised constant cost per name.

/** The smallest filter (256 KiB). */
const MIN_BITS = 1 << 21;
const HASHES = 6;
const BUILD_BITS_PER_NAME = 20;
const MIN_BITS_PER_NAME = 10;

export interface NameFilterRow {
  id: 'names';
  bits: Uint8Array;
  /** Bits and hash count it was built with: a row of another shape is rebuilt. */
  size: number;
  hashes: number;
  /** Names added (a name added twice counts twice, which only brings the rebuild earlier). */
  names: number;
}

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

export class NameFilter {
  private constructor(
    private readonly size: number,
    readonly bits: Uint8Array,
    private names: number,
  ) {}

  /** An empty filter big enough for `names` names at 20 bits each (never under 256 KiB). */
  static sizedFor(names: number): NameFilter {
    let size = MIN_BITS;
    while (size < names * BUILD_BITS_PER_NAME) size *= 2;
    return new NameFilter(size, new Uint8Array(size / 8), 0);
  }

  /** The stored filter, or null when there is none or it has another shape (then it is rebuilt). */
  static fromRow(row: NameFilterRow | undefined): NameFilter | null {
    if (!row || row.hashes !== HASHES || !Number.isInteger(row.size) || row.size < MIN_BITS) return null;
    if ((row.size & (row.size - 1)) !== 0 || typeof row.names !== 'number') return null;
    if (!(row.bits instanceof Uint8Array) || row.bits.length !== row.size / 8) return null;
    return new NameFilter(row.size, row.bits, row.names);
  }

  /** Too full for false positives to stay rare: the next read should build a bigger one. */
  get crowded(): boolean {
    return this.names * MIN_BITS_PER_NAME > this.size;
  }

  add(key: string): void {
    const [h1, h2] = hashPair(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % this.size;
      this.bits[bit >>> 3]! |= 1 << (bit & 7);
    }
    this.names++;
  }

  mayHave(key: string): boolean {
    const [h1, h2] = hashPair(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % this.size;
      if ((this.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  toRow(): NameFilterRow {
    return { id: 'names', bits: this.bits, size: this.size, hashes: HASHES, names: this.names };
  }
}
