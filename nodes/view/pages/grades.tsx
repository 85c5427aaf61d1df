import { Elysia } from "elysia";
import { Layout, PageHeader } from "../components/layout";
import { formatGpa } from "../components/grading/format";
import { GpaNote, TermTable, WithdrawalsUnavailable } from "../components/grading/student-record";
import { ok } from "../gateway";
import { requireUser, sessionPlugin, type ViewDeps } from "../session";

/** A student's released grades by term (newest first), with term and cumulative GPA. */
export function gradesPages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get("/grades", async ({ session }) => {
    requireUser(session, "/grades", "STUDENT");
    const grades = await ok(session.gateway.me.grades.get());
    const credits = grades.terms.reduce((sum, term) => sum + term.credits_attempted, 0);
    return (
      <Layout title="My grades" session={session} path="/grades">
        <PageHeader title="My grades" lead="Your released grades by term. A grade appears here once your instructor releases it." />
        <WithdrawalsUnavailable unavailable={grades.withdrawals_unavailable} />
        {grades.terms.length === 0 ? (
          <div class="card mb-6">
            <h2 class="text-lg font-semibold">No grades released yet</h2>
            <p class="mt-1 text-slate-600">
              Your grades appear here as soon as your instructors release them. Until then, see the sections you are taking in{" "}
              <a href="/schedule" class="link">
                your schedule
              </a>
              .
            </p>
          </div>
        ) : (
          <>
            <section aria-label="Summary" class="mb-6 grid grid-cols-3 gap-3 sm:gap-4">
              <div class="card p-3 sm:p-5">
                <p class="text-sm text-slate-600">Cumulative GPA</p>
                <p class="text-2xl font-bold sm:text-3xl" safe>
                  {formatGpa(grades.cumulative_gpa)}
                </p>
              </div>
              <div class="card p-3 sm:p-5">
                <p class="text-sm text-slate-600">Credits earned</p>
                <p class="text-2xl font-bold sm:text-3xl">{grades.credits_earned}</p>
              </div>
              <div class="card p-3 sm:p-5">
                <p class="text-sm text-slate-600">Credits attempted</p>
                <p class="text-2xl font-bold sm:text-3xl">{credits}</p>
              </div>
            </section>
            {grades.terms.map((term) => (
              <TermTable term={term} />
            ))}
            <p class="mb-4 text-sm">
              <a href="/transcript" class="link">
                See your unofficial transcript
              </a>{" "}
              (all terms on one printable page).
            </p>
          </>
        )}
        <GpaNote />
      </Layout>
    );
  });
}
