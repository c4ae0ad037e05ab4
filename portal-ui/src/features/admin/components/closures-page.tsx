import { useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import type { Closure, ClosureCreated, Location } from '../../../lib/api';
import { formatLongDate } from '../../../lib/format';
import { focusWhenShown, messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { todayIso } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAdminLocations, useClosures, useCreateClosure, useDeleteClosure } from '../api/use-admin';
import { ConfirmDialog } from './confirm-dialog';
import { RowAction } from './row-action';
import { useLocationScope } from './scope';

/**
 * /balie/beheer/sluitingen — the coming closures (holidays, a study day) and a new one for many locations at once.
 * Ready reservations whose pickup date falls in the closure move to the first open day after it; the page says
 * how many did.
 */
export function ClosuresPage() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.closures.title'));
  const closures = useClosures();
  const locations = useAdminLocations();
  const inScope = useLocationScope();
  const [deleting, setDeleting] = useState<Closure | null>(null);
  const choosable = (locations.data ?? []).filter((location) => location.active && inScope(location));

  return (
    <div className="page admin-page">
      <h1>{t('admin.closures.title')}</h1>
      <p className="lead">{t('admin.closures.intro')}</p>
      <section aria-labelledby="closures-new">
        <h2 id="closures-new">{t('admin.closures.add')}</h2>
        {locations.isPending ? (
          <Loading />
        ) : locations.isError ? (
          <ProblemAlert error={locations.error} onRetry={() => void locations.refetch()} />
        ) : choosable.length === 0 ? (
          <p className="empty-state">{t('admin.closures.noLocations')}</p>
        ) : (
          <ClosureForm locations={choosable} />
        )}
      </section>
      <section aria-labelledby="closures-coming">
        <h2 id="closures-coming">{t('admin.closures.coming')}</h2>
        {closures.isPending ? (
          <Loading />
        ) : closures.isError ? (
          <ProblemAlert error={closures.error} onRetry={() => void closures.refetch()} />
        ) : closures.data.length === 0 ? (
          <p className="empty-state">{t('admin.closures.empty')}</p>
        ) : (
          <ClosureTable closures={closures.data} onDelete={setDeleting} />
        )}
      </section>
      {deleting ? <DeleteDialog closure={deleting} onClose={() => setDeleting(null)} /> : null}
    </div>
  );
}

function ClosureTable({ closures, onDelete }: { closures: Closure[]; onDelete: (closure: Closure) => void }) {
  const { t, locale } = useI18n();
  return (
    <TableShell
      id="closures"
      caption={t('admin.closures.caption')}
      headers={[
        t('admin.closures.period'),
        t('admin.closures.reason'),
        t('admin.closures.locations'),
        t('admin.field.actions'),
      ]}
      testId="closures"
    >
      {closures.map((closure) => (
        <tr key={closure.id}>
          <td>
            {closure.from === closure.to
              ? formatLongDate(closure.from, locale)
              : t('admin.closures.fromTo', {
                  from: formatLongDate(closure.from, locale),
                  to: formatLongDate(closure.to, locale),
                })}
          </td>
          <td>{closure.reason}</td>
          <td>{closure.locations.map((location) => location.name).join(', ')}</td>
          <td>
            <RowAction label={t('admin.delete')} name={closure.reason} onClick={() => onDelete(closure)} />
          </td>
        </tr>
      ))}
    </TableShell>
  );
}

function closureSchema(today: string) {
  return z
    .object({
      from: z.string().min(1, messageKey('admin.closures.dateRequired')),
      to: z.string().min(1, messageKey('admin.closures.dateRequired')),
      reason: z
        .string()
        .trim()
        .min(1, messageKey('admin.closures.reasonRequired'))
        .max(200, messageKey('admin.field.tooLong')),
    })
    .refine((value) => value.from >= today, {
      path: ['from'],
      message: messageKey('admin.closures.fromPast'),
    })
    .refine((value) => !value.from || !value.to || value.to >= value.from, {
      path: ['to'],
      message: messageKey('admin.closures.toBeforeFrom'),
    });
}

