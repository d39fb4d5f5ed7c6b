import { t } from '../../lib/i18n';
import type { MessagingTab } from '../../lib/popup/find-tab';

interface Props {
  /** undefined while the tab is being looked for; null when no tab answered. */
  tab: MessagingTab | null | undefined;
}

/** The order, the buyer and their language, or why there are none. */
export function ContextSummary({ tab }: Props) {
  if (tab === undefined) {
    return (
      <p class="cs-popup-context cs-popup-context--loading" data-state="loading">
        {t('popupLoading', 'Looking for the buyer conversation…')}
      </p>
    );
  }
  if (tab === null) {
    return (
      <p class="cs-popup-context cs-popup-note" data-state="not-messaging" role="note">
        {t(
          'popupNotMessagingPage',
          'This tab is not a Seller Central messaging page. Open a buyer conversation to insert a template here, or copy one to the clipboard.',
        )}
      </p>
    );
  }
  const { context, hasComposeBox } = tab;
  const unknown = t('popupUnknown', 'not shown on the page');
  return (
    <section class="cs-popup-context" data-state={hasComposeBox ? 'ready' : 'no-compose-box'} aria-label={t('popupContextHeading', 'This conversation')}>
      <dl class="cs-popup-facts">
        <div>
          <dt>{t('popupOrder', 'Order')}</dt>
          <dd data-field="order" class={context.orderId ? undefined : 'cs-popup-unknown'}>
            {context.orderId ?? unknown}
          </dd>
        </div>
        <div>
          <dt>{t('popupBuyer', 'Buyer')}</dt>
          <dd data-field="buyer" class={context.buyerName ? undefined : 'cs-popup-unknown'}>
            {context.buyerName ?? unknown}
          </dd>
        </div>
        <div>
          <dt>{t('popupBuyerLanguage', 'Buyer’s language')}</dt>
          <dd data-field="language" class={context.buyerLanguageLabel ? undefined : 'cs-popup-unknown'}>
            {context.buyerLanguageLabel ?? unknown}
          </dd>
        </div>
      </dl>
      {tab.compose && (
        <p class="cs-popup-note" data-state="compose-window" data-testid="compose-window">
          {t('popupComposeTo', `Inserts into the e-mail to ${tab.compose.to}`, tab.compose.to)}
          {tab.compose.subject ? ` (${tab.compose.subject})` : ''}
          {tab.compose.count > 1 ? ` ${t('popupComposeMany', `${tab.compose.count} e-mails to buyers are open: the template goes into the one you were last in.`, String(tab.compose.count))}` : ''}
        </p>
      )}
      {hasComposeBox ? null : (
        <p class="cs-popup-note" data-state="no-compose-box" role="note">
          {t('popupNoComposeBox', 'No message box on this page. Copy a template to the clipboard and paste it where you write.')}
        </p>
      )}
    </section>
  );
}
