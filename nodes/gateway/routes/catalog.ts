import { Elysia, t } from "elysia";
import { gatewayContext, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";

const Id = (field: string) => t.String({ minLength: 1, maxLength: 64, error: fieldMessage(field, "must be an id.") });
const PageToken = t.Optional(t.String({ maxLength: 200, error: fieldMessage("page_token", "must be the next page token of a previous response.") }));

/** The catalog, open to everyone: terms, departments, course search, one course, one section. */
export function catalogRoutes(deps: GatewayDeps) {
  const { course } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["catalog"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .get("/terms", ({ requestId }) => course.ListTerms({}, { requestId }), {
      detail: { summary: "Terms, newest first, with registration window and add/drop deadline", tags: ["catalog"] },
    })
    .get("/departments", ({ requestId }) => course.ListDepartments({}, { requestId }), {
      detail: { summary: "Departments that have courses", tags: ["catalog"] },
    })
    .get(
      "/courses",
      ({ query, requestId }) =>
        course.SearchCourses(
          {
            query: query.q ?? "",
            term_id: query.term ?? "",
            department: query.department ?? "",
            open_only: query.open_only ?? false,
            page_size: query.page_size ?? 0,
            page_token: query.page_token ?? "",
            include_unoffered: query.all ?? false,
            order_by: query.order_by ?? "",
          },
          { requestId },
        ),
      {
        query: t.Object(
          {
            q: t.Optional(t.String({ maxLength: 200, error: fieldMessage("q", "must be at most 200 characters.") })),
            term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })),
            department: t.Optional(t.String({ maxLength: 10, error: fieldMessage("department", "must be a department code, e.g. CS.") })),
            open_only: t.Optional(t.BooleanString({ error: fieldMessage("open_only", "must be true or false.") })),
            // Bounded here too: past 2^31 the number would wrap in the int32 of the gRPC message
            // (4294967297 became 1, 1e308 became 0 = the default). 0 means the default.
            page_size: t.Optional(t.Integer({ minimum: 0, maximum: 100, error: fieldMessage("page_size", "must be a whole number from 1 to 100.") })),
            page_token: PageToken,
            all: t.Optional(t.BooleanString({ error: fieldMessage("all", "must be true or false.") })),
            order_by: t.Optional(t.String({ pattern: "^(code|title|department|credits)( (asc|desc))?$", error: fieldMessage("order_by", "must be code, title, department or credits, optionally followed by \" desc\".") })),
          },
          { additionalProperties: false },
        ),
        detail: {
          summary: "Search the catalog",
          description: "Courses offered in the term (default: the term open for registration) matching the text, department and open seats, each with its sections (seats, waitlist, meetings, instructor). Paged by page_size/page_token. With all=true every course of the catalog matches (retired ones too, offered or not: the administrators' list); order_by sorts by code (default), title, department or credits, with an optional \" desc\".",
          tags: ["catalog"],
        },
      },
    )
    .get("/courses/:id", ({ params, query, requestId }) => course.GetCourse({ id: params.id, term_id: query.term ?? "" }, { requestId }), {
      params: t.Object({ id: Id("id") }),
      query: t.Object({ term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })) }, { additionalProperties: false }),
      detail: { summary: "One course with its prerequisites and its sections in the term", tags: ["catalog"] },
    })
    .get("/sections/:id", ({ params, requestId }) => course.GetSection({ id: params.id }, { requestId }), {
      params: t.Object({ id: Id("id") }),
      detail: { summary: "One section: meeting times, instructor, seats and waitlist length", tags: ["catalog"] },
    });
}
