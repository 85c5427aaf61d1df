import { Elysia, t } from "elysia";
import { Layout, PageHeader } from "../components/layout";
import { DataTable } from "../components/table";
import { OutcomeMessage } from "../components/grading/outcome";
import { SectionStateBadge } from "../components/grading/badges";
import { ImportPanel, type ImportState } from "../components/grading/csv-import";
import { formatDateTime, localDate } from "../../shared/university-time";
import { plural } from "../../shared/plural";
import { GradeSheetRow, GradeSheetTable, ReleaseConfirm, SheetOverview, gradingPaths, type RowFeedback } from "../components/grading/grade-sheet";
import { sectionLabel } from "../components/registration/model";
import { sheetWithSection, type GradeDistribution, type GradeRow, type GradeSheet, type TaughtSection } from "../components/grading/types";
import { GatewayError, ok, present } from "../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../session";

type Outcome = { kind: "success" | "error"; text: string };
type Cookies = Parameters<typeof setFlash>[0];

const SectionParams = t.Object({ id: t.String() });
const StudentParams = t.Object({ id: t.String(), student_id: t.String() });
const FormBody = t.Record(t.String(), t.Any());
/** Tells the sheet's overview (status, release, distribution) to reload itself after a row is saved. */
const GRADES_CHANGED = JSON.stringify({ "grades-changed": { target: "body" } });
/** The largest CSV file accepted for import (the view's request limit applies too). */
const MAX_CSV_BYTES = 1_000_000;

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A gateway refusal the page shows in place; sign-in problems go to the global handler. */
function refusal(error: unknown): GatewayError {
  if (error instanceof GatewayError && error.status !== 401) return error;
  throw error;
}

/** The message a user reads for a refusal that is not tied to one field. */
function refusalText(error: GatewayError): string {
  return error.status >= 500 ? "EduStream could not complete this just now. Nothing was changed: try again in a moment." : error.message;
}

async function loadSheet(session: Session, sectionId: string) {
  const [sheet, distribution] = await Promise.all([
    ok(session.gateway.sections({ id: sectionId }).grades.get()).then(sheetWithSection),
    ok(session.gateway.sections({ id: sectionId }).grades.distribution.get()),
  ]);
  return { sheet, distribution };
}

interface SheetExtras {
  confirmRelease?: boolean;
  releaseOutcome?: Outcome;
  importState?: ImportState;
}

/** Everything below the page heading; replaced as a whole after a release or an import. */
function SheetBody(props: { session: Session; sheet: GradeSheet; distribution: GradeDistribution; canEdit: boolean } & SheetExtras) {
  const { session, sheet, canEdit } = props;
  return (
    <div id="sheet-body">
      {props.confirmRelease ? (
        <div id="sheet-overview" class="mb-6">
          <ReleaseConfirm sheet={sheet} csrfToken={session.csrfToken} />
        </div>
      ) : (
        <SheetOverview sheet={sheet} distribution={props.distribution} canEdit={canEdit} releaseOutcome={props.releaseOutcome} timeZone={session.timeZone} />
      )}
      <GradeSheetTable sheet={sheet} canEdit={canEdit} csrfToken={session.csrfToken} />
      {canEdit && sheet.rows.length > 0 && <ImportPanel sectionId={sheet.section.id} csrfToken={session.csrfToken} released={sheet.released} state={props.importState} />}
    </div>
  );
}

function SheetPage(props: { session: Session; sheet: GradeSheet; distribution: GradeDistribution; canEdit: boolean } & SheetExtras) {
  const section = props.sheet.section;
  const label = sectionLabel(section);
  return (
    <Layout title={`Grades · ${label}`} session={props.session} path="/teaching">
      <nav aria-label="Breadcrumb" class="mb-2 text-sm">
        <a href="/teaching" class="link">
          My sections
        </a>
      </nav>
      <PageHeader title={`${label} ${section.course_title}`} lead={`${section.term_name} · ${plural(section.roster_size, "student")} enrolled · ${plural(section.credits, "credit")}`} />
      <p class="-mt-4 mb-6 text-sm">
        <a href={gradingPaths.roster(section.id)} class="link">
          Roster and waitlist
        </a>
      </p>
      <SheetBody {...props} />
    </Layout>
  );
}

/** Answers with the sheet's body (htmx) or the whole sheet page. */
async function renderSheet(session: Session, sectionId: string, canEdit: boolean, extras: SheetExtras = {}) {
  const { sheet, distribution } = await loadSheet(session, sectionId);
  const props = { session, sheet, distribution, canEdit, ...extras };
  return session.htmx ? <SheetBody {...props} /> : <SheetPage {...props} />;
}

