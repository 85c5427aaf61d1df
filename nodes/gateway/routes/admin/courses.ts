import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, tags } from "./scope";

const CourseFields = {
  code: t.String({ minLength: 1, maxLength: 20, error: fieldMessage("code", "is required, e.g. CS 101.") }),
  title: t.String({ minLength: 1, maxLength: 200, error: fieldMessage("title", "is required (1-200 characters).") }),
  description: t.String({ maxLength: 4000, error: fieldMessage("description", "must be at most 4000 characters.") }),
  credits: t.Integer({ minimum: 0, maximum: 12, error: fieldMessage("credits", "must be a whole number from 0 to 12.") }),
  department: t.String({ minLength: 1, maxLength: 10, error: fieldMessage("department", "is required: a department code, e.g. CS.") }),
  prerequisite_ids: t.Array(t.String({ format: "uuid", error: fieldMessage("prerequisite_ids", "must be course ids (UUIDs).") }), { maxItems: 50, error: fieldMessage("prerequisite_ids", "must be a list of at most 50 course ids.") }),
};

/** Admin: create, change and retire courses. */
export function adminCourseRoutes(deps: GatewayDeps) {
  const { course } = deps.clients;
  return adminScope(deps)
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
    });
}
