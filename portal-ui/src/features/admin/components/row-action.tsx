import type { ReactNode } from 'react';

/**
 * A small button in a table row ("Wijzigen", "Uitschakelen"): its visible label, and for a screen reader the name of
 * the row it acts on, so that ten "Wijzigen" buttons in a table are ten different buttons.
 */
export function RowAction({ label, name, onClick }: { label: ReactNode; name: string; onClick: () => void }) {
  return (
    <button type="button" className="button button--secondary button--small" onClick={onClick}>
      {label}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}
