import type { CesStrings } from '../ces.strings.js';

/** tp-ces: Arabic, loaded when an element shows in ar. */
const ar: CesStrings = {
  cesQuestion: 'ما مدى سهولة الحصول على ما تحتاج إليه؟',
  cesVeryDifficult: 'صعب جدًا',
  cesDifficult: 'صعب',
  cesSomewhatDifficult: 'صعب إلى حد ما',
  cesNeutral: 'لا سهل ولا صعب',
  cesSomewhatEasy: 'سهل إلى حد ما',
  cesEasy: 'سهل',
  cesVeryEasy: 'سهل جدًا',
};

export default ar;
