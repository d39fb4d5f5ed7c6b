import { t } from '../lib/i18n';

/** The toolbar popup: the page's context and the template picker. */
export function Popup() {
  return (
    <main class="popup">
      <h1>{t('extName', 'Clearsend')}</h1>
      <p>{t('popupTagline', 'Templates for Amazon buyer messages')}</p>
    </main>
  );
}
