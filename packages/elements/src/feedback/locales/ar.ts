import type { FeedbackStrings } from '../feedback.strings.js';

/** tp-feedback: Arabic, loaded when an element shows in ar. */
const ar: FeedbackStrings = {
  feedbackCategoryLabel: 'الفئة',
  feedbackCategoryBug: 'مشكلة',
  feedbackCategoryIdea: 'فكرة',
  feedbackCategoryQuestion: 'سؤال',
  feedbackCategoryOther: 'أخرى',
  feedbackMessageLabel: 'ملاحظاتك',
  feedbackEmailLabel: 'البريد الإلكتروني',
  feedbackEmailOptionalLabel: 'البريد الإلكتروني (اختياري)',
  feedbackIncludePage: 'تضمين عنوان هذه الصفحة',
  feedbackCancel: 'إلغاء',
  feedbackSending: 'جارٍ الإرسال…',
  feedbackErrorSummary: 'يرجى تصحيح ما يلي:',
  feedbackMessageMissing: 'يرجى كتابة ملاحظاتك.',
  feedbackMessageTooLong: 'يرجى اختصار ملاحظاتك إلى {max} حرف أو أقل.',
  feedbackEmailMissing: 'يرجى إدخال عنوان بريدك الإلكتروني.',
  feedbackEmailInvalid: 'يرجى إدخال عنوان بريد إلكتروني صالح، مثل name@example.com.',
  feedbackSendFailed: 'تعذّر إرسال ملاحظاتك. يرجى المحاولة مرة أخرى.',
  feedbackCharactersLeft: 'الأحرف المتبقية: {count}',
};

export default ar;
