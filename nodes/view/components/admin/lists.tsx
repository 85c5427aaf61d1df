// Admin lists: search bars that reload their results in place, server-side sorting and paging
// by opaque page tokens, the results table with its count, and URLs with their query.
import { ColumnHeader, DataTable, type Column } from "../table";
import { plural } from "../../../shared/plural";

/** A URL with the non-empty parameters as its query string. */
export function urlWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => !!entry[1])).toString();
  return query ? `${path}?${query}` : path;
}

/** Attributes that make a link load into a results region with htmx and keep the URL in step. */
export function htmxLink(href: string, target: string) {
  return { href, "hx-get": href, "hx-target": target, "hx-swap": "outerHTML", "hx-push-url": "true" };
}

/**
 * Attributes of a search field or filter that reloads a list's results as the admin types or
 * chooses (with the rest of its form), keeping the URL in step. `trigger` is htmx's event list.
 */
export function liveFilter(path: string, target: string, trigger: string) {
  return { "hx-get": path, "hx-trigger": trigger, "hx-include": "closest form", "hx-target": target, "hx-swap": "outerHTML", "hx-push-url": "true" };
}

/** State of a server-side sorted list: the field and direction in `order_by` form ("name desc"). */
export function parseOrder(orderBy: string | undefined, allowed: readonly string[], fallback: string): { field: string; desc: boolean; value: string } {
  const [field, direction] = (orderBy ?? "").trim().split(/\s+/);
  if (!field || !allowed.includes(field)) return { field: fallback, desc: false, value: "" };
  const desc = direction === "desc";
  return { field, desc, value: desc ? `${field} desc` : field };
}

/** A column header that sorts the list on the server; announces its sort state. */
export function SortHeader(props: { label: string; field: string; order: { field: string; desc: boolean }; link: (orderBy: string) => string; target: string }) {
  const active = props.order.field === props.field;
  const next = active && !props.order.desc ? `${props.field} desc` : props.field;
  return (
    <th scope="col" aria-sort={active ? (props.order.desc ? "descending" : "ascending") : undefined}>
      <a class="link no-underline" {...htmxLink(props.link(next), props.target)}>
        <span safe>{props.label}</span>
        <span aria-hidden="true">{active ? (props.order.desc ? " ▼" : " ▲") : ""}</span>
        <span class="sr-only">{active ? (props.order.desc ? ", sorted descending; sort ascending" : ", sorted ascending; sort descending") : ", sort"}</span>
      </a>
    </th>
  );
}

/**
 * Previous/next paging over opaque page tokens. `back` carries the tokens of the earlier pages
 * in the URL (comma separated), so the previous page is one link away and the URL is the state.
 */
export function Pager(props: { link: (pageToken: string, back: string) => string; pageToken: string; back: string; nextPageToken: string; target: string; total?: number; shown: number; pageSize: number }) {
  const earlier = props.back ? props.back.split(",") : [];
  const pageNumber = earlier.length + 1;
  const first = (pageNumber - 1) * props.pageSize + (props.shown ? 1 : 0);
  const last = (pageNumber - 1) * props.pageSize + props.shown;
  const previousToken = earlier.length ? earlier[earlier.length - 1]! : undefined;
  return (
    <nav aria-label="Pages" class="mt-3 flex flex-wrap items-center gap-3 text-sm">
      <span class="text-slate-600">
        {props.total !== undefined ? `Showing ${first}–${last} of ${props.total}` : `Page ${pageNumber}`}
      </span>
      {previousToken !== undefined && (
        <a class="btn-secondary btn-small" {...htmxLink(props.link(previousToken === "-" ? "" : previousToken, earlier.slice(0, -1).join(",")), props.target)}>
          ← Previous
        </a>
      )}
      {props.nextPageToken && (
        <a class="btn-secondary btn-small" {...htmxLink(props.link(props.nextPageToken, [...earlier, props.pageToken || "-"].join(",")), props.target)}>
          Next →
        </a>
      )}
    </nav>
  );
}

/** Reads a list's paging state from the query: the page token and the tokens before it. */
export function pagingState(query: Record<string, string | undefined>) {
  const clean = (value: string | undefined) => (value && /^[A-Za-z0-9_=,-]{0,2000}$/.test(value) ? value : "");
  return { pageToken: clean(query.page_token), back: clean(query.back) };
}

/**
 * The search bar of an admin list: a search form (its fields as children, plus the current sort
 * when the list sorts) whose results load into `target`, and the link creating a new item.
 */
export function ListSearch(props: { path: string; target: string; order?: string; newHref: string; newLabel: string; children: JSX.Element | JSX.Element[] }) {
  return (
    <div class="mb-4 flex flex-wrap items-end gap-3">
      <form method="get" action={props.path} hx-get={props.path} hx-target={props.target} hx-swap="outerHTML" hx-push-url="true" role="search" class="flex flex-wrap items-end gap-3">
        {props.children as "safe"}
        {props.order !== undefined && <input type="hidden" name="order_by" value={props.order} />}
        <button type="submit" class="btn-secondary">
          Search
        </button>
      </form>
      <a href={props.newHref} class="btn-primary ml-auto" safe>
        {props.newLabel}
      </a>
    </div>
  );
}

/** The text field (`q`) of a list's search bar, reloading the results as the admin types. */
export function SearchInput(props: { id: string; path: string; target: string; label: string; value: string; placeholder: string; maxlength: number }) {
  return (
    <div>
      <label for={props.id} class="mb-1 block text-sm font-medium" safe>
        {props.label}
      </label>
      <input
        id={props.id}
        type="search"
        {...liveFilter(props.path, props.target, "input changed delay:400ms")}
        name="q"
        value={props.value}
        class="input"
        placeholder={props.placeholder}
        maxlength={props.maxlength}
      />
    </div>
  );
}

/** A column of an admin list: a plain heading, or one that sorts the list on the server by `sort`. */
export type ListColumn = Column | { label: string; sort: string };

/**
 * The results region of an admin list, which searches, sorts and paging replace whole: the count
 * (announced), the table of `rows`, a hint when nothing matches and the pager. `link` builds the
 * list's URL with a changed sort or page.
 */
export function ListResults(props: {
  target: string;
  /** What the list counts, singular and plural: ["account", "accounts"]. */
  noun: [string, string];
  total: number;
  caption: string;
  columns: ListColumn[];
  order?: { field: string; desc: boolean };
  link: (changes: { order_by?: string; page_token?: string; back?: string }) => string;
  paging: { pageToken: string; back: string; nextPageToken: string; pageSize: number };
  shown: number;
  empty: string;
  children?: JSX.Element | JSX.Element[];
}) {
  const found = `${plural(props.total, ...props.noun)} found.`;
  const order = props.order ?? { field: "", desc: false };
  return (
    <div id={props.target.slice(1)}>
      <p class="sr-only" data-announce={found} safe>
        {found}
      </p>
      <DataTable
        class="card p-0"
        caption={props.caption}
        head={props.columns.map((column) =>
          typeof column === "object" && "sort" in column ? (
            <SortHeader label={column.label} field={column.sort} order={order} link={(order_by) => props.link({ order_by })} target={props.target} />
          ) : (
            ColumnHeader(column)
          ),
        )}
      >
        {props.children}
      </DataTable>
      {props.shown === 0 && (
        <p class="mt-4 text-slate-600" safe>
          {props.empty}
        </p>
      )}
      <Pager link={(page_token, back) => props.link({ page_token, back })} {...props.paging} target={props.target} total={props.total} shown={props.shown} />
    </div>
  );
}

