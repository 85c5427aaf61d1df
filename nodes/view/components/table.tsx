/** A column heading of a DataTable: its text, or its text with classes and whether only screen readers read it. */
export type Column = string | { label: string; class?: string; srOnly?: boolean };

/**
 * A box that scrolls its content sideways at narrow widths, not the page. Given a name (`label`,
 * or the id of a heading in `labelledby`) it is a focusable named region, so keyboard users can
 * scroll it (axe scrollable-region-focusable); tables of links or fields need none, as tabbing
 * through them scrolls them.
 */
export function ScrollRegion(props: { class?: string; label?: string; labelledby?: string; children?: JSX.Element | JSX.Element[] }) {
  const named = props.label !== undefined || props.labelledby !== undefined;
  return (
    <div
      class={props.class ? `${props.class} overflow-x-auto` : "overflow-x-auto"}
      tabindex={named ? "0" : undefined}
      role={named ? "region" : undefined}
      aria-label={props.label}
      aria-labelledby={props.labelledby}
    >
      {props.children as "safe"}
    </div>
  );
}

/**
 * A table in a ScrollRegion: an optional caption for screen readers, the column headings (or a
 * `head` of ready header cells, e.g. sort links) and the rows given as children.
 */
export function DataTable(props: {
  class?: string;
  label?: string;
  labelledby?: string;
  caption?: string;
  columns?: Array<Column | false>;
  head?: JSX.Element | JSX.Element[];
  children?: JSX.Element | JSX.Element[];
}) {
  return (
    <ScrollRegion class={props.class} label={props.label} labelledby={props.labelledby}>
      <table class="table">
        {props.caption !== undefined && (
          <caption class="sr-only" safe>
            {props.caption}
          </caption>
        )}
        <thead>
          <tr>{(props.head ?? (props.columns ?? []).filter((column): column is Column => column !== false).map(ColumnHeader)) as "safe"}</tr>
        </thead>
        <tbody>{props.children as "safe"}</tbody>
      </table>
    </ScrollRegion>
  );
}

/** The header cell of a plain column. */
export function ColumnHeader(column: Column) {
  const { label, class: classes, srOnly } = typeof column === "string" ? { label: column, class: undefined, srOnly: false } : column;
  return srOnly ? (
    <th scope="col" class={classes}>
      <span class="sr-only" safe>
        {label}
      </span>
    </th>
  ) : (
    <th scope="col" class={classes} safe>
      {label}
    </th>
  );
}
