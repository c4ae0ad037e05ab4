import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import { focusWhenShown } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import {
  TEMPLATE_BODY_MAX,
  TEMPLATE_SUBJECT_MAX,
  type NotificationTemplate,
  type TemplatePreview,
} from '../../../lib/notification-api';
import {
  useNotificationTemplates,
  usePreviewTemplate,
  useResetTemplate,
  useSaveTemplate,
} from '../api/use-notifications';
import { ConfirmDialog } from './confirm-dialog';
import { EVENT_KEYS, LANGUAGE_KEYS } from './notification-texts';
import { RowAction } from './row-action';

/** How long the editor waits after the last key before it asks for a new preview. */
export const PREVIEW_DELAY_MS = 300;

type TemplateRef = Pick<NotificationTemplate, 'event' | 'language'>;

/** The ten texts (5 events × Dutch and English) of an organisation; staff of the organisation edit them. */
export function TemplatesSection({ organisationId, canEdit }: { organisationId: number; canEdit: boolean }) {
  const { t } = useI18n();
  const templates = useNotificationTemplates(organisationId);
  const [editing, setEditing] = useState<TemplateRef | null>(null);
  const [resets, setResets] = useState(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const current = editing
    ? templates.data?.find((row) => row.event === editing.event && row.language === editing.language)
    : undefined;
  const name = (row: TemplateRef) => `${t(EVENT_KEYS[row.event])} (${t(LANGUAGE_KEYS[row.language])})`;

  return (
    <section aria-labelledby="notification-templates-heading">
      <h2 id="notification-templates-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.templates.title')}
      </h2>
      <p>{t(canEdit ? 'admin.templates.intro' : 'admin.templates.introReadOnly')}</p>
      {templates.isPending ? (
        <Loading />
      ) : templates.isError && !templates.data ? (
        <ProblemAlert error={templates.error} onRetry={() => void templates.refetch()} />
      ) : (
        <TableShell
          id="notification-templates"
          caption={t('admin.templates.caption')}
          headers={[
            t('admin.templates.event'),
            t('admin.templates.language'),
            t('admin.templates.subject'),
            t('admin.templates.kind'),
            canEdit && t('admin.field.actions'),
          ]}
          testId="notification-templates"
        >
          {templates.data.map((row) => (
            <tr key={`${row.event}-${row.language}`}>
              <td>{t(EVENT_KEYS[row.event])}</td>
              <td>{t(LANGUAGE_KEYS[row.language])}</td>
              <td>{row.subject}</td>
              <td>{row.custom ? t('admin.templates.custom') : t('admin.templates.builtIn')}</td>
              {canEdit ? (
                <td>
                  <RowAction
                    label={t('admin.templates.edit')}
                    name={name(row)}
                    onClick={() => setEditing({ event: row.event, language: row.language })}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </TableShell>
      )}
      {canEdit && current ? (
        <TemplateEditor
          // A fresh editor for each text, and with the built-in text after a reset.
          key={`${current.event}-${current.language}-${resets}`}
          organisationId={organisationId}
          template={current}
          title={name(current)}
          onClose={() => {
            setEditing(null);
            focusWhenShown(headingRef);
          }}
          onReset={() => setResets((count) => count + 1)}
        />
      ) : null}
    </section>
  );
}

/**
 * `{{name}}`s a text may not use: names outside `placeholders`, and a `{{` that is never closed. The service checks
 * the same (TEMPLATE_INVALID); this says it while typing.
 */
export function templateProblems(
  text: string,
  placeholders: readonly string[],
): { unknown: string[]; unclosed: boolean } {
  const unknown = new Set<string>();
  let unclosed = false;
  let from = 0;
  for (;;) {
    const open = text.indexOf('{{', from);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      unclosed = true;
      if (close < 0) break;
      from = nextOpen;
      continue;
    }
    const name = text.slice(open + 2, close).trim();
    if (!placeholders.includes(name)) unknown.add(name);
    from = close + 2;
  }
  return { unknown: [...unknown], unclosed };
}

/** The latest preview of what is typed (older answers that arrive late are ignored). */
function useLivePreview(
  organisationId: number,
  template: NotificationTemplate,
  subject: string,
  body: string,
) {
  const preview = usePreviewTemplate();
  const { mutateAsync } = preview;
  const [shown, setShown] = useState<TemplatePreview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const latest = useRef(0);
  useEffect(() => {
    const call = ++latest.current;
    const timer = window.setTimeout(() => {
      mutateAsync({ organisationId, event: template.event, language: template.language, subject, body }).then(
        (answer) => {
          if (call !== latest.current) return;
          setShown(answer);
          setError(null);
        },
        (failure: unknown) => {
          if (call === latest.current) setError(failure);
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [mutateAsync, organisationId, template.event, template.language, subject, body]);
  return { shown, error };
}

function TemplateEditor({
  organisationId,
  template,
  title,
  onClose,
  onReset,
}: {
  organisationId: number;
  template: NotificationTemplate;
  title: string;
  onClose: () => void;
  /** The text is the built-in one again (the list has been asked again). */
  onReset: () => void;
}) {
  const { t } = useI18n();
  const [subject, setSubject] = useState(template.subject);
  const [body, setBody] = useState(template.body);
  const [submitted, setSubmitted] = useState(false);
  const [resetting, setResetting] = useState(false);
  const save = useSaveTemplate();
  const reset = useResetTemplate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const subjectRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const { shown, error } = useLivePreview(organisationId, template, subject, body);
  const ref = { organisationId, event: template.event, language: template.language };

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  const subjectError = textError(subject, TEMPLATE_SUBJECT_MAX);
  const bodyError = textError(body, TEMPLATE_BODY_MAX);

  function textError(text: string, max: number): string | null {
    if (!text.trim()) return t('admin.field.required');
    if (text.length > max) return t('admin.templates.tooLong', { max });
    const problems = templateProblems(text, template.placeholders);
    if (problems.unclosed) return t('admin.templates.unclosed');
    if (problems.unknown.length > 0) {
      return t('admin.templates.unknownPlaceholder', {
        names: problems.unknown.map((name) => `{{${name}}}`).join(', '),
      });
    }
    return null;
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (subjectError) return subjectRef.current?.focus();
    if (bodyError) return bodyRef.current?.focus();
    save.mutate({ ...ref, text: { subject, body } });
  };

  return (
    <section className="template-editor" aria-labelledby="template-editor-heading">
      <h3 id="template-editor-heading" ref={headingRef} tabIndex={-1}>
        {t('admin.templates.editTitle', { name: title })}
      </h3>
      <form className="form staff-form admin-form" onSubmit={submit} noValidate>
        <Field
          id="template-subject"
          label={t('admin.templates.subject')}
          error={submitted ? subjectError : null}
          required
        >
          {(control) => (
            <input
              {...control}
              ref={subjectRef}
              type="text"
              value={subject}
              maxLength={TEMPLATE_SUBJECT_MAX}
              onChange={(e) => {
                save.reset();
                setSubject(e.target.value);
              }}
            />
          )}
        </Field>
        <Field
          id="template-body"
          label={t('admin.templates.body')}
          hint={t('admin.templates.placeholders', {
            names: template.placeholders.map((name) => `{{${name}}}`).join(', '),
          })}
          error={submitted ? bodyError : null}
          required
        >
          {(control) => (
            <textarea
              {...control}
              ref={bodyRef}
              rows={10}
              value={body}
              maxLength={TEMPLATE_BODY_MAX}
              onChange={(e) => {
                save.reset();
                setBody(e.target.value);
              }}
            />
          )}
        </Field>
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <div className="staff-panel__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('admin.templates.save')}
          </button>
          {template.custom ? (
            <button type="button" className="button button--secondary" onClick={() => setResetting(true)}>
              {t('admin.templates.reset')}
            </button>
          ) : null}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('admin.templates.close')}
          </button>
        </div>
        <p role="status" className="staff-panel__saved" data-testid="template-result">
          {save.isSuccess ? t('admin.templates.saved') : ''}
        </p>
      </form>
      <TemplatePreviewPanel preview={shown} error={error} />
      {resetting ? (
        <ConfirmDialog
          title={t('admin.templates.reset')}
          question={t('admin.templates.resetQuestion', { name: title })}
          confirm={t('admin.templates.reset')}
          onConfirm={() =>
            reset.mutate(ref, {
              onSuccess: () => {
                setResetting(false);
                onReset();
              },
            })
          }
          onClose={() => setResetting(false)}
          busy={reset.isPending}
          error={reset.error}
          destructive
        />
      ) : null}
    </section>
  );
}

/**
 * The e-mail as a parent would get it, filled in with example data — always as text, never as markup: the subject, the
 * body in paragraphs (a blank line a new paragraph, a line break a new line, as the HTML part has them) and the HTML
 * part's source, in which the service escaped every value. (No frame: a sandboxed frame cannot run scripts, so axe
 * cannot check it and the end-to-end checks would hang on it.)
 */
export function TemplatePreviewPanel({
  preview,
  error,
}: {
  preview: TemplatePreview | null;
  error: unknown;
}) {
  const { t } = useI18n();
  return (
    <section className="template-preview" aria-labelledby="template-preview-heading">
      <h3 id="template-preview-heading">{t('admin.templates.preview')}</h3>
      {error ? <ProblemAlert error={error} /> : null}
      {preview ? (
        <div data-testid="template-preview">
          <p>
            <strong>{t('admin.templates.previewSubject')}</strong>{' '}
            <span data-testid="template-preview-subject">{preview.subject}</span>
          </p>
          <div className="template-preview__mail" data-testid="template-preview-body">
            {paragraphs(preview.text).map((lines, i) => (
              <p key={i}>
                {lines.map((line, j) => (
                  <Fragment key={j}>
                    {j > 0 ? <br /> : null}
                    {line}
                  </Fragment>
                ))}
              </p>
            ))}
          </div>
          <details>
            <summary>{t('admin.templates.previewHtml')}</summary>
            <pre className="template-preview__source" data-testid="template-preview-html">
              <code>{preview.html}</code>
            </pre>
          </details>
        </div>
      ) : error ? null : (
        <Loading label={t('admin.templates.previewLoading')} />
      )}
    </section>
  );
}

/** The text part as the HTML part lays it out: paragraphs at blank lines, each a list of lines. */
export function paragraphs(text: string): string[][] {
  return text
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .filter((paragraph) => paragraph.trim() !== '')
    .map((paragraph) => paragraph.trim().split(/\r?\n/));
}
