import type { FieldError, UseFormRegisterReturn } from 'react-hook-form';
import { Field } from '../../../components/field';
import type { Collection, Location } from '../../../lib/api';
import { useFieldError } from '../../../lib/forms';
import { useI18n } from '../../../lib/i18n';
import type { CopyForm } from './title-input';

/** The fields of one copy: barcode, location (of the staff member's scope), shelf mark, collection. */
export function CopyFields({
  idPrefix,
  register,
  errors,
  locations,
  collections,
}: {
  idPrefix: string;
  register: (name: keyof CopyForm) => UseFormRegisterReturn;
  errors: Partial<Record<keyof CopyForm, FieldError>> | undefined;
  locations: Location[];
  collections: Collection[];
}) {
  const { t } = useI18n();
  const errorText = useFieldError();
  return (
    <div className="staff-form__grid">
      <Field
        id={`${idPrefix}-barcode`}
        label={t('staff.catalogue.barcode')}
        error={errorText(errors?.barcode)}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('barcode')}
            type="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-location`}
        label={t('staff.catalogue.location')}
        error={errorText(errors?.locationId)}
        required
      >
        {(control) => (
          <select {...control} {...register('locationId')}>
            {locations.length !== 1 ? <option value="">{t('staff.catalogue.chooseLocation')}</option> : null}
            {locations.map((location) => (
              <option key={location.id} value={String(location.id)}>
                {location.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id={`${idPrefix}-shelf-mark`}
        label={t('staff.catalogue.shelfMark')}
        error={errorText(errors?.shelfMark)}
        required
      >
        {(control) => (
          <input
            {...control}
            {...register('shelfMark')}
            type="text"
            autoComplete="off"
            placeholder={t('staff.catalogue.shelfMarkExample')}
            maxLength={80}
          />
        )}
      </Field>
      <Field
        id={`${idPrefix}-collection`}
        label={t('staff.catalogue.collection')}
        error={errorText(errors?.collectionCode)}
      >
        {(control) => (
          <select {...control} {...register('collectionCode')}>
            <option value="">{t('staff.catalogue.noCollection')}</option>
            {collections.map((collection) => (
              <option key={collection.id} value={collection.code}>
                {collection.code} — {collection.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
