import { render } from 'preact';
import { uiDirection, uiLanguage } from '../../lib/i18n';
import { OptionsPage } from '../../components/OptionsPage';
import '../../components/extension-page.css';
import '../../components/options.css';

// The page reads in the UI language, right to left for Arabic (scrollbars and the page's own
// edges included, not only Clearsend's boxes).
document.documentElement.lang = uiLanguage();
document.documentElement.dir = uiDirection();
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
