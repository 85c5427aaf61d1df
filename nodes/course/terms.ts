// Terms: listing them for everyone, creating, changing and deleting them for admins.
import { count, desc, eq } from "drizzle-orm";
import { sections, terms } from "../../db/courses/schema";
import { pgErrorCode } from "../shared/db";
import { fail, Validation } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { plural } from "../shared/plural";
import { requireAdmin, termView, type AdminCaller, type CatalogStore, type TermRow } from "./catalog-store";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The fields of a term as the API sends them (all text). */
export type TermFields = Record<"code" | "name" | "starts_on" | "ends_on" | "registration_opens_at" | "registration_closes_at" | "add_drop_deadline", string>;

function parseDate(text: string): string | undefined {
  if (!DATE.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : text;
}

function parseInstant(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** Checks and normalises term fields; names each field that is wrong. */
function validTermFields(input: TermFields) {
  const code = input.code.trim().toUpperCase();
  const name = input.name.trim();
  const startsOn = parseDate(input.starts_on.trim());
  const endsOn = parseDate(input.ends_on.trim());
  const opens = parseInstant(input.registration_opens_at.trim());
  const closes = parseInstant(input.registration_closes_at.trim());
  const deadline = parseInstant(input.add_drop_deadline.trim());
  const check = new Validation()
    .check(/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(code), "code", fieldMessage("code", "must be 2-20 letters, digits or dashes, e.g. 2026FA."))
    .check(name.length >= 1 && name.length <= 100, "name", fieldMessage("name", "is required (1-100 characters)."))
    .check(!!startsOn, "starts_on", fieldMessage("starts_on", "must be a date like 2026-09-01."))
    .check(!!endsOn, "ends_on", fieldMessage("ends_on", "must be a date like 2026-12-18."))
    .check(!!opens, "registration_opens_at", fieldMessage("registration_opens_at", "must be a date and time with zone, e.g. 2026-04-01T08:00:00Z."))
    .check(!!closes, "registration_closes_at", fieldMessage("registration_closes_at", "must be a date and time with zone, e.g. 2026-09-10T23:59:00Z."))
    .check(!!deadline, "add_drop_deadline", fieldMessage("add_drop_deadline", "must be a date and time with zone, e.g. 2026-09-14T23:59:00Z."));
  if (startsOn && endsOn) check.check(endsOn >= startsOn, "ends_on", "The last day of classes must not be before the first.");
  if (opens && closes) check.check(closes > opens, "registration_closes_at", "Registration must close after it opens.");
  if (opens && deadline) check.check(deadline >= opens, "add_drop_deadline", "The add/drop deadline must not be before registration opens.");
  check.throwIfAny();
  return { code, name, startsOn: startsOn!, endsOn: endsOn!, registrationOpensAt: opens!, registrationClosesAt: closes!, addDropDeadline: deadline! };
}

/** The rules of terms. No gRPC in here. */
export class TermCatalog {
  constructor(private readonly store: CatalogStore) {}

  /** All terms, newest first. */
  async listTerms() {
    const rows = await this.store.db.select().from(terms).orderBy(desc(terms.startsOn));
    return { terms: rows.map((r) => termView(r)) };
  }

  /** One term. */
  async getTerm(id: string) {
    return { term: termView(await this.store.termById(id)) };
  }

  /** Creates a term (admin). */
  async createTerm(caller: AdminCaller, input: TermFields) {
    requireAdmin(caller.claims);
    const values = validTermFields(input);
    const row = await uniqueTermCode(values.code, () => this.store.writeCatalog((tx) => tx.insert(terms).values(values).returning()));
    await this.store.audit(caller, "term.create", "term", row.id, row.code, { after: termView(row) });
    return { term: termView(row) };
  }

  /** Changes a term's fields (admin); unset fields stay. */
  async updateTerm(caller: AdminCaller, input: { id: string } & Partial<TermFields>) {
    requireAdmin(caller.claims);
    const before = await this.store.termById(input.id);
    const current = termView(before);
    const merged = { ...current, ...Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== "id" && v !== undefined)) };
    const values = validTermFields(merged);
    const row = await uniqueTermCode(values.code, () => this.store.writeCatalog((tx) => tx.update(terms).set(values).where(eq(terms.id, before.id)).returning()));
    await this.store.audit(caller, "term.update", "term", row.id, row.code, { before: current, after: termView(row) });
    return { term: termView(row) };
  }

  /** Deletes a term that has no sections (admin). */
  async deleteTerm(caller: AdminCaller, id: string) {
    requireAdmin(caller.claims);
    const before = await this.store.termById(id);
    const [used] = await this.store.db.select({ n: count() }).from(sections).where(eq(sections.termId, before.id));
    if ((used?.n ?? 0) > 0) throw fail.precondition(`Term ${before.code} has ${plural(used!.n, "section")}: cancel ${used!.n === 1 ? "it" : "them"} instead of deleting the term.`);
    await this.store.writeCatalog((tx) => tx.delete(terms).where(eq(terms.id, before.id)));
    await this.store.audit(caller, "term.delete", "term", before.id, before.code, { before: termView(before) });
    return {};
  }
}

/** Runs a term write, turning a duplicate code into ALREADY_EXISTS naming the code. */
async function uniqueTermCode(code: string, write: () => Promise<TermRow[]>): Promise<TermRow> {
  try {
    const [row] = await write();
    return row!;
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw fail.exists(`A term with code ${code} already exists.`, "code");
    throw error;
  }
}
