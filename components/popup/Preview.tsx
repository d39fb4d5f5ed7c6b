import { directionOf, t } from '../../lib/i18n';
import type { FilledPreview, PopupTemplate } from '../../lib/popup/templates';

interface Props {
  template: PopupTemplate;
  filled: FilledPreview;
}

/** The template as it will be inserted, with the placeholders still to fill in marked. */
export function Preview({ template, filled }: Props) {
  return (
    <section class="cs-popup-preview" aria-label={t('popupPreview', 'Preview')}>
      <div class="cs-popup-preview-text" lang={template.locale} dir={directionOf(template.locale)} data-testid="preview">
        {filled.segments.map((segment, index) =>
          segment.missing ? (
            <mark key={index} class="cs-popup-missing" data-placeholder={segment.missing}>
              {segment.text}
            </mark>
          ) : (
            <span key={index}>{segment.text}</span>
          ),
        )}
      </div>
      {filled.missing.length > 0 ? (
        <p class="cs-popup-fill-note" role="note">
          {t(
            'popupFillBeforeSending',
            `Fill in before sending: ${filled.missing.map((name) => `{${name}}`).join(', ')}`,
            filled.missing.map((name) => `{${name}}`).join(', '),
          )}
        </p>
      ) : null}
    </section>
  );
}
