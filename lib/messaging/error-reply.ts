/** Replies to a message that failed validation or whose handler threw. */
export interface ErrorReply {
  rungError: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && 'rungError' in value;
}
