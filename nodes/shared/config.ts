import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIP } from "node:net";
import { join } from "node:path";
import { isTimeZone } from "./university-time";
import { mailboxAddress } from "./email-address";
import { tracingVar } from "./telemetry/settings";

/** Thrown when an environment variable is missing or malformed; names the variable. */
export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`configuration error: ${variable} ${problem}`);
  }
}

type Env = Record<string, string | undefined>;

/** Reads a TCP port (1-65535, or 0 for "any free port"). */
export function portVar(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) > 65535) throw new ConfigError(name, `must be a port number 0-65535, got "${raw}"`);
  return Number(raw);
}

/** Reads a positive integer within bounds. */
export function intVar(env: Env, name: string, fallback: number, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return Number(raw);
}

/**
 * Reads the address of a gRPC service: `host:port`, `dns:///name:port` (every address the name
 * resolves to, round robin) or a comma-separated list of IP addresses with ports.
 */
export function addressVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const one = /^(dns:\/\/\/)?[A-Za-z0-9.\-_[\]:]+:\d{1,5}$/;
  const ip = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-fA-F:.]+\]):\d{1,5}$/;
  const parts = raw.split(",");
  if (parts.length === 1 ? !one.test(raw) : !parts.every((part) => ip.test(part.trim()))) {
    throw new ConfigError(name, `must look like host:port, dns:///name:port or a list of ip:port separated by commas, got "${raw}"`);
  }
  return raw;
}

/** Reads a host name or IP address to listen on. */
export function hostVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^[A-Za-z0-9.\-_:]+$/.test(raw)) throw new ConfigError(name, `must be a host name or IP address such as 127.0.0.1 or 0.0.0.0, got "${raw}"`);
  return raw;
}

/**
 * TLS between nodes: the CA, this node's certificate and its key (PEM files). All three or none;
 * each must be readable.
 */
export function tlsFilesVar(env: Env, names: { ca: string; cert: string; key: string }): { ca: string; cert: string; key: string } | undefined {
  const given = Object.entries(names).filter(([, variable]) => env[variable]);
  if (given.length === 0) return undefined;
  const missing = Object.values(names).filter((variable) => !env[variable]);
  if (missing.length) throw new ConfigError(missing[0]!, `must be set too: TLS between nodes needs ${Object.values(names).join(", ")} together`);
  for (const variable of Object.values(names)) {
    if (!existsSync(env[variable]!)) throw new ConfigError(variable, `names a file that does not exist: "${env[variable]}"`);
  }
  return { ca: env[names.ca]!, cert: env[names.cert]!, key: env[names.key]! };
}

/** Reads the URL of an SMTP server (smtp:// or smtps://, with user and password if it needs them). */
export function smtpUrlVar(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !["smtp:", "smtps:"].includes(url.protocol) || !url.hostname) {
    throw new ConfigError(name, "must be a URL such as smtp://user:password@mail.example.edu:587 or smtps://mail.example.edu:465");
  }
  return raw;
}

/** Reads a From address: `noreply@uni.example` or `EduStream <noreply@uni.example>`. */
export function mailFromVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!mailboxAddress(raw)) throw new ConfigError(name, `must be one email address, optionally with a name: "EduStream <noreply@uni.example>", got "${raw}"`);
  return raw;
}

/** Reads a postgres:// URL. */
export function databaseUrlVar(env: Env, name: string): string | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, "must be a URL like postgres://user:password@host:5432");
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new ConfigError(name, `must use the postgres:// scheme, got "${url.protocol}"`);
  }
  return raw;
}

