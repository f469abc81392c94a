import type { FeedbackStrings } from '../feedback.strings.js';

/** tp-feedback: English, built in (every other language falls back to it). */
const en: FeedbackStrings = {
  feedbackCategoryLabel: 'Category',
  feedbackCategoryBug: 'Bug',
  feedbackCategoryIdea: 'Idea',
  feedbackCategoryQuestion: 'Question',
  feedbackCategoryOther: 'Other',
  feedbackMessageLabel: 'Your feedback',
  feedbackEmailLabel: 'Email',
  feedbackEmailOptionalLabel: 'Email (optional)',
  feedbackIncludePage: "Include this page's address",
  feedbackCancel: 'Cancel',
  feedbackSending: 'Sending…',
  feedbackErrorSummary: 'Please correct the following:',
  feedbackMessageMissing: 'Please enter your feedback.',
  feedbackMessageTooLong: 'Please shorten your feedback to {max} characters or fewer.',
  feedbackEmailMissing: 'Please enter your email address.',
  feedbackEmailInvalid: 'Please enter a valid email address, like name@example.com.',
  feedbackSendFailed: 'Your feedback could not be sent. Please try again.',
  feedbackCharactersLeft: 'Characters left: {count}',
};

export default en;
