// Paging, sorting, field selection and filtering of a OneRoster collection, as the 1.2 REST
// binding asks: limit/offset (X-Total-Count and Link headers), sort + orderBy, fields, filter.
import { FilterError, matches, parseFilter } from "./filter";

/** A refusal in OneRoster's terms: an HTTP status and the imsx code minor. */
export class OneRosterError extends Error {
  constructor(
    readonly status: number,
    readonly codeMinor: string,
    message: string,
  ) {
    super(message);
  }
}

/** The query parameters of a collection read, as received. */
export interface CollectionQuery {
  limit?: string;
  offset?: string;
  sort?: string;
  orderBy?: string;
  fields?: string;
  filter?: string;
}

/** Records per page when `limit` is not given (the specification's default) and at most. */
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

type Row = Record<string, unknown>;

function wholeNumber(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new OneRosterError(400, "invalid_data", `${name} must be a whole number from ${min} to ${max}.`);
  return Number(raw);
}

/** The chosen top-level fields (`fields=a,b`), refusing unknown ones (invalid_selection_field). */
export function selectedFields(raw: string | undefined, known: readonly string[]): string[] | undefined {
  if (raw === undefined || raw.trim() === "") return undefined;
  const names = raw.split(",").map((f) => f.trim()).filter(Boolean);
  const unknown = names.find((n) => !known.includes(n));
  if (unknown !== undefined) throw new OneRosterError(400, "invalid_selection_field", `fields names "${unknown.slice(0, 60)}", which these records do not have. Fields: ${known.join(", ")}.`);
  return names;
}

/** Keeps only the chosen fields of a record. */
export function pick(record: Row, fields: string[] | undefined): Row {
  if (!fields) return record;
  return Object.fromEntries(fields.filter((f) => f in record).map((f) => [f, record[f]]));
}

function compareValues(a: unknown, b: unknown): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a === undefined || a === null) return b === undefined || b === null ? 0 : 1;
  if (b === undefined || b === null) return -1;
  return String(typeof a === "object" ? JSON.stringify(a) : a).localeCompare(String(typeof b === "object" ? JSON.stringify(b) : b), "en", { numeric: true });
}

/**
 * Applies a collection query to every record of the collection: filter, then sort, then the page.
 * `known` are the record's top-level fields (sort and fields), `filterable` the paths a filter may
 * name. Answers the page (fields selected) and the total after filtering.
 */
export function applyQuery(records: Row[], query: CollectionQuery, known: readonly string[], filterable: readonly string[]) {
  const limit = wholeNumber(query.limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = wholeNumber(query.offset, "offset", 0, 0, 1_000_000_000);
  const fields = selectedFields(query.fields, known);
  let rows = records;
  if (query.filter !== undefined) {
    try {
      const filter = parseFilter(query.filter, filterable);
      rows = rows.filter((r) => matches(r, filter));
    } catch (error) {
      if (error instanceof FilterError) throw new OneRosterError(400, error.codeMinor, `filter: ${error.message}`);
      throw error;
    }
  }
  const orderBy = query.orderBy ?? "asc";
  if (orderBy !== "asc" && orderBy !== "desc") throw new OneRosterError(400, "invalid_data", "orderBy must be asc or desc.");
  if (query.sort !== undefined && query.sort !== "") {
    const sort = query.sort;
    if (!known.includes(sort)) throw new OneRosterError(400, "invalid_sort_field", `sort names "${sort.slice(0, 60)}", which these records do not have. Fields: ${known.join(", ")}.`);
    const sign = orderBy === "desc" ? -1 : 1;
    rows = [...rows].sort((a, b) => sign * compareValues(a[sort], b[sort]) || compareValues(a.sourcedId, b.sourcedId));
  } else if (orderBy === "desc") {
    rows = [...rows].reverse();
  }
  return { page: rows.slice(offset, offset + limit).map((r) => pick(r, fields)), total: rows.length, limit, offset };
}

/**
 * The paging headers: X-Total-Count, and a Link header with first, prev, next and last pages
 * (the request's own URL with its limit and offset changed).
 */
export function pagingHeaders(url: string, total: number, limit: number, offset: number): Record<string, string> {
  const at = (o: number) => {
    const next = new URL(url);
    next.searchParams.set("limit", String(limit));
    next.searchParams.set("offset", String(o));
    return `<${next.pathname}${next.search}>`;
  };
  const last = total === 0 ? 0 : Math.floor((total - 1) / limit) * limit;
  const links = [`${at(0)}; rel="first"`];
  if (offset > 0) links.push(`${at(Math.max(0, offset - limit))}; rel="prev"`);
  if (offset + limit < total) links.push(`${at(offset + limit)}; rel="next"`);
  links.push(`${at(last)}; rel="last"`);
  return { "x-total-count": String(total), link: links.join(", ") };
}

/** The imsx_StatusInfo payload of a refusal (the binding's error shape). */
export function statusInfo(codeMinor: string, description: string) {
  return {
    imsx_codeMajor: "failure",
    imsx_severity: "error",
    imsx_description: description,
    imsx_CodeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: "TargetEndSystem", imsx_codeMinorFieldValue: codeMinor }] },
  };
}

/** The imsx code minor of an HTTP status, for refusals that did not choose one. */
export function codeMinorFor(status: number): string {
  if (status === 401) return "unauthorisedrequest";
  if (status === 403) return "forbidden";
  if (status === 404) return "unknownobject";
  if (status === 429 || status === 503) return "server_busy";
  if (status >= 500) return "internal_server_error";
  return "invalid_data";
}
