import { useMemo, useRef, useState } from 'react';
import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { z } from 'zod';
import { Dialog, SubmitActions } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { Collection } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
import { formatLongDate } from '../../../lib/format';
import { focusWhenShown, messageKey, untilSchema, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useCollections } from '../../../lib/queries/use-staff-lookups';
import { BLOCK_LEVELS, blockLevelText, isLibraryStaffRole, todayIso } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateCollection, useSetCollectionDefault } from '../api/use-collection-actions';

/**
 * /balie/collecties — collections with their default reservation block (every copy added later gets it,
 * so staff no longer have to remember it per new book). Library staff change defaults and add collections.
 */
export function CollectionsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('staff.collections.title'));
  const session = useSession();
  const canEdit = isLibraryStaffRole(session?.user.role);
  const collections = useCollections();
  const [editing, setEditing] = useState<Collection | null>(null);
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);

  return (
    <div className="page staff-collections">
      <h1 id="collections-heading" tabIndex={-1}>
        {t('staff.collections.title')}
      </h1>
      <p className="lead">{t('staff.collections.intro')}</p>
      <p ref={noticeRef} className="staff-queue__notice" role="status" tabIndex={-1}>
        {notice}
      </p>
      {collections.isPending ? (
        <Loading />
      ) : collections.isError && !collections.data ? (
        <ProblemAlert error={collections.error} onRetry={() => void collections.refetch()} />
      ) : (
        <TableShell
          id="collections"
          caption={t('staff.collections.caption')}
          testId="collections"
          headers={[
            t('staff.collections.code'),
            t('staff.collections.name'),
            t('staff.collections.copies'),
            t('staff.collections.default'),
            canEdit && t('staff.holdShelf.action'),
          ]}
        >
          {collections.data.map((collection) => (
            <tr key={collection.id}>
              <td className="table__mono">{collection.code}</td>
              <td>{collection.name}</td>
              <td>{collection.copies}</td>
              <td>
                {blockLevelText(collection.defaultReservationBlock, locale)}
                {collection.defaultBlockUntil
                  ? ` ${t('staff.change.until', { date: formatLongDate(collection.defaultBlockUntil, locale) })}`
                  : ''}
              </td>
              {canEdit ? (
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('staff.collections.editLabel', { code: collection.code })}
                    onClick={() => {
                      setNotice('');
                      setEditing(collection);
                    }}
                  >
                    {t('staff.collections.edit')}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </TableShell>
      )}
      {canEdit ? (
        <CreateCollectionForm
          onCreated={(code) => {
            setNotice(t('staff.collections.created', { code }));
            focusWhenShown(noticeRef);
          }}
        />
      ) : null}
      {editing ? (
        <DefaultBlockDialog
          collection={editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setNotice(
              t('staff.collections.saved', {
                code: saved.code,
                level: blockLevelText(saved.defaultReservationBlock, locale),
              }),
            );
          }}
        />
      ) : null}
    </div>
  );
}

/** A collection's default block: a level and, unless none, an optional end date. */
function blockSchema(today: string) {
  return z.object({ level: z.enum(BLOCK_LEVELS), until: untilSchema(today) });
}

/** The request fields of a default block: the end date only with a level that has one. */
function blockRequest({ level, until }: z.output<ReturnType<typeof blockSchema>>) {
  return level === 'NONE' || !until ? { level } : { level, until };
}

function BlockChoice({
  idPrefix,
  level,
  levelField,
  untilField,
  untilError,
}: {
  idPrefix: string;
  level: string;
  levelField: UseFormRegisterReturn;
  untilField: UseFormRegisterReturn;
  untilError: FieldError | undefined;
}) {
  const { t, locale } = useI18n();
  const errorText = useFieldError();
  return (
    <>
      <fieldset className="staff-choice">
        <legend>{t('staff.collections.default')}</legend>
        {BLOCK_LEVELS.map((option) => (
          <div key={option} className="staff-choice__option">
            <input type="radio" id={`${idPrefix}-${option}`} value={option} {...levelField} />
            <label htmlFor={`${idPrefix}-${option}`}>{blockLevelText(option, locale)}</label>
          </div>
        ))}
      </fieldset>
      <Field id={`${idPrefix}-until`} label={t('staff.block.until')} error={errorText(untilError)}>
        {(control) => (
          <input {...control} {...untilField} type="date" min={todayIso()} disabled={level === 'NONE'} />
        )}
      </Field>
    </>
  );
}

function DefaultBlockDialog({
  collection,
  onClose,
  onSaved,
}: {
  collection: Collection;
  onClose: () => void;
  onSaved: (collection: Collection) => void;
}) {
  const { t } = useI18n();
  const today = todayIso();
  const form = useSchemaForm(
    useMemo(() => blockSchema(today), [today]),
    {
      defaultValues: { level: collection.defaultReservationBlock, until: collection.defaultBlockUntil ?? '' },
    },
  );
  const save = useSetCollectionDefault();
  const submit = form.handleSubmit((values) =>
    save.mutate({ id: collection.id, ...blockRequest(values) }, { onSuccess: onSaved }),
  );
  return (
    <Dialog
      variant="staff"
      title={t('staff.collections.editTitle', { code: collection.code })}
      description={<p>{t('staff.collections.editText')}</p>}
      onClose={onClose}
      busy={save.isPending}
      fallbackFocus={() => document.getElementById('collections-heading')}
    >
      <form onSubmit={submit} noValidate>
        <BlockChoice
          idPrefix="collection-default"
          level={form.watch('level')}
          levelField={form.register('level')}
          untilField={form.register('until')}
          untilError={form.formState.errors.until}
        />
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <SubmitActions
          submit={t('staff.block.save')}
          busy={save.isPending}
          close={t('staff.queue.close')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

function CreateCollectionForm({ onCreated }: { onCreated: (code: string) => void }) {
  const { t } = useI18n();
  const today = todayIso();
  const schema = useMemo(
    () =>
      blockSchema(today).extend({
        code: z
          .string()
          .trim()
          .toUpperCase()
          .regex(/^[A-Z0-9-]{2,40}$/, messageKey('staff.collections.codeInvalid')),
        name: z
          .string()
          .trim()
          .min(1, messageKey('staff.collections.nameRequired'))
          .max(200, messageKey('staff.collections.nameTooLong')),
      }),
    [today],
  );
  const form = useSchemaForm(schema, {
    defaultValues: { code: '', name: '', level: 'NONE', until: '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const create = useCreateCollection();

  const submit = form.handleSubmit(({ code, name, ...block }) => {
    const { level, until } = blockRequest(block);
    create.mutate(
      { code, name, defaultReservationBlock: level, ...(until ? { defaultBlockUntil: until } : {}) },
      {
        onSuccess: (created) => {
          form.reset();
          onCreated(created.code);
        },
      },
    );
  });

  return (
    <section className="staff-panel" aria-labelledby="collection-new-heading">
      <h2 id="collection-new-heading">{t('staff.collections.newHeading')}</h2>
      <form className="staff-form" onSubmit={submit} noValidate>
        <div className="staff-form__grid">
          <Field
            id="collection-code"
            label={t('staff.collections.code')}
            error={errorText(errors.code)}
            required
          >
            {(control) => (
              <input
                {...control}
                {...form.register('code')}
                type="text"
                autoComplete="off"
                placeholder="PSK-PASEN"
              />
            )}
          </Field>
          <Field
            id="collection-name"
            label={t('staff.collections.name')}
            error={errorText(errors.name)}
            required
          >
            {(control) => <input {...control} {...form.register('name')} type="text" />}
          </Field>
        </div>
        <BlockChoice
          idPrefix="collection-new"
          level={form.watch('level')}
          levelField={form.register('level')}
          untilField={form.register('until')}
          untilError={form.formState.errors.until}
        />
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <button type="submit" className="button" disabled={create.isPending}>
          {t('staff.collections.create')}
        </button>
      </form>
    </section>
  );
}
