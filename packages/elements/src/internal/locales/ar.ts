import type { Strings } from '../localize.js';

/** Arabic (right to left). */
export const ar: Strings = {
  npsQuestion: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
  npsLowLabel: 'غير محتمل على الإطلاق',
  npsHighLabel: 'محتمل للغاية',
  npsFollowUp: 'ما السبب الرئيسي لتقييمك؟',
  next: 'التالي',
  submit: 'إرسال',
  skip: 'تخطي',
  close: 'إغلاق',
  thankYou: 'شكرًا لك على ملاحظاتك!',
  valueMissing: 'يرجى اختيار تقييم.',
  characterCount: '{count}/{max} حرف',
};
