import { Elysia, t } from "elysia";
import { gatewayContext, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";

const SectionParams = t.Object({ id: t.String({ format: "uuid", error: fieldMessage("id", "must be a section id (UUID).") }) });
const GradeParams = t.Object({
  id: t.String({ format: "uuid", error: fieldMessage("id", "must be a section id (UUID).") }),
  student_id: t.String({ format: "uuid", error: fieldMessage("student_id", "must be a student's user id (UUID).") }),
});
const TermQuery = t.Object({ term: t.Optional(t.String({ maxLength: 64, error: fieldMessage("term", "must be a term id or code.") })) }, { additionalProperties: false });
const Reason = t.String({ maxLength: 500, error: fieldMessage("reason", "must be at most 500 characters.") });
const ImportBody = t.Object(
  {
    csv: t.String({ minLength: 1, maxLength: 1_000_000, error: fieldMessage("csv", "is required: the text of the file, one student,grade per line.") }),
    reason: t.Optional(Reason),
  },
  { additionalProperties: false },
);
const ImportQuery = t.Object(
  {
    dry_run: t.Optional(t.String({ pattern: "^(true|false|1|0)$", error: fieldMessage("dry_run", "must be true or false.") })),
    reason: t.Optional(Reason),
  },
  { additionalProperties: false },
);

/** The REST contract spells "no grade yet" as an empty state (DESIGN.md), not the proto's zero value. */
function withRestState<T extends { state: string }>(item: T): T {
  return item.state === "GRADE_STATE_UNSPECIFIED" ? { ...item, state: "" } : item;
}

/**
 * Grades: students' released grades and transcripts, and faculty's grade sheets (set, CSV
 * import with preview, release, history, distribution).
 */
export function gradesRoutes(deps: GatewayDeps) {
  const { grades, facultyGrades } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["grades"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .get("/grade-scale", ({ requestId }) => grades.GetGradeScale({}, { requestId }), {
      detail: { summary: "The grade scale: codes, points, which count in the GPA and which pass", tags: ["grades"] },
    })
    .get("/me/grades", ({ query, caller }) => grades.ListMyGrades({ term_id: query.term ?? "" }, caller), {
      auth: true,
      query: TermQuery,
      detail: { summary: "Student: own released grades by term (newest first), term GPA and cumulative GPA; `term` (id or code) narrows to one term", tags: ["grades"] },
    })
    .get("/me/transcript", ({ caller }) => grades.GetTranscript({ student_id: "" }, caller), {
      auth: true,
      detail: { summary: "Student: own unofficial transcript, oldest term first, with credits attempted and earned and quality points", tags: ["grades"] },
    })
    .get("/students/:id/transcript", ({ params, caller }) => grades.GetTranscript({ student_id: params.id }, caller), {
      auth: true,
      params: t.Object({ id: t.String({ format: "uuid", error: fieldMessage("id", "must be a student's user id (UUID).") }) }),
      detail: { summary: "Admin: any student's unofficial transcript", tags: ["grades"] },
    })
    .get("/me/sections", async ({ query, caller }) => {
      const { sections } = await facultyGrades.ListMySections({ term_id: query.term ?? "" }, caller);
      return { sections: sections.map(withRestState) };
    }, {
      auth: true,
      query: TermQuery,
      detail: { summary: "Faculty: the sections they teach (newest term first), with roster size and grading state; `term` (id or code) narrows to one term", tags: ["grades"] },
    })
    .get("/sections/:id/grades", async ({ params, caller }) => {
      const sheet = await facultyGrades.GetGradeSheet({ section_id: params.id }, caller);
      return { ...sheet, section: sheet.section && withRestState(sheet.section), rows: sheet.rows.map(withRestState) };
    }, {
      auth: true,
      params: SectionParams,
      detail: { summary: "Faculty (own sections) or admin: the grade sheet, a row per enrolled student with grade and state", tags: ["grades"] },
    })
    .get("/sections/:id/grades/distribution", ({ params, caller }) => facultyGrades.GetGradeDistribution({ section_id: params.id }, caller), {
      auth: true,
      params: SectionParams,
      detail: { summary: "Faculty (own sections) or admin: how many students have each grade, in scale order", tags: ["grades"] },
    })
    .put(
      "/sections/:id/grades/:student_id",
      async ({ params, body, caller }) => {
        const { row } = await facultyGrades.SetGrade({ section_id: params.id, student_id: params.student_id, grade: body.grade, reason: body.reason ?? "" }, caller);
        return { row: row && withRestState(row) };
      },
      {
        auth: true,
        params: GradeParams,
        body: t.Object(
          { grade: t.String({ minLength: 1, maxLength: 8, error: fieldMessage("grade", "is required: a code of the grade scale, e.g. A-.") }), reason: t.Optional(Reason) },
          { additionalProperties: false },
        ),
        detail: { summary: "Faculty (own sections): set a student's grade (a draft until released); a released grade changes only with a reason, kept in the audit trail", tags: ["grades"] },
      },
    )
    .post(
      "/sections/:id/grades/import",
      ({ params, query, body, caller }) =>
        facultyGrades.ImportGrades(
          { section_id: params.id, csv: body.csv, dry_run: query.dry_run === "true" || query.dry_run === "1", reason: body.reason ?? query.reason ?? "" },
          caller,
        ),
      {
        auth: true,
        params: SectionParams,
        query: ImportQuery,
        // A CSV upload (text/csv) is read as `{csv}`, so both kinds of body meet one schema.
        parse: async ({ request, contentType }) => (/^text\/(csv|plain)\b/i.test(contentType) ? { csv: await request.text() } : undefined),
        body: ImportBody,
        detail: {
          summary: "Faculty (own sections): import grades from CSV (`student,grade`; student by username or id). With dry_run=true every row's outcome is returned and nothing is written; otherwise all rows are written in one transaction, or none when any row has a problem (400 with the rows in details). Send text/csv, or JSON {csv, reason}.",
          tags: ["grades"],
        },
      },
    )
    .post("/sections/:id/grades/release", ({ params, caller }) => facultyGrades.ReleaseGrades({ section_id: params.id }, caller), {
      auth: true,
      params: SectionParams,
      detail: { summary: "Faculty (own sections): release the section's grades to its students", tags: ["grades"] },
    })
    .get(
      "/sections/:id/grades/:student_id/history",
      ({ params, caller }) => facultyGrades.GetGradeHistory({ section_id: params.id, student_id: params.student_id }, caller),
      {
        auth: true,
        params: GradeParams,
        detail: { summary: "Faculty (own sections) or admin: the audit trail of one grade (who, when, old, new, reason), oldest first", tags: ["grades"] },
      },
    );
}
