import { useEffect, useRef } from 'preact/hooks';
import type { Finding } from '../lib/rules/types';
import { t, uiDirection, uiLanguage } from '../lib/i18n';

export interface SendGuardDialogProps {
  errors: readonly Finding[];
  onSendAnyway(): void;
  onFixFirst(): void;
}

/**
 * Shown when the seller presses Send while Amazon would block the message. One click was
 * stopped; nothing else. "Fix first" returns to the text, "Send anyway" presses Send for real.
 */
export function SendGuardDialog({ errors, onSendAnyway, onFixFirst }: SendGuardDialogProps) {
  const fixButton = useRef<HTMLButtonElement>(null);
  useEffect(() => fixButton.current?.focus(), []);
  return (
    <div class="cs-guard-backdrop" dir={uiDirection()} lang={uiLanguage()}>
      <div
        class="cs-guard"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="cs-guard-title"
        aria-describedby="cs-guard-body"
        onKeyDown={(event) => {
          if (event.key === 'Escape') onFixFirst();
        }}
      >
        <h2 id="cs-guard-title">{t('guardTitle', 'Amazon would block this message')}</h2>
        <p id="cs-guard-body">{t('guardBody', 'Fix these before sending, or send it as it is:')}</p>
        <ul>
          {errors.map((error) => (
            <li key={`${error.ruleId}:${error.start}`}>
              <span class="cs-message">{error.message}</span>
              {error.actual && <q class="cs-actual" dir="auto">{error.actual.length > 60 ? `${error.actual.slice(0, 60)}…` : error.actual}</q>}
            </li>
          ))}
        </ul>
        <div class="cs-actions">
          <button type="button" ref={fixButton} class="cs-button cs-primary" data-action="fix-first" onClick={onFixFirst}>
            {t('fixFirst', 'Fix first')}
          </button>
          <button type="button" class="cs-button" data-action="send-anyway" onClick={onSendAnyway}>
            {t('sendAnyway', 'Send anyway')}
          </button>
        </div>
      </div>
    </div>
  );
}
