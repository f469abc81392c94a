import type { CommonStrings } from '../common.strings.js';

/** Strings every component shares: Arabic, loaded when an element shows in ar. */
const ar: CommonStrings = {
  next: 'التالي',
  submit: 'إرسال',
  skip: 'تخطي',
  close: 'إغلاق',
  thankYou: 'شكرًا لك على ملاحظاتك!',
  valueMissing: 'يرجى اختيار تقييم.',
  characterCount: '{count}/{max} حرف',
  ratingFollowUp: 'ما السبب الرئيسي لتقييمك هذا؟',
  npsQuestion: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
  npsLowLabel: 'غير محتمل على الإطلاق',
  npsHighLabel: 'محتمل للغاية',
  npsFollowUp: 'ما السبب الرئيسي لتقييمك؟',
};

export default ar;
