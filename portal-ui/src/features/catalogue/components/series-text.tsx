import { FormattedMessage } from 'react-intl';
import { CATALOGUE_LANG } from '../../../lib/catalogue-lang';

/** "Dolfje Weerwolfje, deel 3": the series name (catalogue text, Dutch) in the wording of the UI language. */
export function SeriesText({ series, number }: { series: string; number?: number | null }) {
  const name = <span lang={CATALOGUE_LANG}>{series}</span>;
  return number != null ? (
    <FormattedMessage id="title.seriesNumber" values={{ series: name, number }} />
  ) : (
    name
  );
}
