import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from './dialog';

function Harness({ busy = false, safeFirst = false }: { busy?: boolean; safeFirst?: boolean }) {
  const [open, setOpen] = useState(false);
  const safeRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        open
      </button>
      <p>page text</p>
      {open ? (
        <Dialog
          title="Boek reserveren"
          description={<p>Wil je dit boek reserveren?</p>}
          onClose={() => setOpen(false)}
          busy={busy}
          initialFocus={safeFirst ? safeRef : undefined}
        >
          <button type="button">first</button>
          <button ref={safeRef} type="button" onClick={() => setOpen(false)}>
            last
          </button>
        </Dialog>
      ) : null}
    </>
  );
}

describe('dialog', () => {
  it('is a labelled, described native modal dialog that focuses its first control', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'open' }));

    const dialog = screen.getByRole('dialog', { name: 'Boek reserveren' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog).toHaveAttribute('open');
    expect(dialog).toHaveAccessibleDescription('Wil je dit boek reserveren?');
    expect(screen.getByRole('button', { name: 'first' })).toHaveFocus();
  });

  it('starts on the chosen element (the safe button of a confirmation)', async () => {
    const user = userEvent.setup();
    render(<Harness safeFirst />);
    await user.click(screen.getByRole('button', { name: 'open' }));

    expect(screen.getByRole('button', { name: 'last' })).toHaveFocus();
  });

  it('keeps Tab inside', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'open' }));

    await user.tab();
    expect(screen.getByRole('button', { name: 'last' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'first' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'last' })).toHaveFocus();
  });

  it('closes on Escape and returns focus to the opener', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const opener = screen.getByRole('button', { name: 'open' });
    await user.click(opener);
    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('does not close on Escape while busy, and says it is busy', async () => {
    const user = userEvent.setup();
    render(<Harness busy />);
    await user.click(screen.getByRole('button', { name: 'open' }));
    await user.keyboard('{Escape}');

    expect(screen.getByRole('dialog')).toHaveAttribute('aria-busy', 'true');
  });
});
