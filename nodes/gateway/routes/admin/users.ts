import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, PageSize, PageToken, tags } from "./scope";
import { Email } from "../auth";

const Role = t.Union([t.Literal("STUDENT"), t.Literal("FACULTY"), t.Literal("ADMIN")], { error: fieldMessage("role", "must be STUDENT, FACULTY or ADMIN.") });
const Password = (field: string) => t.String({ minLength: 1, maxLength: 1024, error: fieldMessage(field, "is required (at least 10 characters).") });

/** Admin: list, create and change accounts; reset passwords. */
export function adminUserRoutes(deps: GatewayDeps) {
  const { auth } = deps.clients;
  return adminScope(deps)
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
        const result = await auth.CreateUser({ ...body, email: body.email ?? "" }, caller);
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
            email: t.Optional(Email),
          },
          { additionalProperties: false },
        ),
        detail: { summary: "Admin: create an account of any role (`email`, optional: where notifications are mailed) (faculty and admin accounts are made only here)", tags },
      },
    )
    .patch("/users/:id", ({ params, body, caller }) => auth.UpdateUser({ id: params.id, ...body }, caller), {
      params: IdParams("user"),
      body: t.Object(
        {
          name: t.Optional(t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "must be 1-100 characters.") })),
          role: t.Optional(Role),
          disabled: t.Optional(t.Boolean({ error: fieldMessage("disabled", "must be true or false.") })),
          email: t.Optional(Email),
        },
        { additionalProperties: false },
      ),
      detail: {
        summary:
          "Admin: rename, change the role or email address of, disable or re-enable an account. Disabling ends its sessions: refresh tokens are revoked and access tokens are refused within seconds. The last active admin cannot be disabled or demoted.",
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
    );
}
