// Client behaviour for every page: the theme picker, completion marks, the mark-complete button
// and the notices about the learner's saved data.
import { bindThemeSelect } from './theme';
import { bindProgressMarks } from './progress-marks';
import { bindDisclosures } from './disclosures';
import { bindNotices } from './notices';

bindThemeSelect();
bindProgressMarks();
bindDisclosures();
bindNotices();