/** The new closure: dates, reason and the locations, as checkboxes in two groups with "all" in each. */
export function ClosureForm({ locations }: { locations: Location[] }) {
  const { t } = useI18n();
  const create = useCreateClosure();
  const form = useSchemaForm(closureSchema(todayIso()), { defaultValues: { from: '', to: '', reason: '' } });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const [chosen, setChosen] = useState<Set<number>>(
    () => new Set(locations.length === 1 ? locations.map((location) => location.id) : []),
  );
  const [noneChosen, setNoneChosen] = useState(false);
  const [created, setCreated] = useState<ClosureCreated | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const noneRef = useRef<HTMLFieldSetElement>(null);
  const branches = locations.filter((location) => location.kind === 'BRANCH');
  const schoolLibraries = locations.filter((location) => location.kind === 'SCHOOL_LIBRARY');

  const toggle = (ids: number[], on: boolean) => {
    setChosen((before) => {
      const next = new Set(before);
      for (const id of ids) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    });
    setNoneChosen(false);
  };

  const submit = (event: FormEvent) => {
    const ids = locations.filter((location) => chosen.has(location.id)).map((location) => location.id);
    void form.handleSubmit((values) => {
      if (ids.length === 0) {
        setNoneChosen(true);
        noneRef.current?.focus();
        return;
      }
      setCreated(null);
      create.mutate(
        { ...values, locationIds: ids },
        {
          onSuccess: (answer) => {
            setCreated(answer);
            form.reset();
            setChosen(new Set());
            focusWhenShown(resultRef);
          },
        },
      );
    })(event);
  };

  return (
    <form className="form staff-form admin-form" onSubmit={submit} noValidate>
      <div className="staff-form__grid">
        <Field id="closure-from" label={t('admin.closures.from')} error={errorText(errors.from)} required>
          {(control) => <input {...control} {...form.register('from')} type="date" min={todayIso()} />}
        </Field>
        <Field id="closure-to" label={t('admin.closures.to')} error={errorText(errors.to)} required>
          {(control) => <input {...control} {...form.register('to')} type="date" min={todayIso()} />}
        </Field>
      </div>
      <Field
        id="closure-reason"
        label={t('admin.closures.reason')}
        hint={t('admin.closures.reasonHint')}
        error={errorText(errors.reason)}
        required
      >
        {(control) => <input {...control} {...form.register('reason')} type="text" maxLength={200} />}
      </Field>
      <fieldset
        ref={noneRef}
        tabIndex={-1}
        className="admin-fieldset closure-locations"
        aria-describedby={noneChosen ? 'closure-locations-error' : undefined}
      >
        <legend>{t('admin.closures.locations')}</legend>
        <LocationGroup
          title={t('admin.closures.branches')}
          all={t('admin.closures.allBranches')}
          locations={branches}
          chosen={chosen}
          onToggle={toggle}
        />
        <LocationGroup
          title={t('admin.closures.schoolLibraries')}
          all={t('admin.closures.allSchoolLibraries')}
          locations={schoolLibraries}
          chosen={chosen}
          onToggle={toggle}
        />
        {noneChosen ? (
          <p id="closure-locations-error" className="field__error" role="alert">
            {t('admin.closures.noneChosen')}
          </p>
        ) : null}
      </fieldset>
      {create.isError ? <ProblemAlert error={create.error} /> : null}
      <button type="submit" className="button" disabled={create.isPending}>
        {t('admin.closures.save')}
      </button>
      <div
        ref={resultRef}
        tabIndex={-1}
        role="status"
        className="staff-panel__saved"
        data-testid="closure-result"
      >
        {created ? (
          <>
            <p>{t('admin.closures.saved', { count: created.closure.locations.length })}</p>
            <p>{t('admin.closures.moved', { count: created.pickupDatesMoved })}</p>
          </>
        ) : null}
      </div>
    </form>
  );
}

function LocationGroup({
  title,
  all,
  locations,
  chosen,
  onToggle,
}: {
  title: string;
  all: string;
  locations: Location[];
  chosen: Set<number>;
  onToggle: (ids: number[], on: boolean) => void;
}) {
  if (locations.length === 0) return null;
  const ids = locations.map((location) => location.id);
  const allChosen = ids.every((id) => chosen.has(id));
  return (
    <fieldset className="closure-locations__group">
      <legend>{title}</legend>
      {locations.length > 1 ? (
        <Field label={all} kind="checkbox">
          {(control) => (
            <input
              {...control}
              type="checkbox"
              checked={allChosen}
              onChange={(event) => onToggle(ids, event.target.checked)}
            />
          )}
        </Field>
      ) : null}
      <div className="closure-locations__list">
        {locations.map((location) => (
          <Field key={location.id} label={location.name} kind="checkbox">
            {(control) => (
              <input
                {...control}
                type="checkbox"
                checked={chosen.has(location.id)}
                onChange={(event) => onToggle([location.id], event.target.checked)}
              />
            )}
          </Field>
        ))}
      </div>
    </fieldset>
  );
}

function DeleteDialog({ closure, onClose }: { closure: Closure; onClose: () => void }) {
  const { t, locale } = useI18n();
  const remove = useDeleteClosure();
  return (
    <ConfirmDialog
      title={t('admin.closures.deleteTitle')}
      question={t('admin.closures.deleteQuestion', {
        reason: closure.reason,
        from: formatLongDate(closure.from, locale),
        count: closure.locations.length,
      })}
      confirm={t('admin.delete')}
      onConfirm={() => remove.mutate(closure.id, { onSuccess: onClose })}
      onClose={onClose}
      busy={remove.isPending}
      error={remove.error}
      destructive
    />
  );
}
