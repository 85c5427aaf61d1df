// LMS clients for the OneRoster tests: registered by an admin through the REST API, with a token
// taken at the token endpoint as an LMS would (client credentials in an HTTP Basic header).
import type { Stack } from "../support/stack";
import { SCOPES } from "../../nodes/shared/oneroster/scopes";

export { SCOPES };
export const ROSTERING = "/ims/oneroster/rostering/v1p2";
export const GRADEBOOK = "/ims/oneroster/gradebook/v1p2";
export const TOKEN = "/ims/oneroster/v1p2/oauth/token";

export interface LmsClient {
  id: string;
  clientId: string;
  secret: string;
}

let serial = 0;

/** An admin registers a client with these scopes. */
export async function registerClient(stack: Stack, adminToken: string, scopes: string[], name = `LMS ${Date.now().toString(36)}${++serial}`): Promise<LmsClient> {
  const created = await stack.api("/api/v1/lms-clients", { token: adminToken, body: { name, scopes } });
  if (created.status !== 201) throw new Error(`register client: ${created.status} ${JSON.stringify(created.body)}`);
  return { id: created.body.client.id, clientId: created.body.client.client_id, secret: created.body.client_secret };
}

/** The token endpoint's answer (status and body), credentials by HTTP Basic unless `inForm`. */
export async function requestToken(stack: Stack, client: { clientId: string; secret: string }, form: Record<string, string> = {}, inForm = false) {
  const body = new URLSearchParams({ grant_type: "client_credentials", ...(inForm ? { client_id: client.clientId, client_secret: client.secret } : {}), ...form });
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (!inForm) headers.authorization = `Basic ${Buffer.from(`${client.clientId}:${client.secret}`).toString("base64")}`;
  const response = await fetch(stack.gatewayUrl + TOKEN, { method: "POST", headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, any>, headers: response.headers };
}

/** A bearer token for the client. */
export async function tokenFor(stack: Stack, client: LmsClient, scope?: string): Promise<string> {
  const answer = await requestToken(stack, client, scope ? { scope } : {});
  if (answer.status !== 200) throw new Error(`token: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body.access_token as string;
}
