/**
 * The one shape of a failure, in both directions: the reply to a message that failed validation,
 * or whose handler threw. A handler says "no" by throwing a `RungFailure` (its message is for the
 * learner); the sender's `request` turns the reply back into a thrown error.
 */
export interface ErrorReply {
  rungError: string;
}

export function isErrorReply(value: unknown): value is ErrorReply {
  return typeof value === 'object' && value !== null && 'rungError' in value;
}
