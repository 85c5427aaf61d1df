import { Elysia } from "elysia";
import { Layout } from "../components/layout";
import { formatGpa } from "../components/grading/format";
import { formatDate } from "../../shared/university-time";
import { GpaNote, TermTable, WithdrawalsUnavailable } from "../components/grading/student-record";
import { ok } from "../gateway";
import { loadMe } from "../components/me";
import { requireUser, sessionPlugin, type ViewDeps } from "../session";


/** The student's unofficial transcript: every term oldest first, totals, printable. */
export function transcriptPages(deps: ViewDeps) {
  return new Elysia().use(sessionPlugin(deps)).get("/transcript", async ({ session }) => {
    requireUser(session, "/transcript", "STUDENT");
    const [transcript, user] = await Promise.all([ok(session.gateway.me.transcript.get()), loadMe(session)]);
    return (
      <Layout title="Unofficial transcript" session={session} path="/transcript">
        <div class="transcript">
          <div class="mb-6 flex flex-wrap items-start justify-between gap-4">
            <div>
              <p class="text-sm font-semibold uppercase tracking-wide text-indigo-800">EduStream</p>
              <h1 class="text-2xl font-bold tracking-tight">Unofficial transcript</h1>
              <p class="mt-1 text-sm text-slate-600" safe>
                {`Issued ${formatDate(new Date(), session.timeZone)}. This is not an official transcript.`}
              </p>
            </div>
            <button type="button" class="btn-secondary print:hidden" data-print>
              Print
            </button>
          </div>
          <WithdrawalsUnavailable unavailable={transcript.withdrawals_unavailable} />
          <section aria-label="Student" class="card mb-6">
            <dl class="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
              <dt class="text-slate-600">Student</dt>
              <dd class="font-semibold" safe>
                {user.name}
              </dd>
              <dt class="text-slate-600">Student ID</dt>
              <dd class="font-mono" safe>
                {user.username}
              </dd>
            </dl>
          </section>
          {transcript.terms.length === 0 ? (
            <div class="card mb-6">
              <p>No grades have been released yet, so the transcript is empty. Released grades appear here, term by term.</p>
            </div>
          ) : (
            <>
              {transcript.terms.map((term) => (
                <TermTable term={term} withPoints />
              ))}
              <section aria-labelledby="totals-heading" class="card totals mb-6">
                <h2 id="totals-heading" class="text-lg font-semibold">
                  Totals
                </h2>
                <dl class="mt-2 grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
                  <div>
                    <dt class="text-slate-600">Credits attempted</dt>
                    <dd class="text-xl font-semibold">{transcript.credits_attempted}</dd>
                  </div>
                  <div>
                    <dt class="text-slate-600">Credits earned</dt>
                    <dd class="text-xl font-semibold">{transcript.credits_earned}</dd>
                  </div>
                  <div>
                    <dt class="text-slate-600">Quality points</dt>
                    <dd class="text-xl font-semibold" safe>
                      {transcript.quality_points.toFixed(2)}
                    </dd>
                  </div>
                  <div>
                    <dt class="text-slate-600">Cumulative GPA</dt>
                    <dd class="text-xl font-semibold" safe>
                      {formatGpa(transcript.cumulative_gpa)}
                    </dd>
                  </div>
                </dl>
              </section>
            </>
          )}
          <GpaNote />
        </div>
      </Layout>
    );
  });
}
