import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { staffPaths } from '../../../lib/staff';
import { useDocumentTitle } from '../../../lib/use-document-title';

/** /balie/exemplaren — scan or type a barcode to open the copy's detail (blocks, loan, history). */
export function CopyLookupPage() {
  const { t } = useI18n();
  useDocumentTitle(t('staff.copy.lookupTitle'));
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = window.setTimeout(() => inputRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const barcode = value.trim();
    const problem: MessageKey | null = !barcode
      ? 'staff.checkin.barcodeRequired'
      : barcode.length > 20
        ? 'staff.checkin.barcodeTooLong'
        : null;
    setError(problem);
    if (problem) return inputRef.current?.focus();
    navigate(staffPaths.copy(barcode));
  };

  return (
    <div className="page desk">
      <h1>{t('staff.copy.lookupTitle')}</h1>
      <p className="lead">{t('staff.copy.lookupIntro')}</p>
      <form className="form desk-scan" onSubmit={submit} noValidate>
        <label htmlFor="copy-barcode">{t('staff.checkin.barcode')}</label>
        <div className="desk-scan__row">
          <input
            ref={inputRef}
            id="copy-barcode"
            name="barcode"
            type="text"
            className="desk-scan__input"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            value={value}
            onChange={(event) => setValue(event.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'copy-barcode-error' : undefined}
          />
          <button type="submit" className="button">
            {t('staff.copy.open')}
          </button>
        </div>
        {error ? (
          <p id="copy-barcode-error" className="field__error" role="alert">
            {t(error)}
          </p>
        ) : null}
      </form>
    </div>
  );
}
