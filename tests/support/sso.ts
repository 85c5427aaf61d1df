// Single sign-on for tests: a real OpenID provider (the oidc-provider package) in this process on
// a free port, with one test client and a few university accounts, and a minimal sign-in form
// of its own (a username field and a button) that a test drives by HTTP or in Chromium; and a
// second auth node, gateway and view on the shared stack's databases, set up for single sign-on.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import Provider from "oidc-provider";
import { loadConfig } from "../../nodes/shared/config";
import { startAuthNode } from "../../nodes/auth/main";
import { startGateway } from "../../nodes/gateway/main";
import { startView } from "../../nodes/view/main";
import { freePort, gatewayApi, type Stack } from "./stack";

/** A person at the university: their claims as the provider releases them. */
export interface UniversityAccount {
  preferred_username: string;
  name: string;
  email?: string;
  affiliation?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Adds or replaces a person the provider knows (signing in with their login id). */
  addAccount(login: string, account: UniversityAccount): void;
  stop(): Promise<void>;
}

/** Starts the provider; `redirectUris` are the portal callbacks its test client may use. */
export async function startTestProvider(redirectUris: string[]): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const clientId = "edustream-test";
  const clientSecret = `secret-${crypto.randomUUID()}`;
  const accounts = new Map<string, UniversityAccount>();
  const provider = new Provider(issuer, {
    clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: redirectUris, grant_types: ["authorization_code"], response_types: ["code"], token_endpoint_auth_method: "client_secret_post" }],
    claims: { openid: ["sub"], profile: ["name", "preferred_username"], email: ["email"], affiliation: ["affiliation"] },
    scopes: ["openid", "profile", "email", "affiliation"],
    async findAccount(_ctx, id) {
      const account = accounts.get(id);
      return account ? { accountId: id, claims: async () => ({ sub: id, ...account }) } : undefined;
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    cookies: { keys: [crypto.randomUUID()] },
  });
  const callback = provider.callback();
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith("/interaction/")) void interaction(provider, accounts, req, res).catch((error) => fail(res, error));
    else callback(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    issuer,
    clientId,
    clientSecret,
    addAccount: (login, account) => accounts.set(login, account),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The provider's sign-in step: a form asking for a login id; its answer signs in and grants the scopes asked. */
async function interaction(provider: Provider, accounts: Map<string, UniversityAccount>, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (req.method === "GET") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(
      `<!doctype html><html lang="en"><head><title>Example University sign-in</title></head><body><main><h1>Example University</h1>` +
        `<form method="post" action="/interaction/${details.uid}"><label for="login">University login</label> <input id="login" name="login" required>` +
        ` <button type="submit">Continue</button></form></main></body></html>`,
    );
    return;
  }
  let body = "";
  for await (const chunk of req) body += chunk;
  const login = new URLSearchParams(body).get("login") ?? "";
  if (!accounts.has(login)) {
    res.writeHead(400, { "content-type": "text/plain" });
    res.end("unknown university login");
    return;
  }
  const grant = new provider.Grant({ accountId: login, clientId: String(details.params.client_id) });
  grant.addOIDCScope(String(details.params.scope));
  const grantId = await grant.save();
  await provider.interactionFinished(req, res, { login: { accountId: login }, consent: { grantId } }, { mergeWithLastSubmission: false });
}

function fail(res: ServerResponse, error: unknown) {
  res.writeHead(500, { "content-type": "text/plain" });
  res.end(String(error));
}

/** The portal side set up for single sign-on: an auth node, a gateway and a view of their own. */
export interface SsoPortal {
  viewUrl: string;
  gatewayUrl: string;
  api: Stack["api"];
  stop(): Promise<void>;
}

/** A view port chosen before the provider starts (its client must know the callback). */
export async function portalAddress(): Promise<{ port: number; redirectUri: string }> {
  const port = await freePort();
  return { port, redirectUri: `http://127.0.0.1:${port}/login/sso/callback` };
}

/**
 * Starts an auth node, a gateway and a view on the shared stack's databases and keys (the other
 * services are the stack's), with single sign-on to `provider` and the settings in `env`.
 */
