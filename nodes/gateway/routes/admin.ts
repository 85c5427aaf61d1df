import { Elysia, t } from "elysia";
import { AppError } from "../../shared/errors";
import { auditFilter, type AuditEventRecord, type AuditFilter, type AuditTrailEntry } from "../../shared/audit-view";
import { encodePageToken } from "../../shared/paging";
import { bearerToken, gatewayContext, type Caller, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";

const Id = (what: string) => t.String({ format: "uuid", error: fieldMessage("id", `must be a ${what} id (UUID).`) });
const IdParams = (what: string) => t.Object({ id: Id(what) });

const DATE = "^\\d{4}-\\d{2}-\\d{2}$";
const INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";
const TermFields = {
  code: t.String({ minLength: 1, maxLength: 20, error: fieldMessage("code", "is required: 2-20 letters, digits or dashes, e.g. 2026FA.") }),
  name: t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "is required (1-100 characters).") }),
  starts_on: t.String({ pattern: DATE, error: fieldMessage("starts_on", "must be a date like 2026-09-01.") }),
  ends_on: t.String({ pattern: DATE, error: fieldMessage("ends_on", "must be a date like 2026-12-18.") }),
  registration_opens_at: t.String({ pattern: INSTANT, error: fieldMessage("registration_opens_at", "must be a date and time with zone, e.g. 2026-04-01T08:00:00Z.") }),
  registration_closes_at: t.String({ pattern: INSTANT, error: fieldMessage("registration_closes_at", "must be a date and time with zone, e.g. 2026-09-10T23:59:00Z.") }),
  add_drop_deadline: t.String({ pattern: INSTANT, error: fieldMessage("add_drop_deadline", "must be a date and time with zone, e.g. 2026-09-14T23:59:00Z.") }),
};

const CourseFields = {
  code: t.String({ minLength: 1, maxLength: 20, error: fieldMessage("code", "is required, e.g. CS 101.") }),
  title: t.String({ minLength: 1, maxLength: 200, error: fieldMessage("title", "is required (1-200 characters).") }),
  description: t.String({ maxLength: 4000, error: fieldMessage("description", "must be at most 4000 characters.") }),
  credits: t.Integer({ minimum: 0, maximum: 12, error: fieldMessage("credits", "must be a whole number from 0 to 12.") }),
  department: t.String({ minLength: 1, maxLength: 10, error: fieldMessage("department", "is required: a department code, e.g. CS.") }),
  prerequisite_ids: t.Array(t.String({ format: "uuid", error: fieldMessage("prerequisite_ids", "must be course ids (UUIDs).") }), { maxItems: 50, error: fieldMessage("prerequisite_ids", "must be a list of at most 50 course ids.") }),
};

const Meeting = t.Object(
  {
    day: t.Union([t.Literal("MON"), t.Literal("TUE"), t.Literal("WED"), t.Literal("THU"), t.Literal("FRI"), t.Literal("SAT"), t.Literal("SUN")], {
      error: fieldMessage("day", "must be MON, TUE, WED, THU, FRI, SAT or SUN."),
    }),
    start_time: t.String({ pattern: "^\\d{2}:\\d{2}$", error: fieldMessage("start_time", "must be a 24-hour time like 09:30.") }),
    end_time: t.String({ pattern: "^\\d{2}:\\d{2}$", error: fieldMessage("end_time", "must be a 24-hour time like 10:45.") }),
  },
  { additionalProperties: false },
);
const SectionFields = {
  code: t.String({ minLength: 1, maxLength: 8, error: fieldMessage("code", "is required: 1-8 letters or digits, e.g. 001.") }),
  instructor_id: t.String({ format: "uuid", error: fieldMessage("instructor_id", "must be a faculty account's user id (UUID).") }),
  room: t.String({ minLength: 1, maxLength: 40, error: fieldMessage("room", "is required (1-40 characters).") }),
  meetings: t.Array(Meeting, { maxItems: 14, error: fieldMessage("meetings", "must be a list of at most 14 meetings, each a day, a start time and an end time.") }),
  capacity: t.Integer({ minimum: 0, maximum: 1000, error: fieldMessage("capacity", "must be a whole number from 0 to 1000.") }),
};

const Role = t.Union([t.Literal("STUDENT"), t.Literal("FACULTY"), t.Literal("ADMIN")], { error: fieldMessage("role", "must be STUDENT, FACULTY or ADMIN.") });
const Password = (field: string) => t.String({ minLength: 1, maxLength: 1024, error: fieldMessage(field, "is required (at least 10 characters).") });
const PageSize = t.Optional(t.Numeric({ minimum: 1, maximum: 200, multipleOf: 1, error: fieldMessage("page_size", "must be a whole number from 1 to 200.") }));
const PageToken = t.Optional(t.String({ maxLength: 200, error: fieldMessage("page_token", "must be the next page token of a previous response.") }));

