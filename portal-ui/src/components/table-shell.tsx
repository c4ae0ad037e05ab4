import type { ReactNode } from 'react';

/**
 * A staff table: scrolls sideways on its own (a focusable region named by the caption), with its caption and
 * column headers; the rows are the children.
 */
export function TableShell({
  id,
  caption,
  headers,
  className,
  testId,
  children,
}: {
  /** The caption gets `${id}-caption`. */
  id: string;
  caption: ReactNode;
  /** The column headers; a `false` one (a column not shown) is left out. */
  headers: (string | false)[];
  /** Extra class of the table. */
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
      <table className={className ? `table ${className}` : 'table'} data-testid={testId}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {headers
              .filter((header) => header !== false)
              .map((header) => (
                <th key={header} scope="col">
                  {header}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
