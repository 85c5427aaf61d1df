import { Elysia } from "elysia";
import { DataTable } from "../../components/table";
import { AdminPage, Pager, pagingState, urlWith } from "../../components/admin/ui";
import { formatDateTime } from "../../../shared/university-time";
import { requireUser, sessionPlugin, type ViewDeps } from "../../session";
import type { AuditTrailEntry } from "../../../shared/audit-view";

/** One event of the merged audit trail as the gateway returns it. */
export type AuditEvent = AuditTrailEntry;

const PAGE_SIZE = 50;
const RESULTS = "#audit-results";
const ACTION_LABEL: Record<string, string> = {
  "user.create": "Created account",
  "user.update": "Changed account",
  "user.reset_password": "Reset password",
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
      .map((key) => `${key}: ${short(before[key])} → ${short(after[key])}`);
    const extra = Object.entries(record)
      .filter(([key, value]) => key !== "before" && key !== "after" && value)
      .map(([key, value]) => `${key}: ${short(value)}`);
    return [...changed, ...extra].join("; ") || "no visible change";
  }
  const subject = (after ?? before ?? record) as Record<string, unknown>;
  const named = NAMING_FIELDS.filter((key) => subject[key] !== undefined && subject[key] !== "").map((key) => `${key}: ${short(subject[key])}`);
  const rest = Object.entries(record)
    .filter(([key]) => key !== "before" && key !== "after" && !NAMING_FIELDS.includes(key))
    .map(([key, value]) => `${key}: ${short(value)}`);
  return [...named, ...rest].join("; ") || short(record);
}

/** A table of audit events: when, who, what and the change. */
export function AuditTable(props: { events: AuditEvent[]; caption: string; timeZone: string }) {
  return (
    <DataTable class="card p-0" caption={props.caption} columns={["When", "Who", "What", "Change"]}>
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
            <td class="max-w-md break-words text-xs" safe>
              {describeChange(event.details)}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}

/** The audit trail of every admin action, accounts and catalog merged, newest first. */
export function adminAuditPages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get("/admin/audit", async ({ session, query }) => {
    requireUser(session, "/admin/audit", "ADMIN");
    const paging = pagingState(query);
    const page = await session.api<{ events: AuditEvent[]; next_page_token: string }>(urlWith("/api/v1/audit", { page_size: String(PAGE_SIZE), page_token: paging.pageToken }));
    const results = (
      <div id="audit-results">
        <AuditTable events={page.events} caption="Admin actions, newest first" timeZone={session.timeZone} />
        {page.events.length === 0 && <p class="mt-4 text-slate-600">Nothing recorded yet.</p>}
        <Pager link={(page_token, back) => urlWith("/admin/audit", { page_token, back })} {...paging} nextPageToken={page.next_page_token} target={RESULTS} shown={page.events.length} pageSize={PAGE_SIZE} />
      </div>
    );
    if (session.htmx) return results;
    return (
      <AdminPage session={session} path="/admin/audit" title="Audit trail" lead="Every change made by an administrator to accounts, terms, courses and sections: who, when and what changed.">
        {results}
      </AdminPage>
    );
  });
}
