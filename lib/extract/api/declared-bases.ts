import { cleanText } from '@/lib/extract/api/api-text';

// What an item's own documentation says it builds on, read from the lines that follow its
// signature: "Extends: <stream.Duplex>", "Implements: ...", "All Implemented Interfaces: ...",
// "Inherits from ...", and the types its parameter list links to ("`data` <Buffer>"). Generators
// write these as list items or paragraphs under the heading; only names shaped like types are
// kept (`string`, `boolean` are the language's own, not documented items).

const BASE_LINE =
  /^(?:extends|implements|inherits(?: from)?|superclass|super-?types?|base class(?:es)?|all implemented interfaces|all superinterfaces|direct known superclasses?)\b\s*:?\s*/i;
const TYPE_NAME = /^(?:[A-Za-z_$][\w$]*\.)*[A-Z][\w$]*$/;
const MAX = 12;

/** Type-shaped names in `<Foo>`, `{Foo|Bar}` or plain comma lists, generics and arrays dropped. */
function namesIn(text: string): string[] {
  return text
    .replace(/[<>{}[\]]/g, ' ')
    .split(/[\s,|]+/)
    .map((s) => s.replace(/[.;:]+$/, ''))
    .filter((s) => TYPE_NAME.test(s));
}

/** A link is the page's own documentation (relative), not the language reference elsewhere. */
function isLocalTypeLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return !/^(?:[a-z]+:)?\/\//i.test(href);
}

export function declaredBases(signature: Element, stopAt: (el: Element) => boolean): string[] {
  const out: string[] = [];
  const add = (names: string[]): void => {
    for (const n of names) if (out.length < MAX && !out.includes(n)) out.push(n);
  };
  let el: Element | null = signature;
  for (let depth = 0; el && depth < 2 && out.length === 0; depth++) {
    for (
      let sib = el.nextElementSibling, steps = 0;
      sib && steps < 6;
      sib = sib.nextElementSibling, steps++
    ) {
      if (stopAt(sib)) break;
      if (!sib.matches('ul, ol, dl, p, div')) continue;
      const lines = sib.matches('p') ? [sib] : Array.from(sib.querySelectorAll('li, dd, dt, p'));
      for (const line of lines.slice(0, 40)) {
        const text = cleanText(line, 600);
        const base = BASE_LINE.exec(text);
        if (base) add(namesIn(text.slice(base[0].length)));
        else if (sib.matches('ul, ol'))
          // A parameter list: the documented types its entries link to.
          add([
            ...Array.from(line.querySelectorAll('a.type'))
              .filter(isLocalTypeLink)
              .flatMap((a) => namesIn(cleanText(a, 200))),
            // Types the generator left unlinked: "`data` {string|Buffer}".
            ...[...text.matchAll(/\{([\w$.|\s[\]<>]+)\}/g)].flatMap((m) => namesIn(m[1]!)),
          ]);
      }
      // The description has begun: what follows documents something else.
      if (sib.matches('p') && !BASE_LINE.test(cleanText(sib, 100))) break;
    }
    el = el.parentElement;
    if (el && /^(?:BODY|MAIN|ARTICLE|SECTION)$/i.test(el.tagName)) break;
  }
  return out;
}
