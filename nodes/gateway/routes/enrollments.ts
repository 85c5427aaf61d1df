import { Elysia, t } from "elysia";
import { AppError } from "../../shared/errors";
import { gatewayContext, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
// Enroll and Drop answer with what a page needs to show the change, so it need not ask again.
const SUMMARY_DOC =
  "`summary`, read after the change committed: `seats` {section_id, capacity, enrolled, available, waitlisted, cancelled}, the student's `schedule` in the section's term {term_id, enrolled_credits, credit_limit, enrolled_sections, waitlisted_sections}, and the term's `window` {id, code, name, starts_on, ends_on, registration_opens_at, registration_closes_at, add_drop_deadline, registration_open}.";

/** Registration: enroll (or join the waitlist), drop, one's schedule, and a section's roster. */
export function enrollmentRoutes(deps: GatewayDeps) {
  const { enrollment } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["registration"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .post(
      "/enrollments",
      async ({ body, caller, request, set }) => {
        const key = request.headers.get("idempotency-key") ?? "";
        if (key && !IDEMPOTENCY_KEY.test(key)) {
          throw new AppError("INVALID_ARGUMENT", "The Idempotency-Key header must be 1-200 visible ASCII characters.", [{ field: "Idempotency-Key", message: "1-200 visible ASCII characters." }]);
        }
        const result = await enrollment.Enroll({ section_id: body.section_id, idempotency_key: key, no_waitlist: body.waitlist === false }, caller);
        deps.catalogCache.forgetSection(body.section_id);
        set.status = 201;
        if (result.replayed) set.headers["idempotent-replayed"] = "true";
        const { position, ...rest } = result.enrollment!;
        return { enrollment: rest.status === "WAITLISTED" ? { ...rest, position } : rest, replayed: result.replayed, summary: result.summary! };
      },
      {
        auth: true,
        body: t.Object(
          {
            section_id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("section_id", "is required: the id of the section to enroll in.") }),
            waitlist: t.Optional(t.Boolean({ error: fieldMessage("waitlist", "must be true or false.") })),
          },
          { additionalProperties: false },
        ),
        detail: {
          summary: "Enroll in a section, or join its waitlist when full",
          description:
            `Students only. 201 with {enrollment: {id, status: ENROLLED|WAITLISTED, position?, section}, replayed, summary}. ${SUMMARY_DOC} With waitlist=false a full section is refused instead. Send an Idempotency-Key header to make retries safe: the same key returns the first result (header Idempotent-Replayed: true) and never takes a second seat.`,
          tags: ["registration"],
          security: [{ bearer: [] }],
        },
      },
    )
    .delete(
      "/enrollments/:id",
      async ({ params, query, caller }) => {
        const result = await enrollment.Drop({ enrollment_id: params.id, withdraw: query.withdraw ?? false }, caller);
        if (result.summary?.seats) deps.catalogCache.forgetSection(result.summary.seats.section_id);
        return result;
      },
      {
        auth: true,
        params: t.Object({ id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("id", "must be an enrollment id.") }) }),
        query: t.Object({ withdraw: t.Optional(t.BooleanString({ error: fieldMessage("withdraw", "must be true or false.") })) }, { additionalProperties: false }),
        detail: {
          summary: "Drop a section (before the add/drop deadline), withdraw from it (after, with withdraw=true) or leave its waitlist",
          description:
            `Students, own enrollments only. Before the add/drop deadline an enrolled section is dropped (status DROPPED, no record). After it, leaving is a withdrawal (status WITHDRAWN, a W on the transcript, not in the GPA) and needs withdraw=true, else 400 naming \`withdraw\`; after the term's last day, or once the section's grades are released, it is refused (400). A freed seat goes at once to the first eligible student on the waitlist (promoted_student_id). 200 with {enrollment, promoted_student_id, summary}. ${SUMMARY_DOC}`,
          tags: ["registration"],
          security: [{ bearer: [] }],
        },
      },
    )
    .get("/me/enrollments", ({ query, caller }) => enrollment.ListMyEnrollments({ term_id: query.term ?? "", include_dropped: query.include_dropped ?? false }, caller), {
      auth: true,
      query: t.Object(
        {
          term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })),
          include_dropped: t.Optional(t.BooleanString({ error: fieldMessage("include_dropped", "must be true or false.") })),
        },
        { additionalProperties: false },
      ),
      detail: { summary: "My schedule: enrolled and waitlisted sections of a term, with credits", tags: ["registration"], security: [{ bearer: [] }] },
    })
    .get("/sections/:id/registration", ({ params, caller }) => enrollment.GetRegistrationSummary({ section_id: params.id }, caller), {
      auth: true,
      params: t.Object({ id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("id", "must be a section id.") }) }),
      detail: {
        summary: "A section as my registration page shows it: the section, my place in it (enrollment, absent when none) and its summary",
        description: `Students only. {section, enrollment?, summary}. ${SUMMARY_DOC}`,
        tags: ["registration"],
        security: [{ bearer: [] }],
      },
    })
    .get("/sections/:id/roster", ({ params, caller }) => enrollment.GetRoster({ section_id: params.id }, caller), {
      auth: true,
      params: t.Object({ id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("id", "must be a section id.") }) }),
      detail: { summary: "A section's enrolled students and its waitlist in order (its instructor, admins)", tags: ["registration"], security: [{ bearer: [] }] },
    });
}
