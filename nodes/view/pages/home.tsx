import { Elysia } from "elysia";
import { Layout, PageHeader } from "../components/layout";
import { loadMySchedule, loadTerms } from "../components/registration/api";
import { StudentOverview } from "../components/registration/student-overview";
import { loadMe, type Me } from "../components/me";
import { requireUser, sessionPlugin, type Session, type ViewDeps } from "../session";
import type { AccountRole as Role } from "../../shared/tokens";


/** Shortcut cards on the dashboard of each role. */
const SHORTCUTS: Record<Role, Array<{ href: string; title: string; text: string }>> = {
  STUDENT: [
    { href: "/catalog", title: "Find sections", text: "Search the catalog by course, department or open seats, and add sections." },
    { href: "/schedule", title: "My schedule", text: "Your week at a glance, with credits and waitlist positions." },
    { href: "/grades", title: "My grades", text: "Released grades with term and cumulative GPA." },
    { href: "/transcript", title: "Unofficial transcript", text: "Every term on one printable page." },
  ],
  FACULTY: [
    { href: "/teaching", title: "My sections", text: "Rosters, waitlists and grade sheets of the sections you teach." },
    { href: "/catalog", title: "Catalog", text: "Browse courses and sections of every term." },
  ],
  ADMIN: [
    { href: "/admin", title: "Administration", text: "Terms, courses, sections and accounts, with an audit trail." },
    { href: "/catalog", title: "Catalog", text: "Browse courses and sections as students see them." },
  ],
};

/** The student's current term (the schedule's default) and their places in it. */
async function studentNow(session: Session) {
  const [terms, schedule] = await Promise.all([loadTerms(session), loadMySchedule(session)]);
  return <StudentOverview term={terms.find((t) => t.id === schedule.term_id)} schedule={schedule} timeZone={session.timeZone} />;
}

/** The signed-in user's account: who they are and where to change the password. */
function AccountCard(props: { user: Me }) {
  return (
    <section aria-labelledby="account-heading" class="card mt-6">
      <h2 id="account-heading" class="font-semibold">
        Your account
      </h2>
      <p class="mt-1 text-sm text-slate-600" safe>{`Signed in as ${props.user.username} (${props.user.role.toLowerCase()}).`}</p>
      <a href="/account/password" class="btn-secondary btn-small mt-3">
        Change password
      </a>
    </section>
  );
}

/** The public landing page and each role's dashboard. */
export function homePages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/", ({ session }) => (
      <Layout title="Welcome" session={session} path="/">
        <section class="py-8 sm:py-14">
          <h1 class="text-3xl font-bold tracking-tight sm:text-4xl">Registration that keeps up with you.</h1>
          <p class="mt-4 max-w-2xl text-lg text-slate-600">
            EduStream is your university's student portal: search the catalog, add and drop sections with instant waitlists, and see your released grades, GPA and
            transcript. Faculty keep rosters and post grades; administrators run terms and courses.
          </p>
          <div class="mt-8 flex flex-wrap gap-3">
            {session.claims ? (
              <a href="/dashboard" class="btn-primary">
                Go to your dashboard
              </a>
            ) : (
              <>
                <a href="/login" class="btn-primary">
                  Sign in
                </a>
                {session.signUp && (
                  <a href="/register" class="btn-secondary">
                    Create a student account
                  </a>
                )}
              </>
            )}
            <a href="/catalog" class="btn-secondary">
              Browse the catalog
            </a>
          </div>
        </section>
        <section class="grid gap-4 sm:grid-cols-3" aria-label="Highlights">
          <div class="card">
            <h2 class="font-semibold">Exact seats</h2>
            <p class="mt-1 text-sm text-slate-600">A section never takes more students than it has seats, however many click "Add" at once.</p>
          </div>
          <div class="card">
            <h2 class="font-semibold">Waitlists that move</h2>
            <p class="mt-1 text-sm text-slate-600">When someone drops, the next student on the waitlist gets the seat immediately.</p>
          </div>
          <div class="card">
            <h2 class="font-semibold">Grades you can trust</h2>
            <p class="mt-1 text-sm text-slate-600">Grades appear only when released, and every later change is recorded with a reason.</p>
          </div>
        </section>
      </Layout>
    ))
    .get("/dashboard", async ({ session }) => {
      const claims = requireUser(session, "/dashboard");
      const [user, now] = await Promise.all([loadMe(session), claims.role === "STUDENT" ? studentNow(session) : undefined]);
      return (
        <Layout title="Dashboard" session={session} path="/dashboard">
          <PageHeader title={`Hello, ${user.name}`} lead={`You are signed in as ${user.username} (${user.role.toLowerCase()}).`} />
          {now ?? <></>}
          <div class="grid gap-4 sm:grid-cols-2">
            {SHORTCUTS[claims.role].map((s) => (
              <a href={s.href} class="card block hover:border-indigo-400 focusable">
                <h2 class="font-semibold text-indigo-800" safe>
                  {s.title}
                </h2>
                <p class="mt-1 text-sm text-slate-600" safe>
                  {s.text}
                </p>
              </a>
            ))}
          </div>
          <AccountCard user={user} />
        </Layout>
      );
    });
}