function auditEntry(source: AuditTrailEntry["source"], event: AuditEventRecord): AuditTrailEntry {
  let details: unknown = event.details;
  try {
    details = event.details ? JSON.parse(event.details) : {};
  } catch {
    // Not JSON: keep the text as it was recorded.
  }
  return { ...event, source, details };
}

/** The merged audit page token carries one offset into each trail. */
function decodeAuditToken(token: string | undefined): { accounts: number; catalog: number } {
  if (!token) return { accounts: 0, catalog: 0 };
  const match = /^a:(\d{1,9}),c:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw new AppError("INVALID_ARGUMENT", fieldMessage("page_token", "is not valid: use the next page token of a previous response."), [{ field: "page_token", message: "Not a token of this list." }]);
  return { accounts: Number(match[1]), catalog: Number(match[2]) };
}

function encodeAuditToken(offsets: { accounts: number; catalog: number }): string {
  return Buffer.from(`a:${offsets.accounts},c:${offsets.catalog}`).toString("base64url");
}

/** Refuses everyone but admins, before the request body is even looked at. */
async function requireAdmin(deps: GatewayDeps, request: Request) {
  const claims = await deps.verifier.verify(bearerToken(request));
  if (claims.role !== "ADMIN") throw new AppError("PERMISSION_DENIED", "Only administrators may do this.");
}

/**
 * Administration: terms, courses and sections of the catalog, user accounts, and the audit
 * trail of every admin action. Admins only; the services check the role again.
 */
