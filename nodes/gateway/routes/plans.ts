import { Elysia, t } from "elysia";
import { AppError } from "../../shared/errors";
import { fieldMessage } from "../../shared/field-labels";
import { gatewayContext, type GatewayDeps } from "../context";

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const SECURITY = [{ bearer: [] }];
const PLAN_DOC =
  "`plan`: {id, term_id, version, sections: [{section, added_at, status (your place now: ENROLLED, WAITLISTED or unspecified), position, enrollment_id, last_outcome, last_position, last_reason, registered_at}], planned_credits, enrolled_credits, credit_limit, limit}.";
const TermQuery = t.Object(
  { term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })) },
  { additionalProperties: false },
);
const TermBody = t.Object(
  { term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA."), description: "Term id or code; the current term when left out." })) },
  { additionalProperties: false },
);

/** Plan ahead (a student's plan for a term: add, remove, check, register) and swapping a section for another. */
export function planRoutes(deps: GatewayDeps) {
  const { enrollment } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["registration"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .get("/me/plan", ({ query, caller }) => enrollment.GetPlan({ term_id: query.term ?? "" }, caller), {
      auth: true,
      query: TermQuery,
      detail: { summary: "My registration plan for a term (the current term by default)", description: `Students only. {plan}. ${PLAN_DOC}`, security: SECURITY },
    })
    .post(
      "/me/plan/sections",
      async ({ body, caller, set }) => {
        const answer = await enrollment.AddToPlan({ section_id: body.section_id }, caller);
        set.status = 201;
        return answer;
      },
      {
        auth: true,
        body: t.Object(
          { section_id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("section_id", "is required: the id of the section to plan."), description: "The section to plan; the plan is that of its term." }) },
          { additionalProperties: false },
        ),
        detail: {
          summary: "Add a section to my plan",
          description: `Students only, until the term's registration closes; at most \`limit\` sections. 201 with {plan}; 409 when it is already planned. ${PLAN_DOC}`,
          security: SECURITY,
        },
      },
    )
    .delete("/me/plan/sections/:section_id", ({ params, caller }) => enrollment.RemoveFromPlan({ section_id: params.section_id }, caller), {
      auth: true,
      params: t.Object({ section_id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("section_id", "must be a section id.") }) }),
      detail: { summary: "Take a section out of my plan", description: `Students only. {plan}. ${PLAN_DOC}`, security: SECURITY },
    })
    .get("/me/plan/check", ({ query, caller }) => enrollment.CheckPlan({ term_id: query.term ?? "" }, caller), {
      auth: true,
      query: TermQuery,
      detail: {
        summary: "Check my plan: every problem at once",
        description:
          "Students only. Asks the rules Register applies, for the whole plan in its order, and changes nothing: {plan, sections: [{section_id, would (REGISTER_OUTCOME_ENROLLED, _WAITLISTED or _REFUSED), position, held, problems: [text]}], problems: [text, for the whole plan: registration window, holds], ready}.",
        security: SECURITY,
      },
    })
    .post(
      "/me/plan/register",
      async ({ body, caller }) => {
        const answer = await enrollment.RegisterPlan({ term_id: body?.term ?? "" }, caller);
        for (const outcome of answer.outcomes) deps.catalogCache.forgetSection(outcome.section_id);
        return answer;
      },
      {
      auth: true,
      body: t.Optional(TermBody),
      detail: {
        summary: "Register my whole plan: one outcome per section",
        description:
          "Students only. Enrolls in each planned section in the plan's order (a full one puts you on its waitlist): {plan, outcomes: [{section_id, outcome (REGISTER_OUTCOME_ENROLLED, _WAITLISTED or _REFUSED), position, reason, enrollment_id, replayed}]}. Safe to send twice: each section's idempotency key is made of the plan, its version and the section, so the same plan answers the same (replayed: true) and never takes a second seat; a changed plan is a new request.",
          security: SECURITY,
        },
      },
    )
    .post(
      "/enrollments/:id/swap",
      async ({ params, body, caller, request, set }) => {
        const key = request.headers.get("idempotency-key") ?? "";
        if (key && !IDEMPOTENCY_KEY.test(key)) {
          throw new AppError("INVALID_ARGUMENT", "The Idempotency-Key header must be 1-200 visible ASCII characters.", [{ field: "Idempotency-Key", message: "1-200 visible ASCII characters." }]);
        }
        const answer = await enrollment.Swap({ enrollment_id: params.id, section_id: body.section_id, idempotency_key: key, waitlist: body.waitlist ?? false }, caller);
        deps.catalogCache.forgetSection(body.section_id);
        if (answer.dropped?.section_id) deps.catalogCache.forgetSection(answer.dropped.section_id);
        if (answer.replayed) set.headers["idempotent-replayed"] = "true";
        return answer;
      },
      {
        auth: true,
        params: t.Object({ id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("id", "must be an enrollment id.") }) }),
        body: t.Object(
          {
            section_id: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("section_id", "is required: the id of the section to swap into."), description: "The section to take instead (same term)." }),
            waitlist: t.Optional(t.Boolean({ error: fieldMessage("waitlist", "must be true or false."), description: "When that section is full: join its waitlist and drop this enrollment when promoted." })),
          },
          { additionalProperties: false },
        ),
        detail: {
          summary: "Swap an enrolled section for another: drop it only if the other is added",
          description:
            "Students, own enrollments only, before the add/drop deadline. One transaction: the other section is added with this one counted as gone (same course, time conflicts, credits); if it is refused or full, nothing changes. With waitlist=true a full section puts you on its waitlist and this enrollment is dropped when you are promoted (drop_on_promotion: true). {enrollment (the new section), dropped (this one: DROPPED, or ENROLLED while you wait), replayed, promoted_student_id, drop_on_promotion}. Send an Idempotency-Key header to make retries safe.",
          security: SECURITY,
        },
      },
    );
}
