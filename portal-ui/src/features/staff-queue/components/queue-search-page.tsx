import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Loading, ProblemAlert } from '../../../components/status';
import { useI18n } from '../../../lib/i18n';
import { useTitles } from '../../../lib/queries/use-titles';
import { staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useFocusOnMount } from '../../../lib/use-focus-on-mount';

/**
 * /balie/wachtrij?q=… — find the title whose queue to manage: by title number (straight to its queue)
 * or by search words (a list of titles, each a link to its queue).
 */
export function QueueSearchPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.queue.searchTitle'));
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const q = (params.get('q') ?? '').trim();
  const [value, setValue] = useState(q);
  const inputRef = useRef<HTMLInputElement>(null);
  const titles = useTitles({ q, size: 20 }, { enabled: q.length > 0 });

  useFocusOnMount(inputRef);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (/^[1-9]\d{0,15}$/.test(trimmed)) {
      navigate(staffPaths.titleQueue(Number(trimmed)));
      return;
    }
    setParams(trimmed ? { q: trimmed } : {});
  };

  return (
    <div className="page staff-queue">
      <h1>{t('staff.queue.searchTitle')}</h1>
      <p className="lead">{t('staff.queue.searchIntro')}</p>
      <form className="search-form" role="search" onSubmit={submit}>
        <label htmlFor="queue-search">{t('staff.queue.searchLabel')}</label>
        <div className="search-form__row">
          <input
            ref={inputRef}
            id="queue-search"
            type="search"
            name="q"
            autoComplete="off"
            maxLength={200}
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
          <button type="submit" className="button">
            {t('staff.queue.searchSubmit')}
          </button>
        </div>
      </form>
      {q ? (
        <section aria-labelledby="queue-search-results">
          <h2 id="queue-search-results">{t('staff.queue.searchResults')}</h2>
          {titles.isPending ? (
            <Loading />
          ) : titles.isError && !titles.data ? (
            <ProblemAlert error={titles.error} onRetry={() => void titles.refetch()} />
          ) : titles.data.items.length === 0 ? (
            <p className="empty-state">{t('staff.queue.searchEmpty', { q })}</p>
          ) : (
            <ul className="queue-search__list">
              {titles.data.items.map((title) => (
                <li key={title.id}>
                  <Link to={staffPaths.titleQueue(title.id)}>{title.title}</Link>
                  <span className="hold-shelf__sub">
                    {title.authors} · #{title.id}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
