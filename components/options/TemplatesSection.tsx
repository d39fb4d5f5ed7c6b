import { useEffect, useRef, useState } from 'preact/hooks';
import type { Template } from '../../lib/storage/index';
import { deleteTemplate } from '../../lib/storage/index';
import { MAX_TITLE_LENGTH, newTemplateId } from '../../lib/import-export/index';
import { t } from '../../lib/i18n';
import { languageName, purposeName, uiLanguage } from './labels';
import { SaveStatus } from './SaveStatus';
import type { SaveState } from './SaveStatus';
import { TemplateEditor } from './TemplateEditor';

interface Editing {
  template: Template;
  isNew: boolean;
}

function blankTemplate(): Template {
  return { id: newTemplateId(), purpose: 'delivery-scheduling', locale: uiLanguage(), title: '', body: '', createdAt: 0, updatedAt: 0 };
}

function copyOf(template: Template): Template {
  const title = t('copyTitle', `${template.title} (copy)`, template.title).slice(0, MAX_TITLE_LENGTH);
  return { ...template, id: newTemplateId(), title, createdAt: 0, updatedAt: 0 };
}

export interface TemplatesSectionProps {
  templates: readonly Template[] | null;
  onChanged(): void;
}

/** The seller's own templates: the list, and the editor for one of them. */
export function TemplatesSection({ templates, onChanged }: TemplatesSectionProps) {
  const [editing, setEditing] = useState<Editing | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const remove = async (id: string) => {
    setConfirming(null);
    setState({ kind: 'saving' });
    const result = await deleteTemplate(id);
    setState({ kind: 'done', result });
    onChanged();
  };

  return (
    <section class="opt-section" aria-labelledby="templates-heading">
      <div class="opt-section-head">
        <h2 id="templates-heading">{t('templatesHeading', 'Your templates')}</h2>
        <SaveStatus state={state} />
      </div>
      {templates === null ? (
        <p>{t('loading', 'Loading…')}</p>
      ) : templates.length === 0 ? (
        <p class="opt-empty">{t('noTemplates', 'No templates of your own yet.')}</p>
      ) : (
        <ul class="opt-template-list" aria-labelledby="templates-heading">
          {templates.map((template) => (
            <li key={template.id} class="opt-template" data-template-id={template.id}>
              <div class="opt-template-text">
                <span class="opt-template-title">{template.title}</span>
                <span class="opt-template-meta">
                  {purposeName(template.purpose)} · {languageName(template.locale)}
                </span>
              </div>
              {confirming === template.id ? (
                <div class="opt-confirm" role="alertdialog" aria-labelledby={`confirm-${template.id}`}>
                  <span id={`confirm-${template.id}`}>{t('confirmDelete', `Delete "${template.title}"?`, template.title)}</span>
                  <button type="button" class="cs-button cs-danger" data-action="confirm-delete" onClick={() => void remove(template.id)}>
                    {t('delete', 'Delete')}
                  </button>
                  <button type="button" class="cs-button" data-action="cancel-delete" ref={confirmButton} onClick={() => setConfirming(null)}>
                    {t('cancel', 'Cancel')}
                  </button>
                </div>
              ) : (
                <div class="opt-actions">
                  <button
                    type="button"
                    class="cs-button"
                    data-action="edit"
                    aria-label={t('editNamed', `Edit ${template.title}`, template.title)}
                    onClick={() => setEditing({ template, isNew: false })}
                  >
                    {t('edit', 'Edit')}
                  </button>
                  <button
                    type="button"
                    class="cs-button"
                    data-action="duplicate"
                    aria-label={t('duplicateNamed', `Duplicate ${template.title}`, template.title)}
                    onClick={() => setEditing({ template: copyOf(template), isNew: true })}
                  >
                    {t('duplicate', 'Duplicate')}
                  </button>
                  <button
                    type="button"
                    class="cs-button cs-quiet"
                    data-action="delete"
                    aria-label={t('deleteNamed', `Delete ${template.title}`, template.title)}
                    onClick={() => setConfirming(template.id)}
                  >
                    {t('delete', 'Delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <TemplateEditor
          key={editing.template.id}
          template={editing.template}
          isNew={editing.isNew}
          onSaved={(saved) => {
            setEditing({ template: saved, isNew: false });
            onChanged();
          }}
          onClose={() => setEditing(null)}
        />
      ) : (
        <button type="button" class="cs-button cs-primary" data-action="new-template" onClick={() => setEditing({ template: blankTemplate(), isNew: true })}>
          {t('newTemplate', 'New template')}
        </button>
      )}
    </section>
  );
}
