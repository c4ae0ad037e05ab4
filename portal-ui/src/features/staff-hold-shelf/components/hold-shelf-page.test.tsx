import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, renderAt } from '../../../test/render';
import { holdShelf } from '../../../test/staff-fixtures';
import { HoldShelfPage } from './hold-shelf-page';

describe('hold shelf', () => {
  it('shows three tabs with counts; ready lists patron, group, book, shelf mark, barcode and pickup-by', async () => {
    mockApi({ '/api/hold-shelf': () => json(holdShelf()) });
    renderAt('/balie/afhaalplank', <HoldShelfPage />);

    const ready = await screen.findByRole('tab', { name: 'Klaar om op te halen (1)' });
    expect(ready).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tab', { name: 'Opruimen (1)' })).toHaveAttribute('aria-selected', 'false');
    expect(screen.getByRole('tab', { name: 'Paklijst (1)' })).toBeInTheDocument();
    expect(screen.getByText(/Afhaalplank van Bibliotheek Rivierenland Centrum/)).toBeInTheDocument();

    const table = screen.getByRole('table', { name: 'Boeken die klaarliggen voor een leerling' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(row).toHaveTextContent('Daan Jansen');
    expect(row).toHaveTextContent('groep 7 · CBS De Wegwijzer');
    expect(row).toHaveTextContent('Dolfje Weerwolfje');
    expect(row).toHaveTextContent('AVI-E4 LOON');
    expect(row).toHaveTextContent('301000000005');
    expect(row).toHaveTextContent(/\w+ 27 nov 2099/);
    expect(within(row).getByRole('link', { name: 'Wachtrij van Dolfje Weerwolfje' })).toHaveAttribute(
      'href',
      '/balie/titels/1/wachtrij',
    );
  });

  it('switches tabs with the arrow keys; to clear says why and links to check in again', async () => {
    mockApi({ '/api/hold-shelf': () => json(holdShelf()) });
    const user = userEvent.setup();
    const { router } = renderAt('/balie/afhaalplank', <HoldShelfPage />);

    await user.click(await screen.findByRole('tab', { name: /Klaar om op te halen/ }));
    await user.keyboard('{ArrowRight}');

    const toClear = screen.getByRole('tab', { name: 'Opruimen (1)' });
    expect(toClear).toHaveAttribute('aria-selected', 'true');
    expect(toClear).toHaveFocus();
    expect(router.state.location.search).toBe('?tab=opruimen');
    const panel = screen.getByRole('tabpanel', { name: 'Opruimen (1)' });
    expect(panel).toHaveTextContent('Dex van de Ven');
    expect(panel).toHaveTextContent('Niet opgehaald (verlopen)');
    expect(within(panel).getByRole('link', { name: 'Opnieuw innemen: 301000000006' })).toHaveAttribute(
      'href',
      '/balie/innemen?barcode=301000000006',
    );

    await user.keyboard('{ArrowRight}');
    const pick = screen.getByRole('tabpanel', { name: 'Paklijst (1)' });
    expect(pick).toHaveTextContent('Het boek van alle dingen');
    expect(pick).toHaveTextContent('JEUGD KUIJ');
    expect(pick).toHaveTextContent('Bibliotheek Rivierenland Noord');

    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: /Klaar om op te halen/ })).toHaveFocus();
  });

  it('opens the tab named in the URL and says when a list is empty', async () => {
    mockApi({ '/api/hold-shelf': () => json(holdShelf({ toClear: [] })) });
    renderAt('/balie/afhaalplank', <HoldShelfPage />, '/balie/afhaalplank?tab=opruimen');
    expect(await screen.findByText('Er hoeft niets opgeruimd te worden.')).toBeInTheDocument();
  });

  it('shows a copy to clear whose reservation was anonymised without a student', async () => {
    const anonymised = {
      barcode: '301000000006',
      shelfMark: 'AVI-E4 LOON',
      title: { id: 1, title: 'Dolfje Weerwolfje', authors: 'Paul van Loon' },
      reservationId: 9,
      reservationStatus: 'EXPIRED',
      since: '2026-10-01T17:44:57Z',
    };
    mockApi({ '/api/hold-shelf': () => json(holdShelf({ toClear: [anonymised] })) });
    renderAt('/balie/afhaalplank', <HoldShelfPage />, '/balie/afhaalplank?tab=opruimen');
    const panel = await screen.findByRole('tabpanel', { name: 'Opruimen (1)' });
    expect(panel).toHaveTextContent('Leerling niet meer bekend (privacy)');
    expect(panel).toHaveTextContent('301000000006');
  });

  it('shows a refusal in words', async () => {
    mockApi({ '/api/hold-shelf': () => problem(403, 'FORBIDDEN') });
    renderAt('/balie/afhaalplank', <HoldShelfPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dit mag je niet bekijken of doen met jouw account.',
    );
  });
});
