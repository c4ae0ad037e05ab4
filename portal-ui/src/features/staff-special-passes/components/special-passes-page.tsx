import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { z } from 'zod';
import { Field } from '../../../components/field';
import { Loading, ProblemAlert } from '../../../components/status';
import { TableShell } from '../../../components/table-shell';
import { formatLongDate, parseDate } from '../../../lib/format';
import { focusWhenShown, messageKey, useFieldError, useSchemaForm } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import { useSpecialPasses } from '../../../lib/queries/use-staff-lookups';
import { staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateSpecialPass } from '../api/use-create-special-pass';

function isPast(date: string): boolean {
  const parsed = parseDate(date);
  const now = new Date();
  return !!parsed && parsed < new Date(now.getFullYear(), now.getMonth(), now.getDate());
}

/**
 * /balie/speciale-passen — special passes (speciale lener: exhibition, reading corner) with the copies lent
 * to them now, so staff check those in before they go back on the shelf.
 */
export function SpecialPassesPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('staff.passes.title'));
  const passes = useSpecialPasses();
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);

  return (
    <div className="page staff-passes">
      <h1>{t('staff.passes.title')}</h1>
      <p className="lead">{t('staff.passes.intro')}</p>
      <p ref={noticeRef} className="staff-queue__notice" role="status" tabIndex={-1}>
        {notice}
      </p>
      {passes.isPending ? (
        <Loading />
      ) : passes.isError && !passes.data ? (
        <ProblemAlert error={passes.error} onRetry={() => void passes.refetch()} />
      ) : passes.data.length === 0 ? (
        <p className="empty-state">{t('staff.passes.empty')}</p>
      ) : (
        <ul className="staff-cards">
          {passes.data.map((pass) => (
            <li key={pass.id} className="staff-panel">
              <h2 className="staff-cards__title">{pass.name}</h2>
              <p className="hold-shelf__sub">
                {pass.location.name} · {t('staff.passes.number', { id: pass.id })}
              </p>
              {pass.loans.length === 0 ? (
                <p className="hint">{t('staff.passes.noLoans')}</p>
              ) : (
                <TableShell
                  id={`pass-${pass.id}`}
                  caption={t('staff.passes.loansCaption', { name: pass.name, count: pass.loans.length })}
                  headers={[
                    t('staff.holdShelf.shelfMark'),
                    t('staff.holdShelf.barcode'),
                    t('staff.holdShelf.book'),
                    t('staff.passes.due'),
                    t('staff.holdShelf.action'),
                  ]}
                >
                  {pass.loans.map((loan) => (
                    <tr key={loan.barcode}>
                      <td>
                        <span className="shelf-mark">{loan.shelfMark}</span>
                      </td>
                      <td className="table__mono">
                        <Link to={staffPaths.copy(loan.barcode)}>{loan.barcode}</Link>
                      </td>
                      <td>{loan.title.title}</td>
                      <td className={isPast(loan.dueDate) ? 'hold-shelf__late' : undefined}>
                        {formatLongDate(loan.dueDate, locale)}
                      </td>
                      <td>
                        <Link
                          className="button button--secondary button--small"
                          to={`${staffPaths.checkIn}?barcode=${encodeURIComponent(loan.barcode)}`}
                          aria-label={t('staff.holdShelf.checkInLabel', { barcode: loan.barcode })}
                        >
                          {t('staff.holdShelf.checkIn')}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </TableShell>
              )}
            </li>
          ))}
        </ul>
      )}
      <CreatePassForm
        onCreated={(name) => {
          setNotice(t('staff.passes.created', { name }));
          focusWhenShown(noticeRef);
        }}
      />
    </div>
  );
}

const passSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, messageKey('staff.passes.nameRequired'))
    .max(150, messageKey('staff.passes.nameTooLong')),
});

function CreatePassForm({ onCreated }: { onCreated: (name: string) => void }) {
  const { t } = useI18n();
  const form = useSchemaForm(passSchema, { defaultValues: { name: '' } });
  const errorText = useFieldError();
  const create = useCreateSpecialPass();

  const submit = form.handleSubmit((request) =>
    create.mutate(request, {
      onSuccess: (pass) => {
        form.reset();
        onCreated(pass.name);
      },
    }),
  );

  return (
    <section className="staff-panel" aria-labelledby="pass-new-heading">
      <h2 id="pass-new-heading">{t('staff.passes.newHeading')}</h2>
      <form className="staff-form" onSubmit={submit} noValidate>
        <Field
          id="pass-name"
          label={t('staff.passes.name')}
          error={errorText(form.formState.errors.name)}
          required
        >
          {(control) => (
            <input
              {...control}
              {...form.register('name')}
              type="text"
              placeholder={t('staff.passes.nameExample')}
            />
          )}
        </Field>
        {create.isError ? <ProblemAlert error={create.error} /> : null}
        <button type="submit" className="button" disabled={create.isPending}>
          {t('staff.passes.create')}
        </button>
      </form>
    </section>
  );
}