export function adminRoutes(deps: GatewayDeps) {
  const { auth, course } = deps.clients;
  const tags = ["admin"];
  return new Elysia({ prefix: "/api/v1", tags } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .onTransform(({ request }) => requireAdmin(deps, request))
    .guard({ auth: true, detail: { security: [{ bearer: [] }] } })
    .post(
      "/terms",
      async ({ body, caller, set }) => {
        const result = await course.CreateTerm(body, caller);
        set.status = 201;
        return result;
      },
      {
        body: t.Object(TermFields, { additionalProperties: false }),
        detail: { summary: "Admin: create a term with its dates, registration window and add/drop deadline (times with zone, RFC 3339)", tags },
      },
    )
    .patch("/terms/:id", ({ params, body, caller }) => course.UpdateTerm({ id: params.id, ...body }, caller), {
      params: IdParams("term"),
      body: t.Partial(t.Object(TermFields, { additionalProperties: false })),
      detail: { summary: "Admin: change a term; fields left out stay as they are", tags },
    })
    .delete(
      "/terms/:id",
      async ({ params, caller, set }) => {
        await course.DeleteTerm({ id: params.id }, caller);
        set.status = 204;
      },
      { params: IdParams("term"), detail: { summary: "Admin: delete a term that has no sections (a term with sections is refused)", tags } },
    )
    .post(
      "/courses",
      async ({ body, caller, set }) => {
        const result = await course.CreateCourse({ ...body, description: body.description ?? "", prerequisite_ids: body.prerequisite_ids ?? [] }, caller);
        set.status = 201;
        return result;
      },
      {
        body: t.Object(
          { ...CourseFields, description: t.Optional(CourseFields.description), prerequisite_ids: t.Optional(CourseFields.prerequisite_ids) },
          { additionalProperties: false },
        ),
        detail: { summary: "Admin: create a course; prerequisites are ids of existing courses (a cycle is refused)", tags },
      },
    )
    .patch(
      "/courses/:id",
      ({ params, body, caller }) => {
        const { prerequisite_ids, ...fields } = body;
        return course.UpdateCourse({ id: params.id, ...fields, prerequisite_ids: prerequisite_ids ?? [], set_prerequisites: prerequisite_ids !== undefined }, caller);
      },
      {
        params: IdParams("course"),
        body: t.Partial(t.Object(CourseFields, { additionalProperties: false })),
        detail: { summary: "Admin: change a course; `prerequisite_ids`, when sent, replaces the list (a cycle is refused)", tags },
      },
    )
    .delete("/courses/:id", ({ params, caller }) => course.RetireCourse({ id: params.id }, caller), {
      params: IdParams("course"),
      detail: { summary: "Admin: retire a course: it stays on transcripts and existing sections but gets no new sections", tags },
    })
    .get(
      "/sections",
      ({ query, caller }) =>
        course.ListSections(
          {
            term_id: query.term ?? "",
            course_id: query.course ?? "",
            instructor_id: query.instructor ?? "",
            query: query.q ?? "",
            page_size: query.page_size ?? 0,
            page_token: query.page_token ?? "",
          },
          caller,
        ),
      {
        query: t.Object(
          {
            term: t.Optional(t.String({ format: "uuid", error: fieldMessage("term", "must be a term id (UUID).") })),
            course: t.Optional(t.String({ format: "uuid", error: fieldMessage("course", "must be a course id (UUID).") })),
            instructor: t.Optional(t.String({ format: "uuid", error: fieldMessage("instructor", "must be a faculty account's user id (UUID).") })),
            q: t.Optional(t.String({ maxLength: 200, error: fieldMessage("q", "must be at most 200 characters.") })),
            page_size: PageSize,
            page_token: PageToken,
          },
          { additionalProperties: false },
        ),
        detail: { summary: "Admin: list sections (cancelled ones too) by term, course, instructor or course code/title, paged; with total_size", tags },
      },
    )
    .post(
      "/sections",
      async ({ body, caller, set }) => {
        const result = await course.CreateSection({ ...body, meetings: body.meetings ?? [] }, caller);
        set.status = 201;
        return result;
      },
      {
        body: t.Object(
          {
            course_id: t.String({ format: "uuid", error: fieldMessage("course_id", "must be a course id (UUID).") }),
            term_id: t.String({ format: "uuid", error: fieldMessage("term_id", "must be a term id (UUID).") }),
            ...SectionFields,
            meetings: t.Optional(SectionFields.meetings),
          },
          { additionalProperties: false },
        ),
        detail: { summary: "Admin: create a section; a room or instructor already booked at an overlapping time is refused, naming the clash", tags },
      },
    )
    .patch(
      "/sections/:id",
      ({ params, body, caller }) => {
        const { meetings, ...fields } = body;
        return course.UpdateSection({ id: params.id, ...fields, meetings: meetings ?? [], set_meetings: meetings !== undefined }, caller);
      },
      {
        params: IdParams("section"),
        body: t.Partial(t.Object(SectionFields, { additionalProperties: false })),
        detail: {
          summary:
            "Admin: change a section. Capacity below the number enrolled is refused with the count; a raise promotes waitlisted students at once, in waitlist order (`promoted`: how many); those passed over because they are not eligible now (a time conflict, the credit limit) keep their place and are listed in `skipped` (`student_id`, `username`, `name`, `position`, `reason`). Room and instructor clashes are refused, naming the other section. `meetings`, when sent, replaces the list.",
          tags,
        },
      },
    )
    .delete("/sections/:id", ({ params, query, caller }) => course.CancelSection({ id: params.id, confirm: query.confirm === "true" }, caller), {
      params: IdParams("section"),
      query: t.Object({ confirm: t.Optional(t.String({ pattern: "^(true|false)$", error: fieldMessage("confirm", "must be true or false.") })) }, { additionalProperties: false }),
      detail: {
        summary: "Admin: cancel a section. With students enrolled or waitlisted it is refused (saying how many) unless confirm=true; their enrollments are then cancelled (`affected`).",
        tags,
      },
    })
    .get(
      "/users",
      ({ query, caller }) =>
        auth.ListUsers({ query: query.q ?? "", role: query.role ?? "ROLE_UNSPECIFIED", order_by: query.order_by ?? "", page_size: query.page_size ?? 0, page_token: query.page_token ?? "" }, caller),
      {
        query: t.Object(
          {
            q: t.Optional(t.String({ maxLength: 100, error: fieldMessage("q", "must be at most 100 characters.") })),
            role: t.Optional(Role),
            order_by: t.Optional(
              t.String({ pattern: "^(username|name|role|created_at)( (asc|desc))?$", error: fieldMessage("order_by", "must be username, name, role or created_at, optionally followed by \" desc\".") }),
            ),
            page_size: PageSize,
            page_token: PageToken,
          },
          { additionalProperties: false },
        ),
        detail: { summary: "Admin: list and search accounts (q matches username or name), by role, sorted and paged; with total_size", tags },
      },
    )
    .get("/users/:id", ({ params, caller }) => auth.GetUser({ id: params.id }, caller), {
      params: IdParams("user"),
      detail: { summary: "Admin: one account", tags },
    })
    .post(
      "/users",
      async ({ body, caller, set }) => {
        const result = await auth.CreateUser(body, caller);
        set.status = 201;
        return result;
      },
      {
        body: t.Object(
          {
            username: t.String({ minLength: 1, maxLength: 64, error: fieldMessage("username", "is required (3-32 letters, digits, dot, dash or underscore).") }),
            password: Password("password"),
            name: t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "is required (1-100 characters).") }),
            role: Role,
          },
          { additionalProperties: false },
        ),
        detail: { summary: "Admin: create an account of any role (faculty and admin accounts are made only here)", tags },
      },
    )
    .patch("/users/:id", ({ params, body, caller }) => auth.UpdateUser({ id: params.id, ...body }, caller), {
      params: IdParams("user"),
      body: t.Object(
        {
          name: t.Optional(t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "must be 1-100 characters.") })),
          role: t.Optional(Role),
          disabled: t.Optional(t.Boolean({ error: fieldMessage("disabled", "must be true or false.") })),
        },
        { additionalProperties: false },
      ),
      detail: {
        summary:
          "Admin: rename, change the role of, disable or re-enable an account. Disabling ends its sessions: refresh tokens are revoked and access tokens are refused within seconds. The last active admin cannot be disabled or demoted.",
        tags,
      },
    })
    .post(
      "/users/:id/password-reset",
      async ({ params, body, caller, set }) => {
        await auth.ResetPassword({ id: params.id, new_password: body.new_password }, caller);
        set.status = 204;
      },
      {
        params: IdParams("user"),
        body: t.Object({ new_password: Password("new_password") }, { additionalProperties: false }),
        detail: { summary: "Admin: set a temporary password; the user must change it at next sign-in and their sessions end", tags },
      },
    )
    .get("/audit", ({ query, caller }) => mergedAudit(deps, caller, query.page_size ?? 50, query.page_token, auditFilter(query)), {
      query: t.Object(
        {
          actor: t.Optional(t.String({ maxLength: 100, error: fieldMessage("actor", "must be at most 100 characters.") })),
          object: t.Optional(t.String({ maxLength: 100, error: fieldMessage("object", "must be at most 100 characters.") })),
          action: t.Optional(t.String({ pattern: "^[a-z_]{1,20}(\\.[a-z_]{1,30})?$", error: fieldMessage("action", 'must be an action such as "section.update", or a kind of object such as "section".') })),
          since: t.Optional(t.String({ pattern: INSTANT, error: fieldMessage("since", "must be a date and time with zone, e.g. 2026-04-01T00:00:00Z.") })),
          until: t.Optional(t.String({ pattern: INSTANT, error: fieldMessage("until", "must be a date and time with zone, e.g. 2026-04-02T00:00:00Z.") })),
          page_size: PageSize,
          page_token: PageToken,
        },
        { additionalProperties: false },
      ),
      detail: {
        summary:
          "Admin: the audit trail of every admin action (accounts and catalog), newest first: who, when, what, on which object (`entity_label`, e.g. CS 101-001 or student3) and the change. Filters: `actor` (part of a username), `object` (part of the object's name, optionally after its kind: \"section CS 101\", \"account student3\"), `action` (\"section.update\", or a kind: \"section\"), `since` and `until` (RFC 3339; `until` excluded).",
        tags,
      },
    });
}

