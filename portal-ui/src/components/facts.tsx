import type { ReactNode } from 'react';

export interface Fact {
  label: string;
  value: ReactNode;
}

/** A list of facts, each a label and its value (a <dl>); `wide` for the staff pages and mijn gegevens. */
export function Facts({ facts, wide = false, testId }: { facts: Fact[]; wide?: boolean; testId?: string }) {
  return (
    <dl className={wide ? 'facts facts--wide' : 'facts'} data-testid={testId}>
      {facts.map((fact) => (
        <div key={fact.label} className="facts__row">
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