/** Reads one of a fixed set of words. */
export function enumVar<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(", ")}, got "${raw}"`);
  return raw as T;
}

/** Reads an IANA time zone name that Intl knows, e.g. "Europe/Berlin" or "UTC". */
export function timeZoneVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  // Intl also takes bare offsets ("+02:00"); a zone name keeps the summer-time rules, so only names are accepted.
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(raw) || !isTimeZone(raw)) throw new ConfigError(name, `must be an IANA time zone such as Europe/Berlin or America/New_York, got "${raw}"`);
  return new Intl.DateTimeFormat("en-GB", { timeZone: raw }).resolvedOptions().timeZone;
}

/**
 * Reads a comma-separated list of IP addresses and address ranges in CIDR form (10.244.0.0/16,
 * fd00::/8): on Kubernetes the proxies in front of a node (the ingress controller, the view) are
 * pods whose addresses change, so the pod network's range is trusted.
 */
export function addressListVar(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return [];
  const list = raw.split(",").map((a) => a.trim()).filter(Boolean);
  const bad = list.find((entry) => {
    const [address = "", prefix, ...rest] = entry.split("/");
    const family = isIP(address);
    if (!family || rest.length) return true;
    return prefix !== undefined && (!/^\d{1,3}$/.test(prefix) || Number(prefix) > (family === 4 ? 32 : 128));
  });
  if (bad !== undefined) throw new ConfigError(name, `must be a comma-separated list of IP addresses or ranges such as 10.244.0.0/16, got "${bad}"`);
  return list;
}

/**
 * Reads an http(s) URL. Plain http is accepted only for loopback hosts (a provider started on
 * this machine, as the tests do) unless `allowHttp` says otherwise.
 */
export function httpUrlVar(env: Env, name: string, allowHttp = false): URL | undefined {
  const raw = env[name];
  if (raw === undefined || raw === "") return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL such as https://login.uni.example, got "${raw}"`);
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && (loopback || allowHttp))) throw new ConfigError(name, `must use https:// (plain http only on this machine, 127.0.0.1 or localhost), got "${raw}"`);
  if (url.username || url.password || url.hash) throw new ConfigError(name, `must not carry a user, password or #fragment, got "${raw}"`);
  return url;
}

/** The roles a single sign-on role claim may map to. */
const SSO_ROLES = ["STUDENT", "FACULTY", "ADMIN"] as const;

/**
 * Reads a role mapping "value=ROLE,value=ROLE" (claim values of the identity provider to
 * EduStream roles), e.g. "student=STUDENT,faculty=FACULTY,registrar=ADMIN".
 */
export function roleMapVar(env: Env, name: string): ReadonlyMap<string, (typeof SSO_ROLES)[number]> {
  const raw = env[name];
  const map = new Map<string, (typeof SSO_ROLES)[number]>();
  if (raw === undefined || raw.trim() === "") return map;
  for (const entry of raw.split(",")) {
    const [value = "", role = "", ...rest] = entry.split("=").map((part) => part.trim());
    if (!value || rest.length || !SSO_ROLES.includes(role as never)) throw new ConfigError(name, `must be a comma-separated list of claim-value=ROLE with ROLE one of ${SSO_ROLES.join(", ")}, got "${entry.trim()}"`);
    map.set(value, role as (typeof SSO_ROLES)[number]);
  }
  return map;
}

/** Reads the name of a token claim (letters, digits, _ . : / -), e.g. preferred_username. */
export function claimNameVar(env: Env, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (!/^[A-Za-z0-9_.:/-]{1,100}$/.test(raw)) throw new ConfigError(name, `must be a claim name such as preferred_username or email, got "${raw}"`);
  return raw;
}

/**
 * Single sign-on with the university's OpenID Connect provider (docs/integration.md, "Single
 * sign-on"): on when EDUSTREAM_OIDC_ISSUER is set, which then needs the client id, its secret and
 * the redirect address registered with the provider.
 */