/** One page of account and catalog audit events matching the filter, merged newest first; the token keeps a place in each. */
async function mergedAudit(deps: GatewayDeps, caller: Caller, size: number, pageToken: string | undefined, filter: AuditFilter) {
  const offsets = decodeAuditToken(pageToken);
  const [accounts, catalog] = await Promise.all([
    deps.clients.auth.ListAuditEvents({ ...filter, page_size: size, page_token: offsets.accounts ? encodePageToken(offsets.accounts) : "" }, caller),
    deps.clients.course.ListAuditEvents({ ...filter, page_size: size, page_token: offsets.catalog ? encodePageToken(offsets.catalog) : "" }, caller),
  ]);
  const merged = [...accounts.events.map((e) => auditEntry("accounts", e as AuditEventRecord)), ...catalog.events.map((e) => auditEntry("catalog", e as AuditEventRecord))].sort(
    (a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id),
  );
  const events = merged.slice(0, size);
  const next = {
    accounts: offsets.accounts + events.filter((e) => e.source === "accounts").length,
    catalog: offsets.catalog + events.filter((e) => e.source === "catalog").length,
  };
  const more = merged.length > size || accounts.next_page_token !== "" || catalog.next_page_token !== "";
  return { events, next_page_token: more ? encodeAuditToken(next) : "" };
}
