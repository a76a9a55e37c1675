// The page as the extractor works on it: blocks of text in reading order with their structural
// role, plus the emphasised spans (definitions, bold terms, inline code) that hint at concepts.

export type BlockTag = 'h' | 'p' | 'li' | 'pre' | 'dt' | 'dd' | 'quote' | 'cell' | 'caption';

export interface TextBlock {
  text: string;
  tag: BlockTag;
  /** Heading level 1-6 for `h` blocks. */
  level?: number;
  /** Number of headings seen before (or at) this block: 0 before the first heading. */
  section: number;
  /** A paragraph that is one link and nothing else ("The presidential body swerve" to another story). */
  linkOnly?: boolean;
}

export type HighlightKind = 'dfn' | 'strong' | 'em' | 'dt' | 'code' | 'heading' | 'title';

export interface Highlight {
  text: string;
  kind: HighlightKind;
  /** Index into `blocks` of the block the span sits in. */
  block: number;
}

export interface PageText {
  title: string;
  blocks: TextBlock[];
  highlights: Highlight[];
}
