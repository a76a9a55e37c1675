import type { MemberKind } from '@/lib/types';

/** One documented item as a generator adapter or the generic path reads it, before labelling. */
export interface ApiItem {
  /** As the page writes it, possibly qualified (`fs.readFile`, `filehandle.close`, `push`). */
  name: string;
  /** The label when the adapter knows how developers write it (rustdoc: `Vec`, `vec::Drain`). */
  label?: string;
  /** The item the whole page documents (its <h1>), not one of its members. */
  pageItem?: boolean;
  kind: MemberKind;
  /** Label of the owning type or module, when the page's structure says it. */
  owner?: string;
  /** True when `owner` is a type (so a function under it is a method). */
  ownerIsType?: boolean;
  signature: string;
  summary?: string;
  /** Other documented items this one builds on (supertypes, traits, Deref targets). */
  uses: string[];
  /** Traits a type implements, documented with the trait (rustdoc): not what its methods build on. */
  implements?: string[];
}