export function ssoVar(env: Env) {
  const issuer = httpUrlVar(env, "EDUSTREAM_OIDC_ISSUER");
  if (!issuer) {
    for (const name of ["EDUSTREAM_OIDC_CLIENT_ID", "EDUSTREAM_OIDC_REDIRECT_URI"]) {
      if (env[name]) throw new ConfigError("EDUSTREAM_OIDC_ISSUER", `must be set too: ${name} is set, and single sign-on needs the provider's issuer URL`);
    }
    return undefined;
  }
  // The secret is the view's alone (it redeems the codes): the view requires it at start (nodes/view/sso.ts).
  for (const name of ["EDUSTREAM_OIDC_CLIENT_ID", "EDUSTREAM_OIDC_REDIRECT_URI"]) {
    if (!env[name]) throw new ConfigError(name, "must be set: single sign-on (EDUSTREAM_OIDC_ISSUER) needs the client id and the redirect address registered with the provider");
  }
  const redirectUri = httpUrlVar(env, "EDUSTREAM_OIDC_REDIRECT_URI")!;
  if (redirectUri.pathname !== SSO_CALLBACK_PATH || redirectUri.search) throw new ConfigError("EDUSTREAM_OIDC_REDIRECT_URI", `must be the portal's address followed by ${SSO_CALLBACK_PATH}, e.g. https://portal.uni.example${SSO_CALLBACK_PATH}`);
  const clientId = env.EDUSTREAM_OIDC_CLIENT_ID!;
  if (clientId.length > 255) throw new ConfigError("EDUSTREAM_OIDC_CLIENT_ID", "must be at most 255 characters");
  const scopes = (env.EDUSTREAM_OIDC_SCOPES || "openid profile email").split(/\s+/).filter(Boolean);
  if (!scopes.includes("openid") || scopes.some((scope) => !/^[\x21\x23-\x5B\x5D-\x7E]+$/.test(scope))) throw new ConfigError("EDUSTREAM_OIDC_SCOPES", `must be scopes separated by spaces and include openid, got "${env.EDUSTREAM_OIDC_SCOPES}"`);
  const buttonLabel = (env.EDUSTREAM_OIDC_BUTTON_LABEL || "Sign in with your university account").trim();
  if (buttonLabel.length > 80) throw new ConfigError("EDUSTREAM_OIDC_BUTTON_LABEL", "must be at most 80 characters");
  const roleClaim = env.EDUSTREAM_OIDC_ROLE_CLAIM ? claimNameVar(env, "EDUSTREAM_OIDC_ROLE_CLAIM", "") : undefined;
  const roleMap = roleMapVar(env, "EDUSTREAM_OIDC_ROLE_MAP");
  if (roleClaim && roleMap.size === 0) throw new ConfigError("EDUSTREAM_OIDC_ROLE_MAP", "must be set when EDUSTREAM_OIDC_ROLE_CLAIM is: which claim values mean STUDENT, FACULTY or ADMIN (e.g. student=STUDENT,faculty=FACULTY)");
  return {
    issuer: issuer.href,
    clientId,
    clientSecret: env.EDUSTREAM_OIDC_CLIENT_SECRET || undefined,
    redirectUri: redirectUri.href,
    scopes,
    buttonLabel,
    /** The claim whose value is the EduStream username (an address's part before @ when it is one). */
    usernameClaim: claimNameVar(env, "EDUSTREAM_OIDC_USERNAME_CLAIM", "preferred_username"),
    /** The claim the role comes from; unset: the role is the admin's to set in EduStream. */
    roleClaim,
    roleMap,
    /** An account nobody created yet: created (student, or the mapped role) when true; refused when false. */
    createAccounts: boolVar(env, "EDUSTREAM_OIDC_CREATE_ACCOUNTS", false),
  };
}

/** Where the identity provider sends the browser back to (the path of EDUSTREAM_OIDC_REDIRECT_URI). */
export const SSO_CALLBACK_PATH = "/login/sso/callback";

/** Reads "true"/"false"/"1"/"0". */
export function boolVar(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw)) return true;
  if (["0", "false", "no"].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
}

/**
 * Password of the embedded PostgreSQL: generated once into the data folder (mode 0600), so no
 * database password is ever committed or fixed in code.
 */
export function embeddedPassword(dataDir: string): string {
  return generatedSecret(dataDir, "pg-password", 18);
}

/** A random secret generated once into a file of the data folder (mode 0600) and read back after. */
export function generatedSecret(dataDir: string, name: string, bytes: number): string {
  const file = join(dataDir, name);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(bytes).toString("base64url"), { mode: 0o600, flag: "wx" });
    } catch (error) {
      // Another process made it first: read theirs.
      if ((error as { code?: string }).code !== "EEXIST") throw error;
    }
  }
  return readFileSync(file, "utf8").trim();
}

const ROOT = join(import.meta.dir, "..", "..");

/** The database roles: one per node that opens a database, and the owner of every table. */
export const DB_ROLE_KEYS = ["owner", "auth", "course", "enrollment", "grades", "facultyGrades"] as const;
export type DbRoleKey = (typeof DB_ROLE_KEYS)[number];
export type NodeDbRole = Exclude<DbRoleKey, "owner">;

