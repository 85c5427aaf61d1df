import { Elysia } from "elysia";
import { DataTable } from "../../components/table";
import { FilterSelect } from "../../components/form";
import { AdminPage } from "../../components/admin/page";
import { liveFilter, Pager, pagingState, urlWith } from "../../components/admin/lists";
import { text, unchecked } from "../../components/admin/forms";
import { ok, type Answer, type GatewayApi } from "../../gateway";
import { endOfLocalDay, formatDateTime, startOfLocalDay } from "../../../shared/university-time";
import { fieldLabel } from "../../../shared/field-labels";
import { requireUser, sessionPlugin, type Session, type ViewDeps } from "../../session";
import { OBJECT_KINDS } from "../../../shared/audit-view";

/** One event of the merged audit trail as the gateway returns it. */
export type AuditEvent = Answer<GatewayApi["audit"]["get"]>["events"][number];

const PAGE_SIZE = 50;
const RESULTS = "#audit-results";
const ACTION_LABEL: Record<string, string> = {
  "user.create": "Created account",
  "user.update": "Changed account",
  "user.reset_password": "Reset password",
  "user.sso_sign_in": "Signed in with the university",
  "lms_client.create": "Registered LMS client",
  "lms_client.revoke": "Revoked LMS client",
  "term.create": "Created term",
  "term.update": "Changed term",
  "term.delete": "Deleted term",
  "course.create": "Created course",
  "course.update": "Changed course",
  "course.retire": "Retired course",
  "section.create": "Created section",
  "section.update": "Changed section",
  "section.cancel": "Cancelled section",
};
const ENTITY_LINK: Record<string, (id: string) => string> = {
  user: (id) => `/admin/users/${id}`,
  term: (id) => `/admin/terms/${id}/edit`,
  course: (id) => `/admin/courses/${id}/edit`,
  section: (id) => `/admin/sections/${id}/edit`,
  lms_client: () => "/admin/lms-clients",
};
// Identifying fields shown for a created or removed thing, in this order.
const NAMING_FIELDS = ["code", "course_code", "username", "name", "title", "label", "role"];

