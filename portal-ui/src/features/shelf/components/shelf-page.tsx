import { Link, useParams, useSearchParams } from 'react-router-dom';
import { NotFound } from '../../../components/not-found';
import { Pagination } from '../../../components/pagination';
import { EmptyState, Loading, ProblemAlert } from '../../../components/status';
import { ApiError } from '../../../lib/api-client';
import { useI18n } from '../../../lib/i18n';
import { pageFromParam, pageToParam, withParams } from '../../../lib/url-params';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLocations } from '../api/use-locations';
import { useShelf } from '../api/use-shelf';
import { LocationPicker } from './location-picker';
import { ShelfList } from './shelf-list';

/** /kast — pick a location; /kast/:locationId — its shelf in shelf-mark order. */
export function ShelfPage() {
  const { locationId: rawId } = useParams();
  const { t } = useI18n();
  const locations = useLocations();

  if (rawId === undefined) {
    return (
      <div className="page">
        <ShelfDocumentTitle />
        <h1>{t('shelf.title')}</h1>
        <p className="lead">{t('shelf.intro')}</p>
        {locations.isPending ? (
          <Loading />
        ) : locations.isError && !locations.data ? (
          <ProblemAlert error={locations.error} onRetry={() => void locations.refetch()} />
        ) : locations.data.length === 0 ? (
          <EmptyState title={t('shelf.noLocations')} />
        ) : (
          <LocationPicker locations={locations.data} />
        )}
      </div>
    );
  }
  return <LocationShelf locationId={Number(rawId)} />;
}

function ShelfDocumentTitle({ name }: { name?: string }) {
  const { t } = useI18n();
  useDocumentTitle(name ? t('shelf.documentTitle', { name }) : t('shelf.title'));
  return null;
}

function LocationShelf({ locationId }: { locationId: number }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const page = pageFromParam(params.get('pagina'));
  const locations = useLocations();
  const shelf = useShelf(locationId, page);
  const location = locations.data?.find((candidate) => candidate.id === locationId);

  const valid = Number.isSafeInteger(locationId) && locationId > 0;
  if (
    !valid ||
    (locations.isSuccess && !location) ||
    (shelf.error instanceof ApiError && shelf.error.status === 404)
  ) {
    return <NotFound />;
  }
  const hrefFor = (target: number) => `?${withParams(params, { pagina: pageToParam(target) }).toString()}`;

  return (
    <div className="page">
      <ShelfDocumentTitle name={location?.name} />
      <p className="back-link">
        <Link to="/kast">
          <span aria-hidden="true">← </span>
          {t('shelf.otherLocation')}
        </Link>
      </p>
      <h1>{location ? t('shelf.heading', { name: location.name }) : t('shelf.title')}</h1>
      {shelf.isPending ? (
        <Loading />
      ) : shelf.isError && !shelf.data ? (
        <ProblemAlert error={shelf.error} onRetry={() => void shelf.refetch()} />
      ) : shelf.data.total === 0 ? (
        <EmptyState title={t('shelf.empty')} />
      ) : (
        <>
          <p className="lead">{t('shelf.order', { count: shelf.data.total })}</p>
          <ShelfList entries={shelf.data.items} start={shelf.data.page * shelf.data.size} />
          <Pagination
            page={shelf.data.page}
            size={shelf.data.size}
            total={shelf.data.total}
            hrefFor={hrefFor}
          />
        </>
      )}
    </div>
  );
}
