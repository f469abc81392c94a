/** The fields of tp-feedback that can be wrong. */
export type FeedbackField = 'message' | 'email';

/** What is wrong with a field; maps onto ValidityState flags. */
export type ProblemKind = 'missing' | 'invalid' | 'too-long';

export interface FeedbackProblem {
  field: FeedbackField;
  kind: ProblemKind;
}

export interface FeedbackFields {
  message: string;
  email: string;
  maxLength: number;
  /** The message must not be blank (always, for the component's own Submit). */
  messageRequired: boolean;
  /** `require-email`. */
  emailRequired: boolean;
}

/** Longest address deliverable by SMTP (RFC 5321 path limit). */
export const EMAIL_MAX_LENGTH = 254;

// Pragmatic, not RFC 5322: one @, no spaces, a dot-separated domain without empty labels. It
// catches the typos people make ("name@example", "name example.com") and never rejects a real
// address a mail server would accept.
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** True when `value` looks like a deliverable email address. */
export function isEmail(value: string): boolean {
  return value.length <= EMAIL_MAX_LENGTH && EMAIL.test(value);
}

/**
 * Problems in form order (message first), at most one per field. A blank message that is not
 * required means "not answered": only a malformed email is then a problem, not a missing one.
 */
export function feedbackProblems(fields: FeedbackFields): FeedbackProblem[] {
  const problems: FeedbackProblem[] = [];
  const message = fields.message.trim();
  const email = fields.email.trim();
  if (!message && fields.messageRequired) problems.push({ field: 'message', kind: 'missing' });
  else if (fields.message.length > fields.maxLength)
    problems.push({ field: 'message', kind: 'too-long' });
  if (email && !isEmail(email)) problems.push({ field: 'email', kind: 'invalid' });
  else if (!email && fields.emailRequired && (message || fields.messageRequired))
    problems.push({ field: 'email', kind: 'missing' });
  return problems;
}
