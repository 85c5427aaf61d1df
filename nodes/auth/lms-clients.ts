import { createHash, randomBytes, randomUUID, timingSafeEqual, type KeyObject } from "node:crypto";
import { desc, eq, sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/auth/schema";
import { lmsClients } from "../../db/auth/schema";
import type { Config } from "../shared/config";
import { AppError, fail, Validation } from "../shared/errors";
import { isUuid } from "../shared/ids";
import { ALL_SCOPES, type Scope } from "../shared/oneroster/scopes";
import { signClientToken, type Claims } from "../shared/tokens";
import type { AuthService } from "./service";

type Db = PostgresJsDatabase<typeof schema>;
type Row = typeof lmsClients.$inferSelect;

/** How long an LMS client's access token lives: short, as the OneRoster security framework asks. */
export const CLIENT_TOKEN_TTL_SECONDS = 900;

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The public view of a client (never its secret). */
function publicClient(row: Row) {
  return {
    id: row.id,
    client_id: row.clientId,
    name: row.name,
    scopes: row.scopes.split(" ").filter(Boolean),
    created_at: row.createdAt.toISOString(),
    revoked_at: row.revokedAt?.toISOString() ?? "",
    last_used_at: row.lastUsedAt?.toISOString() ?? "",
  };
}

/** The refusal of any bad client credential: one answer whatever was wrong (RFC 6749 invalid_client). */
const invalidClient = () => fail.unauthenticated("The client credentials are not valid (unknown client_id, wrong secret, or a revoked client).");

/**
 * LMS clients of the OneRoster binding: an admin registers them (the secret is shown once and
 * stored as a SHA-256 hash: it is 256 random bits, so no slow hash is needed), and each takes
 * short-lived access tokens with the client credentials grant, throttled like sign-ins.
 */
export class LmsClients {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly privateKey: KeyObject,
    private readonly accounts: Pick<AuthService, "refuseIfLocked" | "recordFailure" | "audit">,
  ) {}

  /** Registers a client (admin only); answers its secret this once. */
  async create(caller: Claims, input: { name: string; scopes: string[] }) {
    requireAdmin(caller);
    const name = input.name.trim();
    const scopes = [...new Set(input.scopes.map((s) => s.trim()))];
    const unknown = scopes.filter((s) => !ALL_SCOPES.includes(s as Scope));
    new Validation()
      .check(name.length >= 1 && name.length <= 100, "name", "Name must be 1 to 100 characters.")
      .check(scopes.length > 0, "scopes", "Choose at least one scope.")
      .check(unknown.length === 0, "scopes", `Unknown scope: ${unknown.join(", ").slice(0, 200)}. The scopes are ${ALL_SCOPES.join(", ")}.`)
      .throwIfAny();
    const clientId = randomBytes(16).toString("hex");
    const secret = randomBytes(32).toString("base64url");
    const [row] = await this.db.insert(lmsClients).values({ clientId, name, secretHash: sha256(secret), scopes: scopes.join(" "), createdBy: caller.sub }).returning();
    await this.accounts.audit(caller, "lms_client.create", row!.id, name, { name, scopes }, "lms_client");
    return { client: publicClient(row!), client_secret: secret };
  }

  /** Every client, newest first (admin only). */
  async list(caller: Claims) {
    requireAdmin(caller);
    const rows = await this.db.select().from(lmsClients).orderBy(desc(lmsClients.createdAt)).limit(500);
    return { clients: rows.map(publicClient) };
  }

  /** Revokes a client (admin only): the revocation list refuses its tokens within seconds. */
  async revoke(caller: Claims, id: string) {
    requireAdmin(caller);
    if (!isUuid(id.trim())) throw fail.invalid("id", "The client id must be a UUID.");
    const [row] = await this.db
      .update(lmsClients)
      .set({ revokedAt: sql`coalesce(${lmsClients.revokedAt}, now())` })
      .where(eq(lmsClients.id, id.trim().toLowerCase()))
      .returning();
    if (!row) throw fail.notFound("The LMS client");
    await this.accounts.audit(caller, "lms_client.revoke", row.id, row.name, { name: row.name }, "lms_client");
    return { client: publicClient(row) };
  }

  /**
   * The client credentials grant: checks the id and secret (throttled per client and per
   * address, as sign-ins are), narrows the scopes to those asked for, and signs a token.
   */
  async issueToken(input: { clientId: string; clientSecret: string; scope: string; clientAddress: string }) {
    const clientId = input.clientId.trim();
    new Validation().check(clientId.length > 0, "client_id", "client_id is required.").check(input.clientSecret.length > 0, "client_secret", "client_secret is required.").throwIfAny();
    const keys = [`client:${clientId.slice(0, 64)}`, `addr:${input.clientAddress || "unknown"}`];
    await this.accounts.refuseIfLocked(keys);
    if (!(await this.accounts.recordFailure(keys))) await this.accounts.refuseIfLocked(keys);
    const [row] = clientId.length <= 64 ? await this.db.select().from(lmsClients).where(eq(lmsClients.clientId, clientId)).limit(1) : [];
    const given = Buffer.from(sha256(input.clientSecret.slice(0, 512)));
    const valid = row !== undefined && timingSafeEqual(given, Buffer.from(row.secretHash));
    if (!row || !valid || row.revokedAt) throw invalidClient();
    await this.db.execute(sql`delete from login_throttle where key = ${keys[0]!}`);
    await this.db.execute(sql`update login_throttle set failures = greatest(failures - 1, 0) where key = ${keys[1]!}`);
    const held = row.scopes.split(" ").filter(Boolean);
    const asked = input.scope.trim() ? [...new Set(input.scope.trim().split(/\s+/))] : held;
    const refused = asked.filter((s) => !held.includes(s));
    if (refused.length) throw new AppError("PERMISSION_DENIED", `This client may not have the scope ${refused[0]!.slice(0, 200)}.`, [{ field: "scope", message: "invalid_scope" }]);
    await this.db.update(lmsClients).set({ lastUsedAt: new Date() }).where(eq(lmsClients.id, row.id));
    const token = await signClientToken(this.privateKey, this.config, { id: row.id, name: row.name, scopes: asked }, randomUUID(), CLIENT_TOKEN_TTL_SECONDS);
    return { access_token: token, expires_in: CLIENT_TOKEN_TTL_SECONDS, scope: asked.join(" ") };
  }
}

function requireAdmin(caller: Claims) {
  if (caller.role !== "ADMIN") throw fail.forbidden("Only admins may manage LMS clients.");
}