/** True when today falls inside the term, or registration for it is open. */
function isCurrentTerm(term: { starts_on: string; ends_on: string; registration_open: boolean }, today: string): boolean {
  return term.registration_open || (term.starts_on <= today && today <= term.ends_on);
}

function SectionsTable(props: { sections: TaughtSection[] }) {
  return (
    <DataTable columns={["Section", "Course", "Students", "Grades entered", "Grading", "Open"]}>
      {props.sections.map((s) => (
        <tr>
          <th scope="row" class="whitespace-nowrap align-top border-slate-100 font-medium" safe>
            {sectionLabel(s)}
          </th>
          <td safe>{s.course_title}</td>
          <td>{s.roster_size}</td>
          <td safe>{`${s.graded_count} of ${s.roster_size}`}</td>
          <td>
            <SectionStateBadge state={s.state} />
          </td>
          <td>
            <div class="flex flex-wrap gap-x-3 gap-y-1 whitespace-nowrap">
              <a href={gradingPaths.sheet(s.id)} class="link">
                Grade sheet<span class="sr-only" safe>{` of ${sectionLabel(s)}`}</span>
              </a>
              <a href={gradingPaths.roster(s.id)} class="link">
                Roster<span class="sr-only" safe>{` of ${sectionLabel(s)}`}</span>
              </a>
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Faculty grading: "My sections", grade sheets with inline editing, CSV import, release, history. */
export function teachingPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/teaching", async ({ session }) => {
      requireUser(session, "/teaching", "FACULTY");
      const [{ sections }, terms] = await Promise.all([
        ok(session.gateway.me.sections.get()),
        // Only marks the current term; the list stands without it.
        ok(session.gateway.terms.get()).then(
          (answer) => answer.terms ?? [],
          () => [],
        ),
      ]);
      const today = localDate(new Date(), session.timeZone);
      const current = new Set(terms.filter((term) => isCurrentTerm(term, today)).map((term) => term.id));
      const byTerm = new Map<string, TaughtSection[]>();
      for (const section of sections) byTerm.set(section.term_id, [...(byTerm.get(section.term_id) ?? []), section]);
      return (
        <Layout title="My sections" session={session} path="/teaching">
          <PageHeader title="My sections" lead="The sections you teach, newest term first, with their rosters and grading state." />
          {sections.length === 0 ? (
            <div class="card">
              <p>You are not teaching any sections yet. When an administrator assigns you a section, it appears here.</p>
            </div>
          ) : (
            <>
              {[...byTerm.values()].map((group) => {
              const first = group[0]!;
              return (
                <section aria-labelledby={`term-${first.term_id}`} class="card mb-6">
                  <h2 id={`term-${first.term_id}`} class="mb-3 flex flex-wrap items-center gap-2 text-lg font-semibold">
                    <span safe>{first.term_name}</span>
                    {current.has(first.term_id) && <span class="badge bg-indigo-100 text-indigo-900">Current term</span>}
                  </h2>
                  <SectionsTable sections={group} />
                </section>
              );
              })}
            </>
          )}
        </Layout>
      );
    })
    .get(
      "/teaching/sections/:id",
      async ({ session, params }) => {
        const claims = requireUser(session, gradingPaths.sheet(params.id), "FACULTY", "ADMIN");
        return renderSheet(session, params.id, claims.role === "FACULTY");
      },
      { params: SectionParams },
    )
    .get(
      "/teaching/sections/:id/overview",
      async ({ session, params }) => {
        const claims = requireUser(session, gradingPaths.sheet(params.id), "FACULTY", "ADMIN");
        if (!session.htmx) throw new Redirect(gradingPaths.sheet(params.id));
        const { sheet, distribution } = await loadSheet(session, params.id);
        return <SheetOverview sheet={sheet} distribution={distribution} canEdit={claims.role === "FACULTY"} timeZone={session.timeZone} />;
      },
      { params: SectionParams },
    )
    .post(
      "/teaching/sections/:id/grades/:student_id",
      async ({ session, params, body, set, cookie }) => {
        requireUser(session, gradingPaths.sheet(params.id), "FACULTY");
        const grade = text(body.grade).trim();
        const reason = text(body.reason).trim();
        const back = () => new Redirect(`${gradingPaths.sheet(params.id)}#grade-row-${encodeURIComponent(params.student_id)}`);
        let feedback: RowFeedback;
        let row: GradeRow | undefined;
        try {
          const answer = await ok(session.gateway.sections({ id: params.id }).grades({ student_id: params.student_id }).put({ grade, ...(reason ? { reason: reason.slice(0, 500) } : {}) }));
          row = present(answer.row, "the saved grade's row");
          const saved = `Saved ${row.grade} for ${row.name || row.username}${row.state === "RELEASED" ? ": released, so students see it now; the change is recorded." : " as a draft."}`;
          if (!session.htmx) {
            setFlash(cookie as Cookies, deps.config, "success", saved);
            throw back();
          }
          feedback = { message: { kind: "success", text: saved } };
          set.headers["hx-trigger"] = GRADES_CHANGED;
        } catch (error) {
          const refused = refusal(error);
          if (!session.htmx) {
            setFlash(cookie as Cookies, deps.config, "error", refusalText(refused));
            throw back();
          }
          set.status = refused.status;
          const fields = refused.fieldMessages();
          feedback =
            "reason" in fields
              ? { grade, reason, reasonError: refused.message }
              : "grade" in fields
                ? { grade, reason, gradeError: refused.message }
                : { grade, reason, message: { kind: "error", text: refusalText(refused) } };
          const sheet = await ok(session.gateway.sections({ id: params.id }).grades.get()).then(sheetWithSection, () => undefined);
          row = sheet?.rows.find((r) => r.student_id === params.student_id);
          if (!sheet || !row) {
            return (
              <tr id={`grade-row-${params.student_id}`}>
                <td colspan="5">
                  <OutcomeMessage kind="error" text={`${refusalText(refused)} Reload the page to see the current grade sheet.`} />
                </td>
              </tr>
            );
          }
          return <GradeSheetRow sectionId={params.id} row={row} allowed={sheet.allowed_grades} canEdit csrfToken={session.csrfToken} feedback={feedback} />;
        }
        const sheetRow = row;
        const allowed = (await ok(session.gateway["grade-scale"].get())).entries.map((e) => e.code);
        return <GradeSheetRow sectionId={params.id} row={sheetRow} allowed={allowed} canEdit csrfToken={session.csrfToken} feedback={feedback} />;
      },
      { params: StudentParams, body: FormBody },
    )
    .get(
      "/teaching/sections/:id/release",
      async ({ session, params }) => {
        requireUser(session, gradingPaths.release(params.id), "FACULTY");
        const { sheet, distribution } = await loadSheet(session, params.id);
        if (session.htmx) {
          return sheet.rows.some((row) => row.state === "DRAFT") ? (
            <ReleaseConfirm sheet={sheet} csrfToken={session.csrfToken} />
          ) : (
            <SheetOverview sheet={sheet} distribution={distribution} canEdit timeZone={session.timeZone} />
          );
        }
        return <SheetPage session={session} sheet={sheet} distribution={distribution} canEdit confirmRelease={sheet.rows.some((row) => row.state === "DRAFT")} />;
      },
      { params: SectionParams },
    )
    .post(
      "/teaching/sections/:id/release",
      async ({ session, params, cookie }) => {
        requireUser(session, gradingPaths.sheet(params.id), "FACULTY");
        let outcome: Outcome;
        try {
          const released = await ok(session.gateway.sections({ id: params.id }).grades.release.post());
          outcome =
            released.released_count > 0
              ? { kind: "success", text: `Released ${plural(released.released_count, "grade")}. Students can see them now.` }
              : { kind: "success", text: "These grades were already released: nothing new to release." };
        } catch (error) {
          outcome = { kind: "error", text: refusalText(refusal(error)) };
        }
        if (!session.htmx) {
          setFlash(cookie as Cookies, deps.config, outcome.kind, outcome.text);
          throw new Redirect(gradingPaths.sheet(params.id));
        }
        return renderSheet(session, params.id, true, { releaseOutcome: outcome });
      },
      { params: SectionParams, body: FormBody },
    )
    .post(
      "/teaching/sections/:id/import",
      async ({ session, params, body, set }) => {
        requireUser(session, gradingPaths.sheet(params.id), "FACULTY");
        const file = body.file;
        const reason = text(body.reason).trim().slice(0, 500);
        const state: ImportState = {};
        let csv = text(body.csv);
        if (file instanceof Blob && file.size > 0) {
          if (file.size > MAX_CSV_BYTES) state.fileError = `The file is too large (${Math.ceil(file.size / 1024)} KB): at most ${MAX_CSV_BYTES / 1000} KB can be imported at once.`;
          else csv = await file.text();
        }
        if (!state.fileError && !csv.trim()) state.fileError = "Choose a CSV file or paste its rows, then preview again.";
        if (!state.fileError) {
          try {
            const result = await ok(session.gateway.sections({ id: params.id }).grades.import.post({ csv, ...(reason ? { reason } : {}) }, { query: { dry_run: "true" } }));
            state.preview = { csv, reason, result };
          } catch (error) {
            const refused = refusal(error);
            set.status = refused.status;
            const fields = refused.fieldMessages();
            if ("reason" in fields) state.reasonError = refused.message;
            else if ("csv" in fields) state.fileError = refused.message;
            else state.message = { kind: "error", text: refusalText(refused) };
          }
        }
        if (state.fileError && !session.htmx) set.status = 400;
        if (!session.htmx) return renderSheet(session, params.id, true, { importState: state });
        const released = text(body.released) === "true" || Boolean(state.preview?.result.rows.some((row) => row.outcome === "REASON_REQUIRED"));
        return <ImportPanel sectionId={params.id} csrfToken={session.csrfToken} released={released} state={state} />;
      },
      { params: SectionParams, body: FormBody },
    )
    .post(
      "/teaching/sections/:id/import/apply",
      async ({ session, params, body, cookie }) => {
        requireUser(session, gradingPaths.sheet(params.id), "FACULTY");
        const csv = text(body.csv);
        const reason = text(body.reason).trim().slice(0, 500);
        let state: ImportState;
        try {
          const result = await ok(session.gateway.sections({ id: params.id }).grades.import.post({ csv, ...(reason ? { reason } : {}) }, { query: { dry_run: "false" } }));
          const changed = result.rows.filter((row) => row.previous_grade !== row.grade).length;
          const unchanged = result.rows.length - changed;
          state = {
            message: {
              kind: "success",
              text: `Imported ${plural(changed, "grade")} from the file${unchanged ? ` (${unchanged} already had that grade)` : ""}.${
                reason ? " Changed released grades are visible to students at once, recorded with your reason." : ""
              } New grades are drafts until you release them.`,
            },
          };
        } catch (error) {
          const refused = refusal(error);
          const said = refusalText(refused);
          state = {
            message: {
              kind: "error",
              text: said.startsWith("Nothing") ? said : `${said} Nothing was imported.`,
              items: refused.details.map((detail) => detail.message).filter(Boolean),
            },
          };
        }
        if (!session.htmx) {
          setFlash(cookie as Cookies, deps.config, state.message!.kind === "success" ? "success" : "error", state.message!.text);
          throw new Redirect(gradingPaths.sheet(params.id));
        }
        return renderSheet(session, params.id, true, { importState: state });
      },
      { params: SectionParams, body: FormBody },
    )
    .get(
      "/teaching/sections/:id/students/:student_id/history",
      async ({ session, params }) => {
        requireUser(session, gradingPaths.history(params.id, params.student_id), "FACULTY", "ADMIN");
        const [history, sheet] = await Promise.all([
          ok(session.gateway.sections({ id: params.id }).grades({ student_id: params.student_id }).history.get()),
          ok(session.gateway.sections({ id: params.id }).grades.get()).then(sheetWithSection),
        ]);
        const label = sectionLabel(sheet.section);
        const row = sheet.rows.find((r) => r.student_id === params.student_id);
        const student = history.student_name || row?.name || "this student";
        return (
          <Layout title={`Grade history · ${student}`} session={session} path="/teaching">
            <nav aria-label="Breadcrumb" class="mb-2 flex flex-wrap gap-2 text-sm">
              <a href="/teaching" class="link">
                My sections
              </a>
              <span aria-hidden="true">›</span>
              <a href={gradingPaths.sheet(params.id)} class="link" safe>
                {`${label} grade sheet`}
              </a>
            </nav>
            <PageHeader
              title={`Grade history: ${student}`}
              lead={`${label} ${sheet.section.course_title}, ${sheet.section.term_name}. Current grade: ${row?.grade || "none"}. Every change is listed, oldest first.`}
            />
            <section class="card" aria-labelledby="history-heading">
              <h2 id="history-heading" class="sr-only">
                Changes
              </h2>
              {history.changes.length === 0 ? (
                <p>No grade has been entered for this student yet.</p>
              ) : (
                <DataTable labelledby="history-heading" columns={["When", "Who", "Action", "Old", "New", "Reason"]}>
                  {history.changes.map((change) => (
                    <tr>
                      <td class="whitespace-nowrap" safe>
                        {formatDateTime(change.changed_at, session.timeZone)}
                      </td>
                      <td safe>{change.actor_name}</td>
                      <td safe>{HISTORY_ACTIONS[change.action] ?? change.action}</td>
                      <td safe>{change.old_grade || "–"}</td>
                      <td class="font-semibold" safe>
                        {change.new_grade}
                      </td>
                      <td safe>{change.reason || "–"}</td>
                    </tr>
                  ))}
                </DataTable>
              )}
            </section>
          </Layout>
        );
      },
      { params: StudentParams },
    );
}

/** How each kind of audit entry reads. */
const HISTORY_ACTIONS: Record<string, string> = {
  set: "Entered",
  import: "Imported (CSV)",
  release: "Released",
  change: "Changed after release",
  lms: "Entered by the LMS (OneRoster)",
};
