import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Template } from '../lib/storage/index';
import { loadTemplates, watchTemplates } from '../lib/storage/index';
import { t, uiDirection, uiLanguage } from '../lib/i18n';
import { ImportExportSection } from './options/ImportExportSection';
import { ReviewRequestsSection } from './options/ReviewRequestsSection';
import { SettingsSection } from './options/SettingsSection';
import { TemplatesSection } from './options/TemplatesSection';
import { WebmailSection } from './options/WebmailSection';

/** The options page: the seller's name, rules on or off, the send guard, custom templates. */
export function OptionsPage() {
  const [templates, setTemplates] = useState<Template[] | null>(null);

  const refresh = useCallback(() => {
    void loadTemplates().then(setTemplates);
  }, []);

  useEffect(() => {
    refresh();
    return watchTemplates(setTemplates);
  }, [refresh]);

  return (
    <main class="options" dir={uiDirection()} lang={uiLanguage()}>
      <h1>{t('optionsTitle', 'Clearsend settings')}</h1>
      <SettingsSection />
      <WebmailSection />
      <ReviewRequestsSection />
      <TemplatesSection templates={templates} onChanged={refresh} />
      <ImportExportSection templates={templates} onChanged={refresh} />
    </main>
  );
}