/** The variable that may give a role's password, e.g. EDUSTREAM_FACULTY_GRADES_DB_PASSWORD. */
export function dbPasswordVariable(key: DbRoleKey): string {
  return `EDUSTREAM_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}_DB_PASSWORD`;
}

/** Settings shared by every node, read from the environment and validated once. */
export function loadConfig(env: Env = process.env) {
  const passwordSignIn = boolVar(env, "EDUSTREAM_PASSWORD_SIGNIN", true);
  if (!passwordSignIn && !env.EDUSTREAM_OIDC_ISSUER) throw new ConfigError("EDUSTREAM_PASSWORD_SIGNIN", "may be false only with single sign-on (EDUSTREAM_OIDC_ISSUER): otherwise nobody but admins could sign in");
  const dataDir = env.EDUSTREAM_DATA_DIR || join(ROOT, ".data");
  const embeddedPgPort = portVar(env, "EDUSTREAM_PG_PORT", 54329);
  const databaseUrl =
    databaseUrlVar(env, "EDUSTREAM_DATABASE_URL") ??
    `postgres://postgres:${encodeURIComponent(embeddedPassword(dataDir))}@127.0.0.1:${embeddedPgPort}/postgres`;
  const dbPrefix = env.EDUSTREAM_DB_PREFIX || "edustream";
  if (!/^[a-z][a-z0-9_]{0,40}$/.test(dbPrefix)) throw new ConfigError("EDUSTREAM_DB_PREFIX", `must be lower-case letters, digits or _, got "${dbPrefix}"`);
  const external = Boolean(env.EDUSTREAM_DATABASE_URL);
  return {
    root: ROOT,
    dataDir,
    /**
     * `demo` (demo accounts and data, a banner on every page) or `production` (no demo data ever,
     * a first admin who must change the password, unsafe settings refused). Production is the
     * default whenever a database URL is given.
     */
    mode: enumVar(env, "EDUSTREAM_ENV", ["production", "demo"] as const, external ? "production" : "demo"),
    logLevel: enumVar(env, "EDUSTREAM_LOG_LEVEL", ["debug", "info", "warn", "error"] as const, "info"),
    /** True when no external database is given and the embedded PostgreSQL is used. */
    embeddedPostgres: !external,
    embeddedPgPort,
    /** Server URL; the three database names are put in its path. */
    databaseUrl,
    databases: {
      auth: `${dbPrefix}_auth`,
      courses: `${dbPrefix}_courses`,
      grades: `${dbPrefix}_grades`,
    },
    /**
     * The server of each database, with the credentials that run its setup (migrations, grants):
     * each may live on a server of its own, else on the one of EDUSTREAM_DATABASE_URL.
     */
    databaseServers: {
      auth: databaseUrlVar(env, "EDUSTREAM_AUTH_DATABASE_URL") ?? databaseUrl,
      courses: databaseUrlVar(env, "EDUSTREAM_COURSES_DATABASE_URL") ?? databaseUrl,
      grades: databaseUrlVar(env, "EDUSTREAM_GRADES_DATABASE_URL") ?? databaseUrl,
    },
    /** The PostgreSQL role of each node, and of the owner of the tables (see db/roles.ts). */
    dbRoles: Object.fromEntries(DB_ROLE_KEYS.map((key) => [key, `${dbPrefix}_${key === "facultyGrades" ? "faculty_grades" : key}${key === "owner" ? "" : "_node"}`])) as Record<DbRoleKey, string>,
    /** Passwords of those roles given by the environment; the others are generated into the data folder. */
    dbRolePasswords: Object.fromEntries(DB_ROLE_KEYS.flatMap((key) => {
      const value = env[dbPasswordVariable(key)];
      return value ? [[key, value]] : [];
    })) as Partial<Record<DbRoleKey, string>>,
    /**
     * A connection pooler (PgBouncer in transaction mode) the nodes connect through instead of
     * the servers; setup and migrations always go to the servers directly.
     */
    dbPoolerUrl: databaseUrlVar(env, "EDUSTREAM_DB_POOLER_URL"),
    dbPoolSize: intVar(env, "EDUSTREAM_DB_POOL_SIZE", 10, 1, 200),
    /**
     * Pool of the enrollment node: on registration day each enroll holds a connection through its
     * commit (a WAL flush, several ms on a slow disk), so throughput needs many transactions in flight.
     */
    enrollmentDbPoolSize: intVar(env, "EDUSTREAM_ENROLLMENT_DB_POOL_SIZE", 16, 1, 200),
    ports: {
      view: portVar(env, "VIEW_PORT", 5000),
      gateway: portVar(env, "GATEWAY_PORT", 5001),
      auth: portVar(env, "AUTH_PORT", 50051),
      course: portVar(env, "COURSE_PORT", 50052),
      enrollment: portVar(env, "ENROLLMENT_PORT", 50053),
      grades: portVar(env, "GRADES_PORT", 50054),
      facultyGrades: portVar(env, "FACULTY_GRADES_PORT", 50055),
    },
    addresses: {
      gateway: env.GATEWAY_URL || `http://127.0.0.1:${portVar(env, "GATEWAY_PORT", 5001)}`,
      auth: addressVar(env, "AUTH_ADDR", `127.0.0.1:${portVar(env, "AUTH_PORT", 50051)}`),
      course: addressVar(env, "COURSE_ADDR", `127.0.0.1:${portVar(env, "COURSE_PORT", 50052)}`),
      enrollment: addressVar(env, "ENROLLMENT_ADDR", `127.0.0.1:${portVar(env, "ENROLLMENT_PORT", 50053)}`),
      grades: addressVar(env, "GRADES_ADDR", `127.0.0.1:${portVar(env, "GRADES_PORT", 50054)}`),
      facultyGrades: addressVar(env, "FACULTY_GRADES_ADDR", `127.0.0.1:${portVar(env, "FACULTY_GRADES_PORT", 50055)}`),
    },
    grpc: {
      /** Address the gRPC services listen on: loopback unless the nodes run on several hosts. */
      host: hostVar(env, "EDUSTREAM_GRPC_HOST", "127.0.0.1"),
      /** PEM files for TLS between nodes (client certificates required); plaintext without. */
      tls: tlsFilesVar(env, { ca: "EDUSTREAM_GRPC_CA", cert: "EDUSTREAM_GRPC_CERT", key: "EDUSTREAM_GRPC_KEY" }),
      /** A plaintext port serving only the gRPC health service (for Kubernetes probes when TLS is on); none by default. */
      healthPort: env.EDUSTREAM_GRPC_HEALTH_PORT ? portVar(env, "EDUSTREAM_GRPC_HEALTH_PORT", 0) : undefined,
      /** Name checked in servers' certificates instead of the dialled host (for lists of IP addresses). */
      tlsServerName: env.EDUSTREAM_GRPC_TLS_SERVER_NAME || undefined,
    },
    jwt: {
      privateKeyPem: env.EDUSTREAM_JWT_PRIVATE_KEY,
      publicKeyPem: env.EDUSTREAM_JWT_PUBLIC_KEY,
      issuer: env.EDUSTREAM_JWT_ISSUER || "edustream-auth",
      audience: env.EDUSTREAM_JWT_AUDIENCE || "edustream",
      accessTtlSeconds: intVar(env, "EDUSTREAM_ACCESS_TOKEN_TTL", 300, 30, 3600),
      refreshTtlSeconds: intVar(env, "EDUSTREAM_REFRESH_TOKEN_TTL", 7 * 24 * 3600, 300, 90 * 24 * 3600),
    },
    grpcDeadlineMs: intVar(env, "EDUSTREAM_GRPC_DEADLINE_MS", 5000, 50, 60000),
    demoPassword: env.EDUSTREAM_DEMO_PASSWORD || DEMO_PASSWORD,
    /** Production: the first admin's password (else a one-time password is generated and printed once). */
    adminPassword: env.EDUSTREAM_ADMIN_PASSWORD || undefined,
    /** Production: plain-HTTP cookies only when this is set on purpose. */
    allowInsecureCookies: boolVar(env, "EDUSTREAM_ALLOW_INSECURE_COOKIES", false),
    creditLimit: intVar(env, "EDUSTREAM_CREDIT_LIMIT", 18, 1, 60),
    /** How often the enrollment node applies catalog events nobody applied yet (a course node that stopped after its commit). */
    catalogSweepMs: intVar(env, "EDUSTREAM_CATALOG_SWEEP_MS", 5000, 100, 600_000),
    /** Email of notifications (docs/notifications.md): off without an SMTP server; the portal shows them all the same. */
    mail: {
      smtpUrl: smtpUrlVar(env, "EDUSTREAM_SMTP_URL"),
      from: mailFromVar(env, "EDUSTREAM_MAIL_FROM", "EduStream <noreply@localhost>"),
      /** The first retry's wait after a failed send; each next one doubles, up to 15 minutes. */
      retryMs: intVar(env, "EDUSTREAM_MAIL_RETRY_MS", 5000, 100, 900_000),
    },
    /** The university's time zone: times are shown and entered in it, and stored as instants. */
    timeZone: timeZoneVar(env, "EDUSTREAM_TIMEZONE", "UTC"),
    /** Failed sign-ins within 15 minutes before a temporary lock: per account, and per client address (high: campus NATs share one). */
    loginThrottle: {
      accountFailures: intVar(env, "EDUSTREAM_LOGIN_FAILURES_PER_ACCOUNT", 5, 1, 1000),
      addressFailures: intVar(env, "EDUSTREAM_LOGIN_FAILURES_PER_ADDRESS", 100, 1, 1_000_000),
    },
    /** Key that signs the view's flash cookies (else generated once into the data folder). */
    cookieSecret: env.EDUSTREAM_COOKIE_SECRET || undefined,
    /**
     * Reverse proxies whose X-Forwarded-For is believed (the rightmost hop not in this list is
     * the client). The gateway also believes the view on this host (loopback).
     */
    trustedProxies: addressListVar(env, "EDUSTREAM_TRUSTED_PROXIES"),
    /** Self-registrations per client address in 15 minutes (high: a campus NAT is one address). */
    registrationsPerAddress: intVar(env, "EDUSTREAM_REGISTRATIONS_PER_ADDRESS", 60, 1, 1_000_000),
    /** Single sign-on with the university's OpenID Connect provider; undefined when not configured. */
    sso: ssoVar(env),
    /**
     * Sign-in with EduStream passwords for everyone (true), or only for admin accounts (false: the
     * first admin of an install, and a way in when the identity provider is down); needs single sign-on.
     */
    passwordSignIn,
    /** Cookies get the Secure flag, `__Host-` names and HSTS when the view is served over HTTPS. */
    secureCookies: boolVar(env, "EDUSTREAM_SECURE_COOKIES", false),
    /** Maximum accepted request body in bytes (gateway and view). */
    maxBodyBytes: intVar(env, "EDUSTREAM_MAX_BODY_BYTES", 1024 * 1024, 1024, 64 * 1024 * 1024),
    /** Prometheus metrics: each node serves /metrics on a port of its own (docs/operations.md). */
    metrics: {
      enabled: boolVar(env, "EDUSTREAM_METRICS", true),
      host: hostVar(env, "EDUSTREAM_METRICS_HOST", "127.0.0.1"),
      /** The port of every node started with this config; unset: each node's own default (telemetry/metrics.ts). */
      port: env.EDUSTREAM_METRICS_PORT ? portVar(env, "EDUSTREAM_METRICS_PORT", 0) : undefined,
      /** The copy number PM2 gives each copy of a node (instances > 1): added to the port. */
      instance: intVar(env, "NODE_APP_INSTANCE", 0, 0, 999),
    },
    /** OpenTelemetry traces, from the standard OTEL_* variables: off unless an OTLP endpoint is set. */
    tracing: tracingVar(env),
  };
}

