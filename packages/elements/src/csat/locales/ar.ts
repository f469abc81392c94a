import type { CsatStrings } from '../csat.strings.js';

/** tp-csat: Arabic, loaded when an element shows in ar. */
const ar: CsatStrings = {
  csatQuestion: 'ما مدى رضاك عن تجربتك؟',
  csatVeryDissatisfied: 'غير راضٍ جدًا',
  csatDissatisfied: 'غير راضٍ',
  csatSomewhatDissatisfied: 'غير راضٍ إلى حد ما',
  csatNeutral: 'محايد',
  csatSomewhatSatisfied: 'راضٍ إلى حد ما',
  csatSatisfied: 'راضٍ',
  csatVerySatisfied: 'راضٍ جدًا',
};

export default ar;
