import { Elysia } from "elysia";
import { AdminPage, urlWith } from "../../components/admin/ui";
import { formatDateTime } from "../../../shared/university-time";
import { requireUser, sessionPlugin, type ViewDeps } from "../../session";
import { adminAuditPages, AuditTable, type AuditEvent } from "./audit";
import { adminCoursePages } from "./courses";
import { adminSectionPages } from "./sections";
import { adminTermPages, termStatus, type Term } from "./terms";
import { adminUserPages } from "./users";

/** A number with its label, linked to the list it counts. */
function Count(props: { href: string; value: number; label: string }) {
  return (
    <a href={props.href} class="card block hover:border-indigo-400 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600">
      <span class="block text-2xl font-bold text-indigo-800">{String(props.value)}</span>
      <span class="text-sm text-slate-600" safe>
        {props.label}
      </span>
    </a>
  );
}

/** The overview: which term is open for registration, counts, and the latest admin actions. */
function adminOverviewPages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get("/admin", async ({ session }) => {
    requireUser(session, "/admin", "ADMIN");
    const total = (path: string) => session.api<{ total_size: number }>(path).then((r) => r.total_size);
    const { terms } = await session.api<{ terms: Term[] }>("/api/v1/terms");
    const open = terms.filter((term) => term.registration_open);
    const upcoming = terms.filter((term) => Date.parse(term.registration_opens_at) > Date.now()).sort((a, b) => a.registration_opens_at.localeCompare(b.registration_opens_at))[0];
    const focusTerm = open[0] ?? upcoming ?? terms[0];
    const [students, faculty, admins, courses, sections, audit] = await Promise.all([
      total("/api/v1/users?role=STUDENT&page_size=1"),
      total("/api/v1/users?role=FACULTY&page_size=1"),
      total("/api/v1/users?role=ADMIN&page_size=1"),
      total("/api/v1/courses?all=true&page_size=1"),
      focusTerm ? total(urlWith("/api/v1/sections", { term: focusTerm.id, page_size: "1" })) : Promise.resolve(0),
      session.api<{ events: AuditEvent[] }>("/api/v1/audit?page_size=8"),
    ]);
    return (
      <AdminPage session={session} path="/admin" title="Administration" lead="Terms, courses, sections and accounts.">
        <section class="card mb-6" aria-labelledby="registration-now">
          <h2 id="registration-now" class="font-semibold">
            Registration now
          </h2>
          {open.length ? (
            open.map((term) => (
              <p class="mt-2">
                <span class={`badge ${termStatus(term, session.timeZone).tone}`}>Open</span> <strong safe>{`${term.name} (${term.code})`}</strong>
                <span class="text-slate-600" safe>{` · closes ${formatDateTime(term.registration_closes_at, session.timeZone)}, add/drop until ${formatDateTime(term.add_drop_deadline, session.timeZone)}`}</span>
              </p>
            ))
          ) : (
            <p class="mt-2">No term is open for registration right now.</p>
          )}
          {upcoming && (
            <p class="mt-2 text-sm text-slate-600" safe>{`Next to open: ${upcoming.name} (${upcoming.code}) on ${formatDateTime(upcoming.registration_opens_at, session.timeZone)}.`}</p>
          )}
          <a href="/admin/terms" class="link mt-3 inline-block">
            Manage terms
          </a>
        </section>
        <div class="mb-6 grid grid-cols-2 gap-4 sm:grid-cols-5">
          <Count href="/admin/users?role=STUDENT" value={students} label="Students" />
          <Count href="/admin/users?role=FACULTY" value={faculty} label="Faculty" />
          <Count href="/admin/users?role=ADMIN" value={admins} label="Administrators" />
          <Count href="/admin/courses" value={courses} label="Courses" />
          <Count href={focusTerm ? `/admin/sections?term=${focusTerm.id}` : "/admin/sections"} value={sections} label={focusTerm ? `Sections in ${focusTerm.code}` : "Sections"} />
        </div>
        <section aria-labelledby="recent">
          <h2 id="recent" class="mb-2 font-semibold">
            Recent admin actions
          </h2>
          <AuditTable events={audit.events} caption="The latest admin actions" timeZone={session.timeZone} />
          {audit.events.length === 0 && <p class="mt-2 text-slate-600">Nothing recorded yet.</p>}
          <a href="/admin/audit" class="link mt-3 inline-block">
            Whole audit trail
          </a>
        </section>
      </AdminPage>
    );
  });
}

/** The admin area under /admin: overview, terms, courses, sections, accounts and the audit trail. */
export function adminPages(deps: ViewDeps) {
  return new Elysia()
    .use(adminOverviewPages(deps))
    .use(adminTermPages(deps))
    .use(adminCoursePages(deps))
    .use(adminSectionPages(deps))
    .use(adminUserPages(deps))
    .use(adminAuditPages(deps));
}