export type Config = ReturnType<typeof loadConfig>;

/** The password of the demo accounts unless EDUSTREAM_DEMO_PASSWORD says otherwise. */
export const DEMO_PASSWORD = "edustream";

/**
 * Settings that are unsafe for a real install, each naming its variable (empty in demo mode).
 * `env` is the raw environment: keys must come from it in production (never generated).
 */
export function productionProblems(config: Config, env: Env = process.env): ConfigError[] {
  if (config.mode !== "production") return [];
  const problems: ConfigError[] = [];
  if (!config.secureCookies && !config.allowInsecureCookies) {
    problems.push(new ConfigError("EDUSTREAM_SECURE_COOKIES", "must be true in production (serve the portal over HTTPS), or set EDUSTREAM_ALLOW_INSECURE_COOKIES=true to accept cookies sent in clear"));
  }
  if (env.EDUSTREAM_DEMO_PASSWORD) problems.push(new ConfigError("EDUSTREAM_DEMO_PASSWORD", "must not be set in production: demo accounts are never created there"));
  const admin = config.adminPassword;
  if (admin !== undefined && (admin === DEMO_PASSWORD || admin.length < 10 || admin.length > 128)) {
    problems.push(new ConfigError("EDUSTREAM_ADMIN_PASSWORD", "must be 10 to 128 characters and not the demo password (or leave it unset to get a one-time password)"));
  }
  if (!env.EDUSTREAM_JWT_PUBLIC_KEY) problems.push(new ConfigError("EDUSTREAM_JWT_PUBLIC_KEY", "must be set in production (an Ed25519 public key in PEM; `bun run keys` makes a pair)"));
  if (env.EDUSTREAM_NODE === "auth" && !env.EDUSTREAM_JWT_PRIVATE_KEY) {
    problems.push(new ConfigError("EDUSTREAM_JWT_PRIVATE_KEY", "must be set for the auth node in production (an Ed25519 private key in PEM; `bun run keys` makes a pair)"));
  }
  if (config.sso && !config.sso.issuer.startsWith("https:")) problems.push(new ConfigError("EDUSTREAM_OIDC_ISSUER", "must use https:// in production"));
  if (config.sso && !config.sso.redirectUri.startsWith("https:") && !config.allowInsecureCookies) problems.push(new ConfigError("EDUSTREAM_OIDC_REDIRECT_URI", "must use https:// in production"));
  if (env.EDUSTREAM_COOKIE_SECRET !== undefined && env.EDUSTREAM_COOKIE_SECRET.length < 32) {
    problems.push(new ConfigError("EDUSTREAM_COOKIE_SECRET", "must be at least 32 characters"));
  }
  return problems;
}