export async function startSsoPortal(stack: Stack, provider: TestProvider, address: { port: number; redirectUri: string }, env: Record<string, string> = {}): Promise<SsoPortal> {
  const [auth, gateway] = await Promise.all([freePort(), freePort()]);
  const config = loadConfig({
    ...stack.env,
    AUTH_PORT: String(auth),
    GATEWAY_PORT: String(gateway),
    VIEW_PORT: String(address.port),
    EDUSTREAM_OIDC_ISSUER: provider.issuer,
    EDUSTREAM_OIDC_CLIENT_ID: provider.clientId,
    EDUSTREAM_OIDC_CLIENT_SECRET: provider.clientSecret,
    EDUSTREAM_OIDC_REDIRECT_URI: address.redirectUri,
    ...env,
  });
  const authNode = await startAuthNode(config);
  const gatewayNode = startGateway(config);
  const viewNode = startView(config);
  const gatewayUrl = `http://127.0.0.1:${gateway}`;
  return {
    viewUrl: `http://127.0.0.1:${address.port}`,
    gatewayUrl,
    api: gatewayApi(gatewayUrl),
    async stop() {
      await viewNode.shutdown();
      await gatewayNode.shutdown();
      await authNode.shutdown(1000);
    },
  };
}

/**
 * A visitor without a browser: follows no redirect by itself and keeps cookies per host, so a
 * test can stop at the provider's answer, change or replay it.
 */
export class HttpVisitor {
  readonly cookies = new Map<string, Map<string, string>>();

  /** `forwardedFor`: the address a trusted proxy in front of the portal would name. */
  constructor(private readonly forwardedFor?: string) {}

  /** One request with this visitor's cookies for the host; answers keep theirs. */
  async request(url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
    const target = new URL(url);
    const jar = this.cookies.get(target.host) ?? new Map<string, string>();
    this.cookies.set(target.host, jar);
    const headers: Record<string, string> = { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") };
    if (init.form) headers["content-type"] = "application/x-www-form-urlencoded";
    if (this.forwardedFor) headers["x-forwarded-for"] = this.forwardedFor;
    const response = await fetch(target, { method: init.method ?? (init.form ? "POST" : "GET"), headers, body: init.form ? new URLSearchParams(init.form).toString() : undefined, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const index = pair.indexOf("=");
      const name = pair.slice(0, index).trim();
      const value = pair.slice(index + 1).trim();
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && Date.parse(a.split("=")[1]!) < Date.now()));
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Where an answer sends the browser (absolute). */
  static location(response: Response, base: string): string {
    const location = response.headers.get("location");
    if (!location) throw new Error(`expected a redirect, got ${response.status}: ${response.statusText}`);
    return new URL(location, base).href;
  }

  /**
   * From the portal's button to the provider's answer: starts the sign-in at the portal, signs
   * in at the provider as `login`, and returns the callback address the provider sends back
   * (not yet followed) with the portal's pending-sign-in cookie as it was.
   */
  async untilCallback(portal: { viewUrl: string }, login: string): Promise<{ callback: string; pending: string }> {
    const start = await this.request(`${portal.viewUrl}/login/sso`);
    let next = HttpVisitor.location(start, portal.viewUrl);
    const pending = this.cookies.get(new URL(portal.viewUrl).host)?.get("es_sso") ?? "";
    for (let hops = 0; hops < 8; hops++) {
      if (next.startsWith(`${portal.viewUrl}/login/sso/callback`)) return { callback: next, pending };
      const response = new URL(next).pathname.startsWith("/interaction/") ? await this.request(next, { form: { login } }) : await this.request(next);
      next = HttpVisitor.location(response, next);
    }
    throw new Error(`the provider never sent the browser back (last: ${next})`);
  }

  /** The portal's session cookie, if it set one. */
  accessToken(portal: { viewUrl: string }): string | undefined {
    return this.cookies.get(new URL(portal.viewUrl).host)?.get("es_access");
  }
}
