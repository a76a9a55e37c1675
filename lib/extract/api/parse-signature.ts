import type { MemberKind } from '@/lib/types';

// The name and kind of a documented item from its signature, whatever the language writes:
// `fs.readFile(path[, options], callback)`, `pub fn push(&mut self, value: T)`,
// `public boolean add(E e)`, `void push_back(const T& value);`, `func (b *Buffer) Len() int`,
// `readable.readableFlowing`, `name: string`, `class Foo extends Bar`, `const MinRead = 512`.

export interface ParsedSignature {
  /** As written, possibly qualified (`fs.readFile`, `std::vector::push_back`, `Vec::push`). */
  name: string;
  kind: MemberKind;
  /** Types the signature declares it extends or implements. */
  supertypes: string[];
  /** Go's receiver type (`func (b *Buffer) Len() int`): the type the method belongs to. */
  receiver?: string;
}

const PATH = String.raw`[A-Za-z_$][\w$]*(?:(?:\.|::|#|->)~?[A-Za-z_$][\w$]*)*`;
const PATH_AT_END = new RegExp(String.raw`(${PATH})\s*$`);
const TYPE_WORD = /\b(?:class|interface|struct|enum|trait|union|typedef|record|protocol)\b/;
const MODULE_WORD = /\b(?:namespace|module|package|mod)\b/;
const CONST_WORD = /\b(?:const|constexpr|final|static final|#define)\b/;
const KEYWORDS = new Set(
  'pub fn func function def async await static public private protected final abstract const let var new class interface struct enum trait union type typedef namespace module package mod virtual inline override extern unsafe constexpr default export declare readonly get set void int bool boolean'.split(
    ' ',
  ),
);

/** Template / generic arguments removed, so `std::vector<T,Allocator>::push_back` is a path. */
export function stripGenerics(s: string): string {
  let t = s.replace(
    /->|=>|>=|<=|<<|>>/g,
    (m) =>
      `\u0001${m === '->' ? 'A' : m === '=>' ? 'B' : m === '>=' ? 'C' : m === '<=' ? 'D' : m === '<<' ? 'E' : 'F'}`,
  );
  for (let i = 0; i < 6 && /<[^<>]*>/.test(t); i++) t = t.replace(/\s*<[^<>]*>/g, '');
  return t.replace(
    /\u0001([A-F])/g,
    (_, c: string) => ({ A: '->', B: '=>', C: '>=', D: '<=', E: '<<', F: '>>' })[c]!,
  );
}

/** Haskell and ML write a value's type after "::" ("insert :: Ord k => k -> a -> Map k a"). */
const TYPED_VALUE = /^([a-z_][\w']*)\s+::\s/;
/** Haskell's type declarations: "data Map k a", "newtype Identity a", "class Functor f". */
const TYPE_DECL = /^(?:data|newtype|type family|type|class)\s+(?:\([^)]*\)\s*=>\s*)?([A-Z][\w']*)/;

export function parseSignature(raw: string): ParsedSignature | undefined {
  const flat = raw.replace(/\s+/g, ' ').replace(/\s*#$/, '').trim();
  const typed = TYPED_VALUE.exec(flat);
  if (typed?.[1]) return { name: typed[1], kind: /->/.test(flat) ? 'function' : 'constant', supertypes: [] };
  const decl = /^(?:data|newtype|type family)\s/.test(flat) ? TYPE_DECL.exec(flat) : null;
  if (decl?.[1]) return { name: decl[1], kind: 'type', supertypes: [] };
  let s = stripGenerics(raw.replace(/\s+/g, ' ').trim()).replace(/^template\s*/, '');
  // A return type after an arrow is not the name: YARD's "#params ⇒ Object", JSDoc's "start() → {void}".
  s = s.replace(/\s*[⇒→].*$/u, '');
  // Go methods name their receiver first: `func (b *Buffer) Len() int`.
  // (Also after a heading's "func" kind word was taken off: "(*Builder) Len".)
  const receiver =
    /^(?:func\s*)?\(\s*(?:\w+\s+)?\*?\s*([A-Za-z_]\w*)(?:\[[^\]]*\])?\s*\)\s*(?=[A-Za-z_])/.exec(s)?.[1];
  s = s.replace(/^func\s*\([^)]*\)\s*/, 'func ');
  s = s.replace(/^\(\*?[\w\s*]*\)\s*(?=[A-Za-z_])/, '');
  const supertypes: string[] = [];
  const ext = /\b(?:extends|implements|:)\s+((?:public\s+)?[\w$.:]+(?:\s*,\s*[\w$.:]+)*)\s*\{?\s*$/.exec(s);
  const paren = s.indexOf('(');
  const isTypeDecl = TYPE_WORD.test(paren >= 0 ? s.slice(0, paren) : s);
  if (isTypeDecl && ext?.[1]) {
    for (const t of ext[1].split(',')) supertypes.push(t.replace(/^public\s+/, '').trim());
    s = s.slice(0, ext.index).trim();
  }
  let head: string;
  let call = false;
  if (paren > 0 && !isTypeDecl) {
    head = s.slice(0, paren);
    call = true;
  } else if (paren === 0) return undefined;
  else {
    // A property or constant: the name is before its type annotation or value.
    head = (isTypeDecl ? s.replace(/\(.*$/, '') : s).split(/\s=\s|(?<!:):(?!:)|\s\{/)[0] ?? '';
  }
  head = head.replace(/[;{]\s*$/, '').trim();
  const m = PATH_AT_END.exec(head);
  if (!m?.[1]) return undefined;
  const name = m[1];
  // A declaration word is no name ("function (a, b)"), except the methods named like one:
  // `get(url)`, `set(key, value)`, `new()`, `delete(key)` are calls.
  if (KEYWORDS.has(name) && !(call && /^(?:get|set|new|default|type|delete)$/.test(name))) return undefined;
  const before = head.slice(0, m.index);
  let kind: MemberKind;
  if (isTypeDecl) kind = 'type';
  else if (MODULE_WORD.test(before)) kind = 'module';
  else if (call) kind = /\bnew\s*$/.test(before) ? 'constructor' : 'function';
  else if (CONST_WORD.test(before) || /^[A-Z][A-Z0-9_]{2,}$/.test(name.split(/\.|::/).at(-1) ?? ''))
    kind = 'constant';
  else kind = 'property';
  return { name, kind, supertypes, ...(receiver ? { receiver } : {}) };
}