/**
 * Loads the config or stops the process (exit 78) with a message that names the bad variable;
 * in production, with one line for each unsafe setting.
 */
export function loadConfigOrExit(env: Env = process.env): Config {
  try {
    const config = loadConfig(env);
    const problems = productionProblems(config, env);
    if (problems.length) {
      for (const problem of problems) console.error(problem.message);
      console.error(`refusing to start in production mode with ${problems.length} unsafe setting(s) (EDUSTREAM_ENV=demo runs the demo instead)`);
      process.exit(78);
    }
    return config;
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}

/** URL of one named database on its server, with the setup (owner or administrator) credentials. */
export function databaseUrlFor(config: Config, which: keyof Config["databases"]): string {
  const url = new URL(config.databaseServers[which]);
  url.pathname = `/${config.databases[which]}`;
  return url.toString();
}

/** A role's password: from its variable, else generated once into the data folder. */
export function dbRolePassword(config: Config, key: DbRoleKey): string {
  return config.dbRolePasswords[key] ?? generatedSecret(config.dataDir, `pg-role-${key}`, 18);
}

/** URL a node opens its database with: its own role, through the pooler when one is set. */
export function nodeDatabaseUrl(config: Config, role: NodeDbRole, which: keyof Config["databases"]): string {
  const url = new URL(databaseUrlFor(config, which));
  if (config.dbPoolerUrl) {
    const pooler = new URL(config.dbPoolerUrl);
    url.hostname = pooler.hostname;
    url.port = pooler.port;
    url.search = pooler.search;
  }
  url.username = encodeURIComponent(config.dbRoles[role]);
  url.password = encodeURIComponent(dbRolePassword(config, role));
  return url.toString();
}

/**
 * Every environment variable a node or the setup reads (deploy/kubernetes may set only these;
 * tests/deploy checks both that list and the code that reads them).
 */
export const ENVIRONMENT_VARIABLES: readonly string[] = [
  "EDUSTREAM_ENV", "EDUSTREAM_NODE", "EDUSTREAM_LOG_LEVEL", "EDUSTREAM_DATA_DIR",
  // Databases
  "EDUSTREAM_DATABASE_URL", "EDUSTREAM_AUTH_DATABASE_URL", "EDUSTREAM_COURSES_DATABASE_URL", "EDUSTREAM_GRADES_DATABASE_URL",
  "EDUSTREAM_PG_PORT", "EDUSTREAM_DB_PREFIX", "EDUSTREAM_DB_POOLER_URL", "EDUSTREAM_DB_POOL_SIZE", "EDUSTREAM_ENROLLMENT_DB_POOL_SIZE",
  ...DB_ROLE_KEYS.map(dbPasswordVariable),
  // Ports, listen addresses and the addresses of the other nodes
  "VIEW_PORT", "GATEWAY_PORT", "AUTH_PORT", "COURSE_PORT", "ENROLLMENT_PORT", "GRADES_PORT", "FACULTY_GRADES_PORT",
  "VIEW_HOST", "GATEWAY_HOST", "EDUSTREAM_GRPC_HOST", "EDUSTREAM_GRPC_HEALTH_PORT",
  "GATEWAY_URL", "AUTH_ADDR", "COURSE_ADDR", "ENROLLMENT_ADDR", "GRADES_ADDR", "FACULTY_GRADES_ADDR",
  // TLS between nodes, tokens, deadlines
  "EDUSTREAM_GRPC_CA", "EDUSTREAM_GRPC_CERT", "EDUSTREAM_GRPC_KEY", "EDUSTREAM_GRPC_TLS_SERVER_NAME",
  "EDUSTREAM_JWT_PRIVATE_KEY", "EDUSTREAM_JWT_PUBLIC_KEY", "EDUSTREAM_JWT_ISSUER", "EDUSTREAM_JWT_AUDIENCE",
  "EDUSTREAM_ACCESS_TOKEN_TTL", "EDUSTREAM_REFRESH_TOKEN_TTL", "EDUSTREAM_GRPC_DEADLINE_MS",
  // Accounts, cookies, limits, the registrar's rules
  "EDUSTREAM_DEMO_PASSWORD", "EDUSTREAM_ADMIN_PASSWORD", "EDUSTREAM_COOKIE_SECRET", "EDUSTREAM_SECURE_COOKIES", "EDUSTREAM_ALLOW_INSECURE_COOKIES",
  "EDUSTREAM_TRUSTED_PROXIES", "EDUSTREAM_LOGIN_FAILURES_PER_ACCOUNT", "EDUSTREAM_LOGIN_FAILURES_PER_ADDRESS", "EDUSTREAM_REGISTRATIONS_PER_ADDRESS",
  "EDUSTREAM_MAX_BODY_BYTES", "EDUSTREAM_CREDIT_LIMIT", "EDUSTREAM_TIMEZONE", "EDUSTREAM_CATALOG_SWEEP_MS",
  // Email of notifications
  "EDUSTREAM_SMTP_URL", "EDUSTREAM_MAIL_FROM", "EDUSTREAM_MAIL_RETRY_MS",
  // Single sign-on (docs/integration.md) and password sign-in
  "EDUSTREAM_OIDC_ISSUER", "EDUSTREAM_OIDC_CLIENT_ID", "EDUSTREAM_OIDC_CLIENT_SECRET", "EDUSTREAM_OIDC_REDIRECT_URI", "EDUSTREAM_OIDC_SCOPES",
  "EDUSTREAM_OIDC_BUTTON_LABEL", "EDUSTREAM_OIDC_USERNAME_CLAIM", "EDUSTREAM_OIDC_ROLE_CLAIM", "EDUSTREAM_OIDC_ROLE_MAP", "EDUSTREAM_OIDC_CREATE_ACCOUNTS",
  "EDUSTREAM_PASSWORD_SIGNIN",
  // Metrics and traces (docs/operations.md: Metrics, traces and logs); PM2 sets NODE_APP_INSTANCE (the copy index) itself
  "EDUSTREAM_METRICS", "EDUSTREAM_METRICS_HOST", "EDUSTREAM_METRICS_PORT", "NODE_APP_INSTANCE",
  "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "OTEL_TRACES_EXPORTER", "OTEL_TRACES_SAMPLER", "OTEL_TRACES_SAMPLER_ARG", "OTEL_SDK_DISABLED", "OTEL_SERVICE_NAME",
];
