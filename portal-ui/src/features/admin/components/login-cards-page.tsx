import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatLongDate, isoDay } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { LOGIN_PATH } from '../../../lib/api-client';
import { adminPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { loginCards } from '../api/login-cards-store';

/**
 * /balie/beheer/leerlingen/inlogkaarten — the login cards just issued, to print and hand out: per student the
 * school, name, group, username, start code, where to log in and until when the code works. The codes live only
 * in memory (see login-cards-store): after a reload they are gone and the page says so.
 */
export function LoginCardsPage() {
  const { t, locale } = useI18n();
  useDocumentTitle(t('admin.cards.title'));
  const [issued] = useState(loginCards);
  const cards = issued?.cards;
  const portal = `${window.location.origin}${LOGIN_PATH}`;

  if (!issued || !cards) {
    return (
      <div className="page admin-page">
        <h1>{t('admin.cards.title')}</h1>
        <p className="empty-state">{t('admin.cards.none')}</p>
        <p>
          <Link to={adminPaths.students}>{t('admin.cards.back')}</Link>
        </p>
      </div>
    );
  }
  const validUntil = formatLongDate(isoDay(new Date(cards.validUntil)), locale);
  return (
    <div className="page admin-page login-cards-page">
      <div className="login-cards-page__screen">
        <h1>{t('admin.cards.title')}</h1>
        <p className="lead">
          {t('admin.cards.intro', {
            count: cards.cards.length,
            group: cards.groupName ?? '',
            school: cards.schoolName,
          })}
        </p>
        <p className="alert alert--warning">{t('admin.cards.warning')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {t('admin.cards.print')}
          </button>
          <Link
            className="button button--secondary"
            to={`${adminPaths.students}?school=${issued.schoolId}&group=${encodeURIComponent(cards.groupName ?? '')}`}
          >
            {t('admin.cards.back')}
          </Link>
        </div>
      </div>
      <ul className="login-cards" aria-label={t('admin.cards.listLabel')} data-testid="login-cards">
        {cards.cards.map((card) => (
          <li key={card.patronId} className="login-card">
            <p className="login-card__school">{cards.schoolName}</p>
            <p className="login-card__name">{[card.firstName, card.lastName].filter(Boolean).join(' ')}</p>
            <p className="login-card__group">{card.groupName ?? cards.groupName}</p>
            <dl className="login-card__facts">
              <div>
                <dt>{t('admin.cards.username')}</dt>
                <dd className="login-card__code">{card.username}</dd>
              </div>
              <div>
                <dt>{t('admin.cards.startCode')}</dt>
                <dd className="login-card__code" data-testid="start-code">
                  {card.startCode}
                </dd>
              </div>
            </dl>
            <p className="login-card__where">{t('admin.cards.where', { address: portal })}</p>
            <p className="login-card__valid">{t('admin.cards.validUntil', { date: validUntil })}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
