// The OAuth 2.0 token endpoint of the OneRoster binding: the client credentials grant (RFC 6749,
// section 4.4), credentials in an HTTP Basic header or in the form. The auth node checks them
// (throttled per client and per address) and signs a short-lived token carrying the scopes.
import { Elysia, t } from "elysia";
import { clientAddress } from "../../client-address";
import { gatewayContext, type GatewayDeps } from "../../context";
import { TOKEN_PATH } from "../../input-guard";
import { OneRosterError } from "../../../shared/oneroster/collection";
import { tags } from "./scope";

/** Client id and secret from `Authorization: Basic` (RFC 6749, section 2.3.1), if sent. */
function basicCredentials(request: Request): { id: string; secret: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec((request.headers.get("authorization") ?? "").trim());
  if (!match) return undefined;
  const text = Buffer.from(match[1]!, "base64").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 0) return undefined;
  return { id: decodeURIComponent(text.slice(0, colon)), secret: decodeURIComponent(text.slice(colon + 1)) };
}

const field = (name: string, maxLength: number) => t.Optional(t.String({ maxLength, error: `${name} must be at most ${maxLength} characters.` }));

export function tokenRoutes(deps: GatewayDeps) {
  return new Elysia({ tags })
    .use(gatewayContext(deps))
    .post(
      TOKEN_PATH,
      async ({ body, request, server, requestId, set }) => {
        set.headers["cache-control"] = "no-store";
        if (body.grant_type !== "client_credentials") {
          set.status = 400;
          return { error: "unsupported_grant_type", error_description: "grant_type must be client_credentials." };
        }
        const basic = basicCredentials(request);
        const id = basic?.id ?? body.client_id ?? "";
        const secret = basic?.secret ?? body.client_secret ?? "";
        if (!id || !secret) throw new OneRosterError(401, "unauthorisedrequest", "Send the client_id and client_secret (HTTP Basic, or in the form).");
        const token = await deps.clients.auth.IssueClientToken({ client_id: id, client_secret: secret, scope: body.scope ?? "", client_address: clientAddress(request, server, deps.config) }, { requestId });
        return { access_token: token.access_token, token_type: "bearer", expires_in: token.expires_in, scope: token.scope };
      },
      {
        body: t.Object({
          grant_type: field("grant_type", 50),
          scope: field("scope", 2000),
          client_id: field("client_id", 200),
          client_secret: field("client_secret", 500),
        }),
        detail: {
          summary:
            "OneRoster OAuth 2.0 token (client credentials): form body grant_type=client_credentials, optional scope (space-separated); client_id and client_secret by HTTP Basic or in the form. Answers a bearer token (15 minutes) carrying the granted scopes. Throttled like sign-ins.",
          tags,
        },
      },
    );
}
