import { useRef, useState } from 'react';
import { z } from 'zod';
import { ConfirmActions, Dialog, SubmitActions } from '../../../components/dialog';
import { Field } from '../../../components/field';
import { ProblemAlert } from '../../../components/status';
import type { CopyDetail, MoveCopyRequest } from '../../../lib/api';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth-store';
import { focusWhenShown, messageKey, reasonSchema, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { useCollections, useScopeLocations } from '../../../lib/queries/use-staff-lookups';
import { useMoveCopy, useWithdrawCopy } from '../api/use-copy';

/** The refusals of a move or withdrawal in the words of the desk. */
const REFUSALS: Partial<Record<string, MessageKey>> = {
  COPY_ON_LOAN: 'staff.copy.refused.COPY_ON_LOAN',
  COPY_HELD_OR_IN_TRANSIT: 'staff.copy.refused.COPY_HELD_OR_IN_TRANSIT',
  COPY_WITHDRAWN: 'staff.copy.refused.COPY_WITHDRAWN',
};

function Refusal({ error }: { error: unknown }) {
  const { t } = useI18n();
  const key = error instanceof ApiError ? REFUSALS[error.code] : undefined;
  if (!key) return <ProblemAlert error={error} />;
  return (
    <div className="alert alert--error" role="alert" data-problem={(error as ApiError).code}>
      <p>{t(key)}</p>
    </div>
  );
}

/** "Move" and "Withdraw" of a copy that is in the collection, each in its dialog. */
export function CopyManage({ copy }: { copy: CopyDetail }) {
  const { t } = useI18n();
  // School staff have one location (their school library): nowhere to move a copy to.
  const canMove = useSession()?.user.role !== 'SCHOOL_STAFF';
  const [open, setOpen] = useState<'move' | 'withdraw' | null>(null);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLParagraphElement>(null);
  const moveRef = useRef<HTMLButtonElement>(null);
  const finished = (message: string) => {
    setOpen(null);
    setDone(message);
    focusWhenShown(doneRef);
  };
  return (
    <section className="staff-panel" aria-labelledby="copy-manage-heading">
      <h2 id="copy-manage-heading">
        {canMove ? t('staff.copy.manage.heading') : t('staff.copy.withdraw.heading')}
      </h2>
      <p className="hint">{canMove ? t('staff.copy.manage.intro') : t('staff.copy.withdraw.intro')}</p>
      <div className="staff-panel__actions">
        {canMove ? (
          <button
            ref={moveRef}
            type="button"
            className="button button--secondary"
            onClick={() => setOpen('move')}
          >
            {t('staff.copy.move.open')}
          </button>
        ) : null}
        <button
          type="button"
          className="button button--secondary button--destructive-outline"
          onClick={() => setOpen('withdraw')}
        >
          {t('staff.copy.withdraw.open')}
        </button>
      </div>
      <p ref={doneRef} className="staff-panel__saved" role="status" tabIndex={-1}>
        {done}
      </p>
      {open === 'move' ? (
        <MoveDialog
          copy={copy}
          onClose={() => setOpen(null)}
          onMoved={(moved) => finished(t('staff.copy.move.done', { location: moved.ownerLocation.name }))}
        />
      ) : null}
      {open === 'withdraw' ? (
        <WithdrawDialog
          copy={copy}
          onClose={() => setOpen(null)}
          onWithdrawn={() => finished(t('staff.copy.withdraw.done'))}
          fallbackFocus={() => moveRef.current ?? doneRef.current}
        />
      ) : null}
    </section>
  );
}

const moveSchema = z.object({
  locationId: z.string().min(1, messageKey('staff.copy.move.locationRequired')),
  shelfMark: z.string().trim().max(60, messageKey('staff.catalogue.shelfMarkInvalid')),
  collectionCode: z.string(),
});

function MoveDialog({
  copy,
  onClose,
  onMoved,
}: {
  copy: CopyDetail;
  onClose: () => void;
  onMoved: (copy: CopyDetail) => void;
}) {
  const { t } = useI18n();
  const move = useMoveCopy(copy.barcode);
  const locations = useScopeLocations();
  const collections = useCollections();
  const targets = (locations.data ?? []).filter((location) => location.id !== copy.ownerLocation.id);
  const form = useSchemaForm(moveSchema, {
    defaultValues: { locationId: '', shelfMark: '', collectionCode: '' },
  });
  const errors = form.formState.errors;
  const errorText = useFieldError();
  const submit = form.handleSubmit(({ locationId, shelfMark, collectionCode }) => {
    const body: MoveCopyRequest = {
      locationId: Number(locationId),
      ...(shelfMark ? { shelfMark } : {}),
      ...(collectionCode ? { collectionCode } : {}),
    };
    move.mutate(body, { onSuccess: onMoved });
  });
  return (
    <Dialog
      variant="staff"
      title={t('staff.copy.move.title', { barcode: copy.barcode })}
      description={<p>{t('staff.copy.move.text', { location: copy.ownerLocation.name })}</p>}
      onClose={onClose}
      busy={move.isPending}
    >
      <form onSubmit={submit} noValidate>
        {move.isError ? <Refusal error={move.error} /> : null}
        {locations.error ? <ProblemAlert error={locations.error} /> : null}
        {locations.data && targets.length === 0 ? (
          <p className="hint">{t('staff.copy.move.nowhere')}</p>
        ) : null}
        <Field
          id="move-location"
          label={t('staff.copy.move.location')}
          error={errorText(errors.locationId)}
          required
        >
          {(control) => (
            <select {...control} {...form.register('locationId')}>
              <option value="">{t('staff.catalogue.chooseLocation')}</option>
              {targets.map((location) => (
                <option key={location.id} value={String(location.id)}>
                  {location.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="move-shelf-mark"
          label={t('staff.copy.move.shelfMark')}
          hint={t('staff.copy.move.keepHint', { value: copy.shelfMark })}
          error={errorText(errors.shelfMark)}
        >
          {(control) => <input {...control} {...form.register('shelfMark')} type="text" autoComplete="off" />}
        </Field>
        <Field
          id="move-collection"
          label={t('staff.copy.move.collection')}
          hint={t('staff.copy.move.keepHint', { value: copy.collectionCode ?? '—' })}
        >
          {(control) => (
            <select {...control} {...form.register('collectionCode')}>
              <option value="">{t('staff.copy.move.keepCollection')}</option>
              {(collections.data ?? []).map((collection) => (
                <option key={collection.id} value={collection.code}>
                  {collection.code} — {collection.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <SubmitActions
          submit={t('staff.copy.move.submit')}
          busy={move.isPending}
          close={t('staff.copy.close')}
          onClose={onClose}
        />
      </form>
    </Dialog>
  );
}

export const MAX_WITHDRAW_REASON = 300;

const withdrawSchema = z.object({
  reason: reasonSchema(MAX_WITHDRAW_REASON, 'staff.copy.withdraw.reasonTooLong').min(
    1,
    messageKey('staff.copy.withdraw.reasonRequired'),
  ),
});

function WithdrawDialog({
  copy,
  onClose,
  onWithdrawn,
  fallbackFocus,
}: {
  copy: CopyDetail;
  onClose: () => void;
  onWithdrawn: () => void;
  fallbackFocus: () => HTMLElement | null;
}) {
  const { t } = useI18n();
  const withdraw = useWithdrawCopy(copy.barcode);
  const form = useSchemaForm(withdrawSchema, { defaultValues: { reason: '' } });
  const errorText = useFieldError();
  const safeRef = useRef<HTMLButtonElement>(null);
  const submit = form.handleSubmit(({ reason }) => withdraw.mutate({ reason }, { onSuccess: onWithdrawn }));
  const copyReservation = copy.reservations.some((reservation) => reservation.kind === 'COPY');
  const titleReservation = copy.reservations.some((reservation) => reservation.kind !== 'COPY');
  return (
    <Dialog
      variant="staff"
      title={t('staff.copy.withdraw.title', { barcode: copy.barcode })}
      description={
        <>
          <p>{t('staff.copy.withdraw.text')}</p>
          {copy.status === 'ON_LOAN' ? <p>{t('staff.copy.withdraw.onLoan')}</p> : null}
          {titleReservation ? <p>{t('staff.copy.withdraw.titleReservation')}</p> : null}
          {copyReservation ? <p>{t('staff.copy.withdraw.copyReservation')}</p> : null}
          {copy.reservations.length === 0 ? <p>{t('staff.copy.withdraw.noReservation')}</p> : null}
        </>
      }
      onClose={onClose}
      busy={withdraw.isPending}
      fallbackFocus={fallbackFocus}
    >
      <form onSubmit={submit} noValidate>
        {withdraw.isError ? <Refusal error={withdraw.error} /> : null}
        <Field
          id="withdraw-reason"
          label={t('staff.copy.withdraw.reason')}
          hint={t('staff.copy.withdraw.reasonHint')}
          error={errorText(form.formState.errors.reason)}
          required
        >
          {(control) => (
            <textarea
              {...control}
              {...form.register('reason')}
              rows={3}
              maxLength={MAX_WITHDRAW_REASON + 50}
            />
          )}
        </Field>
        <ConfirmActions
          confirm={t('staff.copy.withdraw.submit')}
          onConfirm={() => void submit()}
          safe={t('staff.copy.close')}
          onSafe={onClose}
          safeRef={safeRef}
          busy={withdraw.isPending}
          destructive
        />
      </form>
    </Dialog>
  );
}
