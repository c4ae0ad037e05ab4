import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { SpecialPass } from '../../../lib/api';
import { json, mockApi, renderAt } from '../../../test/render';
import { SpecialPassesPage } from './special-passes-page';

const centrum = { id: 1, name: 'Bibliotheek Rivierenland Centrum', kind: 'BRANCH' as const };

describe('special passes', () => {
  it('lists passes with the copies on them, each with a link to check it in', async () => {
    const passes: SpecialPass[] = [
      {
        id: 302,
        name: 'Voorleeshoek',
        location: centrum,
        loans: [
          {
            barcode: '301000000003',
            title: { id: 7, title: 'Jip en Janneke', authors: 'Annie M.G. Schmidt' },
            shelfMark: 'PRENT SCHM',
            dueDate: '2099-12-20',
          },
        ],
      },
      { id: 304, name: 'Tentoonstelling Griffels en Penselen', location: centrum, loans: [] },
    ];
    mockApi({ '/api/special-passes': () => json(passes) });
    renderAt('/balie/speciale-passen', <SpecialPassesPage />);

    const table = await screen.findByRole('table', { name: 'Exemplaren op Voorleeshoek (1)' });
    expect(table).toHaveTextContent('Jip en Janneke');
    expect(within(table).getByRole('link', { name: 'Innemen: 301000000003' })).toHaveAttribute(
      'href',
      '/balie/innemen?barcode=301000000003',
    );
    expect(within(table).getByRole('link', { name: '301000000003' })).toHaveAttribute(
      'href',
      '/balie/exemplaren/301000000003',
    );
    expect(screen.getByText('Er staan nu geen exemplaren op deze pas.')).toBeInTheDocument();
  });

  it('creates a pass, after checking the name', async () => {
    const { calls } = mockApi({
      '/api/special-passes': ({ method }) =>
        method === 'POST'
          ? json({ id: 400, name: 'Tentoonstelling Pasen', location: centrum, loans: [] }, 201)
          : json([]),
    });
    const user = userEvent.setup();
    renderAt('/balie/speciale-passen', <SpecialPassesPage />);
    await user.click(await screen.findByRole('button', { name: 'Speciale pas maken' }));
    expect(screen.getByText('Vul een naam in.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Naam' }), 'Tentoonstelling Pasen');
    await user.click(screen.getByRole('button', { name: 'Speciale pas maken' }));
    await waitFor(() =>
      expect(screen.getByText('Speciale pas “Tentoonstelling Pasen” is gemaakt.')).toBeInTheDocument(),
    );
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      name: 'Tentoonstelling Pasen',
    });
  });
});
