import { t } from '../lib/i18n';

/** The options page: the seller's name, rules on or off, the send guard, custom templates. */
export function OptionsPage() {
  return (
    <main class="options">
      <h1>{t('optionsTitle', 'Clearsend settings')}</h1>
    </main>
  );
}
