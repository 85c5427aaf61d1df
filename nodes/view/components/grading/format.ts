// How grading numbers and times read on the pages.

const DATE_TIME = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const DATE = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A GPA with two decimals, or an em dash when nothing counts yet. */
export function formatGpa(gpa: number | undefined): string {
  return gpa === undefined || gpa === null ? "—" : gpa.toFixed(2);
}

/** An RFC 3339 instant as "12 Mar 2026, 14:05 UTC" (empty when missing or malformed). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return iso && !Number.isNaN(date.getTime()) ? `${DATE_TIME.format(date)} UTC` : "";
}

/** A day as "12 March 2026". */
export function formatDate(date: Date): string {
  return DATE.format(date);
}
