import { useRef, useState, type FormEvent } from 'react';
import { Dialog } from '../../../components/dialog';
import { Loading, ProblemAlert } from '../../../components/status';
import type { Collection, ReservationBlockLevel } from '../../../lib/api';
import { useSession } from '../../../lib/auth-store';
import { formatLongDate } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
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

  return (
    <div className="page staff-collections">
      <h1 id="collections-heading" tabIndex={-1}>
        {t('staff.collections.title')}
      </h1>
      <p className="lead">{t('staff.collections.intro')}</p>
      <p className="staff-queue__notice" role="status">
        {notice}
      </p>
      {collections.isPending ? (
        <Loading />
      ) : collections.isError && !collections.data ? (
        <ProblemAlert error={collections.error} onRetry={() => void collections.refetch()} />
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="collections-caption" tabIndex={0}>
          <table className="table" data-testid="collections">
            <caption id="collections-caption">{t('staff.collections.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('staff.collections.code')}</th>
                <th scope="col">{t('staff.collections.name')}</th>
                <th scope="col">{t('staff.collections.copies')}</th>
                <th scope="col">{t('staff.collections.default')}</th>
                {canEdit ? <th scope="col">{t('staff.holdShelf.action')}</th> : null}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? (
        <CreateCollectionForm onCreated={(code) => setNotice(t('staff.collections.created', { code }))} />
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

function BlockChoice({
  idPrefix,
  level,
  until,
  onLevel,
  onUntil,
}: {
  idPrefix: string;
  level: ReservationBlockLevel;
  until: string;
  onLevel: (level: ReservationBlockLevel) => void;
  onUntil: (until: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <>
      <fieldset className="staff-choice">
        <legend>{t('staff.collections.default')}</legend>
        {BLOCK_LEVELS.map((option) => (
          <div key={option} className="staff-choice__option">
            <input
              type="radio"
              id={`${idPrefix}-${option}`}
              name={`${idPrefix}-level`}
              checked={level === option}
              onChange={() => onLevel(option)}
            />
            <label htmlFor={`${idPrefix}-${option}`}>{blockLevelText(option, locale)}</label>
          </div>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${idPrefix}-until`}>{t('staff.block.until')}</label>
        <input
          id={`${idPrefix}-until`}
          type="date"
          min={todayIso()}
          value={level === 'NONE' ? '' : until}
          disabled={level === 'NONE'}
          onChange={(event) => onUntil(event.target.value)}
        />
      </div>
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
  const [level, setLevel] = useState<ReservationBlockLevel>(collection.defaultReservationBlock);
  const [until, setUntil] = useState(collection.defaultBlockUntil ?? '');
  const save = useSetCollectionDefault();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      level === 'NONE' || !until ? { id: collection.id, level } : { id: collection.id, level, until },
      { onSuccess: onSaved },
    );
  };
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
          level={level}
          until={until}
          onLevel={setLevel}
          onUntil={setUntil}
        />
        {save.isError ? <ProblemAlert error={save.error} /> : null}
        <div className="dialog-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('staff.block.save')}
          </button>
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('staff.queue.close')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function CreateCollectionForm({ onCreated }: { onCreated: (code: string) => void }) {
  const { t } = useI18n();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [level, setLevel] = useState<ReservationBlockLevel>('NONE');
  const [until, setUntil] = useState('');
  const [errors, setErrors] = useState<{ code?: MessageKey; name?: MessageKey }>({});
  const create = useCreateCollection();
  const codeRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cleanCode = code.trim().toUpperCase();
    const cleanName = name.trim();
    const found: { code?: MessageKey; name?: MessageKey } = {};
    if (!/^[A-Z0-9-]{2,40}$/.test(cleanCode)) found.code = 'staff.collections.codeInvalid';
    if (!cleanName) found.name = 'staff.collections.nameRequired';
    else if (cleanName.length > 200) found.name = 'staff.collections.nameTooLong';
    setErrors(found);
    if (found.code || found.name) return codeRef.current?.focus();
    create.mutate(
      {
        code: cleanCode,
        name: cleanName,
        defaultReservationBlock: level,
        ...(level !== 'NONE' && until ? { defaultBlockUntil: until } : {}),
      },
      {
        onSuccess: (created) => {
          setCode('');
          setName('');
          setLevel('NONE');
          setUntil('');
          onCreated(created.code);
        },
      },
    );
  };

  return (
    <section className="staff-panel" aria-labelledby="collection-new-heading">
      <h2 id="collection-new-heading">{t('staff.collections.newHeading')}</h2>
      <form className="staff-form" onSubmit={submit} noValidate>
        <div className="staff-form__grid">
          <div className="field">
            <label htmlFor="collection-code">{t('staff.collections.code')}</label>
            <input
              ref={codeRef}
              id="collection-code"
              type="text"
              autoComplete="off"
              placeholder="PSK-PASEN"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              aria-invalid={errors.code ? true : undefined}
              aria-describedby={errors.code ? 'collection-code-error' : undefined}
            />
            {errors.code ? (
              <p id="collection-code-error" className="field__error">
                {t(errors.code)}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="collection-name">{t('staff.collections.name')}</label>
            <input
              id="collection-name"
              type="text"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? 'collection-name-error' : undefined}
            />
            {errors.name ? (
              <p id="collection-name-error" className="field__error">
                {t(errors.name)}
              </p>
            ) : null}
          </div>
        </div>
        <BlockChoice
          idPrefix="collection-new"
          level={level}
          until={until}
          onLevel={setLevel}
          onUntil={setUntil}
        />
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <button type="submit" className="button" disabled={create.isPending}>
          {t('staff.collections.create')}
        </button>
      </form>
    </section>
  );
}
