export interface SignatureParam {
  name: string;
  /** Offset of the name in the signature string. */
  at: number;
  required: boolean;
}

const SKIP = new Set(['self', 'cls', 'this']);

/**
 * Parameter names of a call signature such as "json.dumps(obj, *, skipkeys=False, **kw)" or
 * "fetch(input: RequestInfo, init?: RequestInit)". Nested brackets in defaults are skipped.
 */
export function signatureParams(signature: string): SignatureParam[] {
  const open = signature.indexOf('(');
  const close = signature.lastIndexOf(')');
  if (open < 0 || close <= open) return [];
  const out: SignatureParam[] = [];
  let depth = 0;
  let start = open + 1;
  const flush = (end: number) => {
    const piece = signature.slice(start, end);
    const m = /^(\s*(?:\*{1,2}|\.\.\.)?\s*)([A-Za-z_$][\w$]*)/.exec(piece);
    if (m?.[2] && !SKIP.has(m[2])) {
      const rest = piece.slice(m[0].length);
      out.push({
        name: m[2],
        at: start + m[1]!.length,
        required: !/^\s*(?:\?|=|:[^=]*=)/.test(rest) && !/^\s*\*/.test(piece),
      });
    }
  };
  for (let i = open + 1; i < close; i++) {
    const ch = signature[i]!;
    if ('([{<'.includes(ch)) depth++;
    else if (')]}>'.includes(ch)) depth--;
    else if (ch === ',' && depth === 0) {
      flush(i);
      start = i + 1;
    }
  }
  flush(close);
  return out;
}
