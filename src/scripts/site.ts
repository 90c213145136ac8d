// Client behaviour for every page: the theme picker, completion marks, the mark-complete button,
// the notices about the learner's saved data, search, the offline badge and the service worker
// with its update banner.
import { bindThemeSelect } from './theme';
import { bindProgressMarks } from './progress-marks';
import { bindDisclosures } from './disclosures';
import { bindNotices } from './notices';
import { bindSearch } from './search/launcher';
import { bindConnectivity } from './pwa/connectivity';
import { registerServiceWorker } from './pwa/register';

bindThemeSelect();
bindProgressMarks();
bindDisclosures();
bindNotices();
bindSearch();
registerServiceWorker(bindConnectivity());
