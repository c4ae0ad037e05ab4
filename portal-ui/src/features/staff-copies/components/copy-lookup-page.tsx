import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { ScanForm } from '../../../components/scan-field';
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
      <ScanForm
        onSubmit={submit}
        id="copy-barcode"
        name="barcode"
        label={t('staff.checkin.barcode')}
        value={value}
        onChange={setValue}
        inputRef={inputRef}
        submitLabel={t('staff.copy.open')}
        error={error ? t(error) : null}
      />
    </div>
  );
}
