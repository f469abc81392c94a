/**
 * What can be wrong with a field of tp-feedback, named by the string that tells the user (a key
 * of the localized strings), so a problem needs no further mapping to be shown.
 */
export type FeedbackProblem =
  | 'feedbackMessageMissing'
  | 'feedbackMessageTooLong'
  | 'feedbackEmailMissing'
  | 'feedbackEmailInvalid';

/** At most one problem per field; keys in form order (message first), absent when fine. */
export interface FeedbackProblems {
  message?: FeedbackProblem;
  email?: FeedbackProblem;
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
 * The problems of the fields. A blank message that is not required means "not answered": only a
 * malformed email is then a problem, not a missing one.
 */
export function feedbackProblems(fields: FeedbackFields): FeedbackProblems {
  const problems: FeedbackProblems = {};
  const message = fields.message.trim();
  const email = fields.email.trim();
  if (!message && fields.messageRequired) problems.message = 'feedbackMessageMissing';
  else if (fields.message.length > fields.maxLength) problems.message = 'feedbackMessageTooLong';
  if (email && !isEmail(email)) problems.email = 'feedbackEmailInvalid';
  else if (!email && fields.emailRequired && (message || fields.messageRequired))
    problems.email = 'feedbackEmailMissing';
  return problems;
}

/** The `ValidityState` flag a problem sets, read off its name: …Missing, …TooLong, …Invalid. */
export function validityFlag(problem: FeedbackProblem): keyof ValidityStateFlags {
  return problem.endsWith('Missing')
    ? 'valueMissing'
    : problem.endsWith('Long')
      ? 'tooLong'
      : 'typeMismatch';
}
