// A heading's own link mark is furniture: Sphinx and MkDocs put "¶" after the text, rustdoc (1.7x
// and later) "§" before it, some renderers "# " before it, Docusaurus a zero-width space, some
// sites "🔗" or "⚓". Leading or trailing, the mark is dropped; a "#" that ends a language's name
// ("C#", "F#") is part of the name.
const MARK = '[¶§🔗⚓\\u200B]';
const LEADING = new RegExp(`^(?:\\s|${MARK}|#(?=\\s))+`, 'u');
const TRAILING = new RegExp(`(?:\\s|${MARK}|(?<!(?:^|\\s)\\p{Lu})#)+$`, 'u');

/** A heading's text without its permalink mark. */
export function withoutPermalink(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '');
}
