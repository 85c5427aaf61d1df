import { t } from "elysia";

/** The id in a catalog page's path (a course or a section). */
export const IdParams = t.Object({ id: t.String({ maxLength: 64 }) });

/** A form post: fields are read and checked one by one by the page. */
export const FormBody = t.Record(t.String(), t.Any());

/** A text field of a query or form, trimmed and cut to `max` characters ("" when absent). */
export function text(value: unknown, max: number): string {
  return typeof value === "string" ? value.trim().slice(0, max) : "";
}
