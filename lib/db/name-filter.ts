// A Bloom filter over the name keys of every stored concept (lib/graph/infer/name-keys.ts). A page
// produces tens of thousands of candidate keys (every run of up to six words in its sentences),
// and asking the index for each would cost as much as loading every concept; the filter answers
// "surely not stored" for nearly all of them in memory, so the index is asked only for names that
// exist (and ~0.1% of the rest). It has a fixed size whatever the history: one row read per page.
// It never forgets a name, so a deleted concept only costs a look-up that finds nothing.

/** 2^21 bits (256 KiB): about 0.1% false positives at 100,000 names, 4% at 300,000. */
const NAME_FILTER_BITS = 1 << 21;
const HASHES = 4;

export interface NameFilterRow {
  id: 'names';
  bits: Uint8Array;
  /** Bits and hash count it was built with: a row of another shape is rebuilt. */
  size: number;
  hashes: number;
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
  readonly bits: Uint8Array;

  constructor(bits?: Uint8Array) {
    this.bits = bits ?? new Uint8Array(NAME_FILTER_BITS / 8);
  }

  add(key: string): void {
    const [h1, h2] = hashPair(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % NAME_FILTER_BITS;
      this.bits[bit >>> 3]! |= 1 << (bit & 7);
    }
  }

  mayHave(key: string): boolean {
    const [h1, h2] = hashPair(key);
    for (let i = 0; i < HASHES; i++) {
      const bit = (h1 + i * h2) % NAME_FILTER_BITS;
      if ((this.bits[bit >>> 3]! & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }

  toRow(): NameFilterRow {
    return { id: 'names', bits: this.bits, size: NAME_FILTER_BITS, hashes: HASHES };
  }

  /** The stored filter, or null when there is none or it has another shape (then it is rebuilt). */
  static fromRow(row: NameFilterRow | undefined): NameFilter | null {
    if (!row || row.size !== NAME_FILTER_BITS || row.hashes !== HASHES) return null;
    if (!(row.bits instanceof Uint8Array) || row.bits.length !== NAME_FILTER_BITS / 8) return null;
    return new NameFilter(row.bits);
  }
}
