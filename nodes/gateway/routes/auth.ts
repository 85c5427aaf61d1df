import { Elysia, t } from "elysia";
import { gatewayContext, type GatewayDeps } from "../context";
import { clientAddress } from "../client-address";
import { fieldMessage } from "../../shared/field-labels";

const Username = t.String({ minLength: 1, maxLength: 64, error: fieldMessage("username", "is required (3-32 letters, digits, dot, dash or underscore).") });
const Password = t.String({ minLength: 1, maxLength: 1024, error: fieldMessage("password", "is required.") });
/** An email address is checked by the auth service (one rule for the API and the forms); here only its length. */
export const Email = t.String({ maxLength: 254, error: fieldMessage("email", "must be text of at most 254 characters.") });
const RefreshBody = t.Object({ refresh_token: t.String({ minLength: 1, maxLength: 256, error: fieldMessage("refresh_token", "is required.") }) }, { additionalProperties: false });

/** Sign-up, sign-in, token rotation, sign-out and the current user. */
export function authRoutes(deps: GatewayDeps) {
  const { auth } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["auth"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .post(
      "/auth/register",
      async ({ body, set, request, server, requestId }) => {
        const result = await auth.Register({ ...body, client_address: clientAddress(request, server, deps.config) }, { requestId });
        set.status = 201;
        return result;
      },
      {
        // Empty fields pass here: the auth service checks every field at once (a taken username
        // included) and names each problem, so a form can show them all together.
        body: t.Object(
          {
            username: t.String({ maxLength: 64, error: fieldMessage("username", "must be text of at most 64 characters.") }),
            password: t.String({ maxLength: 1024, error: fieldMessage("password", "must be text of at most 1024 characters.") }),
            name: t.String({ maxLength: 100, error: fieldMessage("name", "must be text of at most 100 characters.") }),
          },
          { additionalProperties: false },
        ),
        detail: { summary: "Create a student account", tags: ["auth"] },
      },
    )
    .post("/auth/login", ({ body, request, server, requestId }) => auth.Login({ ...body, client_address: clientAddress(request, server, deps.config) }, { requestId }), {
      body: t.Object({ username: Username, password: Password }, { additionalProperties: false }),
      detail: { summary: "Sign in: returns an access token and a refresh token", tags: ["auth"] },
    })
    .post("/auth/refresh", ({ body, requestId }) => auth.Refresh(body, { requestId }), {
      body: RefreshBody,
      detail: { summary: "Rotate a refresh token", tags: ["auth"] },
    })
    .post(
      "/auth/logout",
      async ({ body, set, requestId }) => {
        await auth.Logout(body, { requestId });
        set.status = 204;
      },
      { body: RefreshBody, detail: { summary: "Revoke a refresh token (sign out)", tags: ["auth"] } },
    )
    .post("/auth/password", ({ body, caller }) => auth.ChangePassword(body, caller), {
      authOrPasswordChange: true,
      body: t.Object({ current_password: Password, new_password: Password }, { additionalProperties: false }),
      detail: {
        summary: "Change one's own password",
        description: "Ends every session of the account (other devices included) and returns a fresh one. The only call allowed while the account has a temporary password.",
        tags: ["auth"],
      },
    })
    .get("/me", ({ caller }) => auth.GetMe({}, caller), { authOrPasswordChange: true, detail: { summary: "The signed-in user", tags: ["auth"] } })
    .put("/me/email", ({ body, caller }) => auth.UpdateMyEmail(body, caller), {
      auth: true,
      body: t.Object({ email: Email }, { additionalProperties: false }),
      detail: { summary: "Set (or, with an empty string, clear) one's own email address, where notifications are mailed", tags: ["auth"] },
    });
}
