import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, PageSize, PageToken, tags } from "./scope";

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

/** Admin: list, create, change and cancel sections. */
export function adminSectionRoutes(deps: GatewayDeps) {
  const { course } = deps.clients;
  return adminScope(deps)
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
    });
}
