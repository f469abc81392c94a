import type { NpsStrings } from '../nps.strings.js';

/** tp-nps: Arabic, loaded when an element shows in ar. */
const ar: NpsStrings = {
  npsQuestion: 'ما مدى احتمال أن توصي بنا لصديق أو زميل؟',
  npsLowLabel: 'غير محتمل على الإطلاق',
  npsHighLabel: 'محتمل للغاية',
  npsFollowUp: 'ما السبب الرئيسي لتقييمك؟',
};

export default ar;
