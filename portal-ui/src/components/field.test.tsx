import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Field } from './field';

describe('field', () => {
  it('labels the control and reads the hint with it', () => {
    render(
      <Field label="Reden" hint="Wordt bewaard bij de wachtrij." required>
        {(control) => <textarea {...control} />}
      </Field>,
    );

    const control = screen.getByLabelText('Reden');
    expect(control).toHaveAccessibleDescription('Wordt bewaard bij de wachtrij.');
    expect(control).toHaveAttribute('aria-required', 'true');
    expect(control).not.toHaveAttribute('aria-invalid');
    expect(control.closest('.field')).toHaveClass('field--required');
  });

  it('marks the control invalid and describes it with the error after the hint', () => {
    render(
      <Field
        id="until"
        label="Einddatum"
        hint="Leeg: geen einddatum."
        error="De einddatum ligt in het verleden."
      >
        {(control) => <input type="date" {...control} />}
      </Field>,
    );

    const control = screen.getByLabelText('Einddatum');
    expect(control).toHaveAttribute('id', 'until');
    expect(control).toHaveAttribute('aria-invalid', 'true');
    expect(control).toHaveAccessibleDescription('Leeg: geen einddatum. De einddatum ligt in het verleden.');
  });

  it('puts a checkbox before its label', () => {
    render(
      <Field label="Nu in de kast" kind="checkbox">
        {(control) => <input type="checkbox" {...control} />}
      </Field>,
    );

    const box = screen.getByRole('checkbox', { name: 'Nu in de kast' });
    expect(box.nextElementSibling?.tagName).toBe('LABEL');
  });
});
