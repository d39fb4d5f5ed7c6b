import { useEffect, useState } from 'preact/hooks';
import type { FittingTemplate } from '../lib/messaging';
import { t, uiDirection, uiLanguage } from '../lib/i18n';

export interface TemplatePickerProps {
  /** Which request this is: a new "Choose a template" click loads again. */
  requestKey: number;
  load(): Promise<FittingTemplate[]>;
  onUse(template: FittingTemplate): void;
  onClose(): void;
}

/** The first lines of a template, enough to tell them apart. */
function preview(body: string): string {
  const text = body.replace(/\s+/gu, ' ').trim();
  return text.length > 140 ? `${text.slice(0, 140)}…` : text;
}

/**
 * The templates that fit a finding's "Choose a template" fix, in the panel: each with its first
 * lines and one button that replaces the message with it (one edit; Ctrl+Z brings the old back).
 */
export function TemplatePicker({ requestKey, load, onUse, onClose }: TemplatePickerProps) {
  const [templates, setTemplates] = useState<FittingTemplate[] | null>(null);
  useEffect(() => {
    let live = true;
    setTemplates(null);
    void load()
      .catch(() => [] as FittingTemplate[])
      .then((list) => {
        if (live) setTemplates(list);
      });
    return () => {
      live = false;
    };
  }, [requestKey]);

  return (
    <div class="cs-templates" dir={uiDirection()} lang={uiLanguage()} role="region" aria-label={t('templatesThatFit', 'Templates that fit')}>
      <div class="cs-templates-head">
        <h3 class="cs-group-head">{t('templatesThatFit', 'Templates that fit')}</h3>
        <button type="button" class="cs-link" data-action="close-templates" onClick={onClose}>
          {t('closeTemplates', 'Close')}
        </button>
      </div>
      {templates && templates.length === 0 && <p class="cs-docked">{t('noTemplateFits', 'No saved template fits. The Clearsend button in the toolbar lists all of them.')}</p>}
      {templates && templates.length > 0 && (
        <ul class="cs-findings">
          {templates.map((template) => (
            <li class="cs-template" key={template.id} data-template={template.id}>
              <strong dir="auto">{template.title}</strong>
              <p class="cs-why" dir="auto">{preview(template.body)}</p>
              <button type="button" class="cs-button cs-primary" data-action="use-template" onClick={() => onUse(template)}>
                {t('useThisTemplate', 'Replace my message with this')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
