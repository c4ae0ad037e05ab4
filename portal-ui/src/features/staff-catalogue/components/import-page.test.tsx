import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { authStore } from '../../../lib/auth-store';
import { json, mockApi, problem, renderAt, type ApiCall } from '../../../test/render';
import { importResult, loginAs } from '../../../test/staff-fixtures';
import { CatalogueImportPage } from './import-page';

const CSV =
  'isbn,title,authors,barcode,location,shelfMark\n9789021680026,Kat,Marieke Smit,AB0001,BRL-CENTRUM,JE SMIT\n';

const runs = {
  items: [
    {
      id: 3,
      format: 'CSV',
      fileSha256: 'ab',
      fileBytes: 120,
      dryRun: false,
      status: 'APPLIED',
      startedBy: 'bieb.centrum',
      startedAt: '2026-12-01T09:00:00Z',
      finishedAt: '2026-12-01T09:00:01Z',
      titles: { created: 1, updated: 0, unchanged: 0, rejected: 0 },
      copies: { created: 2, updated: 0, unchanged: 0, rejected: 0 },
    },
  ],
  page: 0,
  size: 10,
  total: 1,
};

function renderImport(answer: (call: ApiCall) => Response) {
  loginAs('LIBRARY_STAFF');
  const api = mockApi({
    'GET /api/catalogue/imports': () => json(runs),
    'POST /api/catalogue/imports': answer,
  });
  renderAt('/balie/catalogus/importeren', <CatalogueImportPage />);
  return api;
}

async function chooseFile(name = 'titels.csv', content = CSV) {
  const user = userEvent.setup();
  await user.upload(
    await screen.findByLabelText(/^Bestand/),
    new File([content], name, { type: 'text/csv' }),
  );
  return user;
}

afterEach(() => authStore.clear());

describe('catalogue import', () => {
  it('does a dry run first (refused rows, then counts and row errors), then imports the same file', async () => {
    const rejected = [{ record: 2, line: 3, field: 'isbn', message: 'has a wrong check digit' }];
    const { calls } = renderImport((call) =>
      // All-or-nothing (the default) refuses the file while a row is rejected, listing the rows.
      call.url.searchParams.get('allOrNothing') === 'true'
        ? problem(400, 'VALIDATION_FAILED', {
            errors: [{ field: 'record 2 (line 3): isbn', message: 'has a wrong check digit' }],
          })
        : call.url.searchParams.get('dryRun') === 'true'
          ? json(
              importResult({
                titles: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
                errors: rejected,
                notes: ['MARC subject "Spoken" has no theme; ignored'],
              }),
            )
          : json(
              importResult({
                dryRun: false,
                titles: { created: 1, updated: 0, unchanged: 0, rejected: 1 },
                errors: rejected,
              }),
            ),
    );
    expect(await screen.findByRole('table', { name: /Eerdere imports/ })).toHaveTextContent(
      '1 nieuw, 0 bijgewerkt, 0 ongewijzigd, 0 afgekeurd',
    );
    const user = await chooseFile();
    await user.click(screen.getByRole('button', { name: 'Proefimport' }));
    const refused = await screen.findByRole('alert');
    expect(refused).toHaveTextContent('1 regel is afgekeurd: met "alles of niets" wordt niets geïmporteerd.');
    await waitFor(() => expect(refused).toHaveFocus());
    expect(screen.getByRole('table', { name: '1 afgekeurde regel' })).toHaveTextContent(
      '23isbnhas a wrong check digit',
    );
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
    const first = calls.find((c) => c.method === 'POST');
    expect(first?.url.searchParams.get('dryRun')).toBe('true');
    expect(first?.url.searchParams.get('allOrNothing')).toBe('true');
    expect(first?.url.searchParams.get('holdingsTag')).toBe('852');
    expect(first?.headers.get('content-type')).toBe('text/csv');
    expect(first?.body).toBe(CSV);

    // Without all-or-nothing the dry run reports the counts and the rejected rows; then the import is offered.
    await user.click(screen.getByLabelText('Alles of niets'));
    await user.click(screen.getByRole('button', { name: 'Proefimport' }));
    const heading = await screen.findByRole('heading', { name: 'Proefimport van titels.csv' });
    await waitFor(() => expect(heading).toHaveFocus());
    const counts = screen.getByTestId('import-dry-run-counts');
    expect(within(counts).getByRole('row', { name: /Titels/ })).toHaveTextContent('Titels1001');
    expect(screen.getByRole('table', { name: '1 afgekeurde regel' })).toHaveTextContent(
      '23isbnhas a wrong check digit',
    );
    expect(screen.getByText('MARC subject "Spoken" has no theme; ignored')).toBeInTheDocument();
    expect(
      screen.getByText('De afgekeurde regels worden overgeslagen; de rest wordt geïmporteerd.'),
    ).toBeInTheDocument();

    // Changing an option makes the dry run out of date.
    await user.clear(screen.getByLabelText('MARC-veld met de exemplaren'));
    await user.type(screen.getByLabelText('MARC-veld met de exemplaren'), '949');
    expect(screen.getByText(/doe eerst opnieuw een proefimport/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
    await user.clear(screen.getByLabelText('MARC-veld met de exemplaren'));
    await user.type(screen.getByLabelText('MARC-veld met de exemplaren'), '852');
    await user.click(await screen.findByRole('button', { name: 'Importeren' }));

    const applied = await screen.findByRole('heading', { name: 'titels.csv is geïmporteerd' });
    await waitFor(() => expect(applied).toHaveFocus());
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts).toHaveLength(3);
    expect(posts[2]?.url.searchParams.get('dryRun')).toBe('false');
    expect(posts[2]?.url.searchParams.get('allOrNothing')).toBe('false');
    expect(posts[2]?.body).toBe(CSV);
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
  });

  it('shows a malformed file as a message naming the line', async () => {
    renderImport(() =>
      problem(400, 'IMPORT_FILE_MALFORMED', {
        errors: [{ field: 'line 3', message: 'a quote opens a field and is not closed' }],
      }),
    );
    const user = await chooseFile();
    await user.click(screen.getByRole('button', { name: 'Proefimport' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dit bestand kan niet gelezen worden. Er is niets geïmporteerd.');
    expect(alert).toHaveTextContent('Regel 3 — a quote opens a field and is not closed');
    await waitFor(() => expect(alert).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Importeren' })).toBeNull();
  });

  it('sends a MARC file as application/marc and checks the file and the holdings field first', async () => {
    const { calls } = renderImport(() => json(importResult({ format: 'MARC' })));
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Proefimport' }));
    expect(await screen.findByText('Kies een bestand.')).toBeInTheDocument();
    await user.upload(screen.getByLabelText(/^Bestand/), new File(['00000nam'], 'catalogus.mrc'));
    const tag = screen.getByLabelText('MARC-veld met de exemplaren');
    await user.clear(tag);
    await user.type(tag, '123');
    await user.click(screen.getByRole('button', { name: 'Proefimport' }));
    expect(await screen.findByText('Vul 852 in, of een veld van 900 tot en met 999.')).toBeInTheDocument();
    await waitFor(() => expect(tag).toHaveFocus());
    await user.clear(tag);
    await user.type(tag, '949');
    await user.click(screen.getByRole('button', { name: 'Proefimport' }));
    await screen.findByRole('heading', { name: 'Proefimport van catalogus.mrc' });
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.headers.get('content-type')).toBe('application/marc');
    expect(post?.url.searchParams.get('holdingsTag')).toBe('949');
    expect(screen.getByText('Klopt dit? Importeer het bestand dan.')).toBeInTheDocument();
  });
});
