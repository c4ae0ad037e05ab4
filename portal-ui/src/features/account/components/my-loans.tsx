import { Link } from 'react-router-dom';
import { Cover } from '../../../components/cover';
import { Loading, ProblemAlert } from '../../../components/status';
import type { Loan } from '../../../lib/api';
import { formatAuthors } from '../../../lib/authors';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';
import { formatDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useMyLoans } from '../api/use-my-loans';

/** Mijn gegevens → "Geleend": current loans, soonest due first, overdue ones marked. */
export function MyLoans() {
  const { t } = useI18n();
  const loans = useMyLoans();
  return (
    <section className="account-section" aria-labelledby="my-loans-heading">
      <h2 id="my-loans-heading">{t('loans.heading')}</h2>
      {loans.isPending ? (
        <Loading />
      ) : loans.isError && !loans.data ? (
        <ProblemAlert error={loans.error} onRetry={() => void loans.refetch()} />
      ) : loans.data.length === 0 ? (
        <p className="hint">{t('loans.empty')}</p>
      ) : (
        <ul className="loan-list">
          {[...loans.data]
            .sort((a, b) => a.dueDate.localeCompare(b.dueDate))
            .map((loan) => (
              <LoanCard key={loan.id} loan={loan} />
            ))}
        </ul>
      )}
    </section>
  );
}

function LoanCard({ loan }: { loan: Loan }) {
  const { t, locale } = useI18n();
  const due = formatDay(loan.dueDate, locale);
  return (
    <li className={`loan-card${loan.overdue ? ' loan-card--overdue' : ''}`}>
      <div className="loan-card__cover">
        <Cover title={loan.title} decorative />
      </div>
      <div className="loan-card__body">
        <h3 className="loan-card__title">
          <Link to={`/titels/${loan.title.id}`} lang={CATALOGUE_LANG}>
            {loan.title.title}
          </Link>
        </h3>
        {loan.title.authors ? (
          <p className="loan-card__authors" lang={CATALOGUE_LANG}>
            {formatAuthors(loan.title.authors, locale)}
          </p>
        ) : null}
        {loan.overdue ? (
          <p className="loan-card__due loan-card__due--overdue">
            <span className="pill pill--danger">{t('loans.overdueTag')}</span>{' '}
            {t('loans.overdue', { date: due })}
          </p>
        ) : (
          <p className="loan-card__due">{t('loans.due', { date: due })}</p>
        )}
        <p className="loan-card__from">{t('loans.from', { name: loan.location.name })}</p>
      </div>
    </li>
  );
}
