import { Elysia } from "elysia";
import { AdminPage } from "../../components/admin/page";
import { formatDateTime } from "../../../shared/university-time";
import { requireUser, sessionPlugin, type ViewDeps } from "../../session";
import { ok } from "../../gateway";
import { loadTerms } from "../../components/registration/api";
import { adminAppointmentPages } from "./appointments";
import { adminAuditPages, AuditTable } from "./audit";
import { adminCoursePages } from "./courses";
import { adminHoldPages } from "./holds";
import { adminLmsClientPages } from "./lms-clients";
import { adminSectionPages } from "./sections";
import { adminTermPages, termStatus } from "./terms";
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
    const accounts = (role: "STUDENT" | "FACULTY" | "ADMIN") => ok(session.gateway.users.get({ query: { role, page_size: 1 } })).then((r) => r.total_size);
    const terms = await loadTerms(session);
    const open = terms.filter((term) => term.registration_open);
    const upcoming = terms.filter((term) => Date.parse(term.registration_opens_at) > Date.now()).sort((a, b) => a.registration_opens_at.localeCompare(b.registration_opens_at))[0];
    const focusTerm = open[0] ?? upcoming ?? terms[0];
    const [students, faculty, admins, courses, sections, audit] = await Promise.all([
      accounts("STUDENT"),
      accounts("FACULTY"),
      accounts("ADMIN"),
      ok(session.gateway.courses.get({ query: { all: true, page_size: 1 } })).then((r) => r.total_size),
      focusTerm ? ok(session.gateway.sections.get({ query: { term: focusTerm.id, page_size: 1 } })).then((r) => r.total_size) : Promise.resolve(0),
      ok(session.gateway.audit.get({ query: { page_size: 8 } })),
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

/** The admin area under /admin: overview, terms, courses, sections, accounts, the audit trail, holds and appointments. */
export function adminPages(deps: ViewDeps) {
  return new Elysia()
    .use(adminOverviewPages(deps))
    .use(adminTermPages(deps))
    .use(adminCoursePages(deps))
    .use(adminSectionPages(deps))
    .use(adminUserPages(deps))
    .use(adminAuditPages(deps))
    .use(adminHoldPages(deps))
    .use(adminAppointmentPages(deps))
    .use(adminLmsClientPages(deps));
}