function short(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  return text === undefined ? "—" : text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** What an event changed, in one readable line: "name: Ada → Ada L." or the thing's name. */
export function describeChange(details: unknown): string {
  if (!details || typeof details !== "object") return short(details ?? "");
  const record = details as Record<string, unknown>;
  const before = record.before as Record<string, unknown> | undefined;
  const after = record.after as Record<string, unknown> | undefined;
  if (before && after && typeof before === "object" && typeof after === "object") {
    const changed = Object.keys({ ...before, ...after })
      .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
      .map((key) => `${fieldLabel(key)}: ${short(before[key])} → ${short(after[key])}`);
    const extra = Object.entries(record)
      .filter(([key, value]) => key !== "before" && key !== "after" && value)
      .map(([key, value]) => `${fieldLabel(key)}: ${short(value)}`);
    return [...changed, ...extra].join("; ") || "no visible change";
  }
  const subject = (after ?? before ?? record) as Record<string, unknown>;
  const named = NAMING_FIELDS.filter((key) => subject[key] !== undefined && subject[key] !== "").map((key) => `${fieldLabel(key)}: ${short(subject[key])}`);
  const rest = Object.entries(record)
    .filter(([key]) => key !== "before" && key !== "after" && !NAMING_FIELDS.includes(key))
    .map(([key, value]) => `${fieldLabel(key)}: ${short(value)}`);
  return [...named, ...rest].join("; ") || short(record);
}

/** The changed object as people name it: "section CS 101-001", "account student3". */
export function objectName(event: Pick<AuditEvent, "entity" | "entity_label" | "entity_id">): string {
  return `${OBJECT_KINDS[event.entity] ?? event.entity} ${event.entity_label || event.entity_id}`;
}

/** A table of audit events: when, who, what, on which object and the change. */
export function AuditTable(props: { events: AuditEvent[]; caption: string; timeZone: string }) {
  return (
    <DataTable class="card p-0" caption={props.caption} columns={["When", "Who", "What", "Object", "Change"]}>
      {props.events.map((event) => {
        const link = ENTITY_LINK[event.entity];
        return (
          <tr>
            <td class="whitespace-nowrap" safe>{formatDateTime(event.created_at, props.timeZone)}</td>
            <td safe>{event.actor_username}</td>
            <td>
              {link && !event.action.endsWith(".delete") ? (
                <a class="link" href={link(event.entity_id)} safe>
                  {ACTION_LABEL[event.action] ?? event.action}
                </a>
              ) : (
                <span safe>{ACTION_LABEL[event.action] ?? event.action}</span>
              )}
            </td>
            <td class="whitespace-nowrap" safe>
              {objectName(event)}
            </td>
            <td class="max-w-md break-words text-xs" safe>
              {describeChange(event.details)}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The audit trail's filters as the page's query carries them (dates are days in the university's zone). */
interface AuditQuery {
  actor: string;
  object: string;
  action: string;
  from: string;
  to: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function auditQuery(query: Record<string, string | undefined>): AuditQuery {
  const day = (value: string | undefined) => (DATE.test(value ?? "") ? value! : "");
  const action = text(query.action, 40);
  return { actor: text(query.actor, 100).trim(), object: text(query.object, 100).trim(), action: ACTION_CHOICES.some((c) => c.value === action) ? action : "", from: day(query.from), to: day(query.to) };
}

/** The actions to filter by: every action on one kind of object, then each action. */
const ACTION_CHOICES = [
  ...Object.entries(OBJECT_KINDS).map(([entity, word]) => ({ value: entity, label: `Anything on ${word}s` })),
  ...Object.entries(ACTION_LABEL).map(([action, label]) => ({ value: action, label })),
];

/** The filter form of the audit trail: who, object, action and a date range; results reload in place. */
function AuditFilters(props: { filter: AuditQuery; timeZone: string }) {
  const live = (trigger: string) => liveFilter("/admin/audit", RESULTS, trigger);
  const input = (name: keyof AuditQuery, label: string, type: string, placeholder = "") => (
    <div>
      <label for={`audit-${name}`} class="mb-1 block text-sm font-medium" safe>
        {label}
      </label>
      <input id={`audit-${name}`} name={name} type={type} value={props.filter[name]} placeholder={placeholder} maxlength={type === "search" ? 100 : undefined} class="input" {...live(type === "search" ? "input changed delay:400ms" : "change")} />
    </div>
  );
  return (
    <form method="get" action="/admin/audit" hx-get="/admin/audit" hx-target={RESULTS} hx-swap="outerHTML" hx-push-url="true" role="search" class="mb-4 flex flex-wrap items-end gap-3">
      {input("actor", "Who", "search", "username")}
      {input("object", "Object", "search", "e.g. CS 101-001 or student3")}
      <FilterSelect id="audit-action" name="action" label="Action" all="All actions" options={ACTION_CHOICES} value={props.filter.action} attrs={live("change")} />
      {input("from", "From", "date")}
      {input("to", "To (inclusive)", "date")}
      <button type="submit" class="btn-secondary">
        Filter
      </button>
      <p class="w-full text-xs text-slate-500" safe>{`Days are in the university's time zone, ${props.timeZone}.`}</p>
    </form>
  );
}

/** The gateway query of a filter: days become the instants where they begin and end in the university's zone. */
function auditApiQuery(filter: AuditQuery, session: Session, pageToken: string) {
  return unchecked<NonNullable<Parameters<GatewayApi["audit"]["get"]>[0]>["query"]>({
    actor: filter.actor || undefined,
    object: filter.object || undefined,
    action: filter.action || undefined,
    since: filter.from ? startOfLocalDay(filter.from, session.timeZone)?.toISOString() : undefined,
    until: filter.to ? endOfLocalDay(filter.to, session.timeZone)?.toISOString() : undefined,
    page_size: PAGE_SIZE,
    page_token: pageToken || undefined,
  });
}

/** The audit trail of every admin action, accounts and catalog merged, newest first, filtered by who, object, action and days. */
export function adminAuditPages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get("/admin/audit", async ({ session, query }) => {
    requireUser(session, "/admin/audit", "ADMIN");
    const paging = pagingState(query);
    const filter = auditQuery(query);
    const filtered = Object.values(filter).some(Boolean);
    const page = await ok(session.gateway.audit.get({ query: auditApiQuery(filter, session, paging.pageToken) }));
    const results = (
      <div id="audit-results">
        <AuditTable events={page.events} caption="Admin actions, newest first" timeZone={session.timeZone} />
        {page.events.length === 0 && <p class="mt-4 text-slate-600">{filtered ? "No admin action matches these filters." : "Nothing recorded yet."}</p>}
        <Pager link={(page_token, back) => urlWith("/admin/audit", { ...filter, page_token, back })} {...paging} nextPageToken={page.next_page_token} target={RESULTS} shown={page.events.length} pageSize={PAGE_SIZE} />
      </div>
    );
    if (session.htmx) return results;
    return (
      <AdminPage session={session} path="/admin/audit" title="Audit trail" lead="Every change made by an administrator to accounts, terms, courses and sections: who, when, what and on which object.">
        <AuditFilters filter={filter} timeZone={session.timeZone} />
        {results}
      </AdminPage>
    );
  });
}
