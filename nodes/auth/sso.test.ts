import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { ConfigError, loadConfig, productionProblems } from "../shared/config";
import { emailFromClaims, nameFromClaims, roleFromClaim, usernameFromClaim } from "./sso";
import { SsoClient } from "../view/sso";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const base = { EDUSTREAM_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" };
const sso = {
  EDUSTREAM_OIDC_ISSUER: "https://login.uni.example/realms/main",
  EDUSTREAM_OIDC_CLIENT_ID: "edustream",
  EDUSTREAM_OIDC_CLIENT_SECRET: "s3cret-from-the-provider",
  EDUSTREAM_OIDC_REDIRECT_URI: "https://portal.uni.example/login/sso/callback",
};

/** The variable a refused setting names. */
function refused(env: Record<string, string>): string | undefined {
  try {
    loadConfig({ ...base, ...env });
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error.variable;
    throw error;
  }
}

describe("single sign-on: which account and role a provider's claims mean", () => {
  test("the username is the claim in lower case; of an address, the part before the last @", () => {
    expect(usernameFromClaim("JDoe")).toBe("jdoe");
    expect(usernameFromClaim(" jdoe@uni.example ")).toBe("jdoe");
    expect(usernameFromClaim("")).toBeUndefined();
    expect(usernameFromClaim(["jdoe"])).toBeUndefined();
    expect(usernameFromClaim(42)).toBeUndefined();
  });

  test("the role is the highest mapped value of one value or a list; none mapped gives none", () => {
    const map = new Map([["student", "STUDENT"], ["faculty", "FACULTY"], ["registrar", "ADMIN"]] as const);
    expect(roleFromClaim("student", map)).toBe("STUDENT");
    expect(roleFromClaim(["member", "student", "faculty"], map)).toBe("FACULTY");
    expect(roleFromClaim(["registrar", "student"], map)).toBe("ADMIN");
    expect(roleFromClaim(["alumni"], map)).toBeUndefined();
    expect(roleFromClaim(undefined, map)).toBeUndefined();
  });

  test("a new account's name: name, else given and family name, else the username", () => {
    expect(nameFromClaims({ name: "Jane Doe" }, "jdoe")).toBe("Jane Doe");
    expect(nameFromClaims({ given_name: "Jane", family_name: "Doe" }, "jdoe")).toBe("Jane Doe");
    expect(nameFromClaims({}, "jdoe")).toBe("jdoe");
    expect(nameFromClaims({ name: "bad\u0000name" }, "jdoe")).toBe("jdoe");
  });

  test("a new account's email address: the email claim when it is one address", () => {
    expect(emailFromClaims({ email: " jane@uni.example " })).toBe("jane@uni.example");
    expect(emailFromClaims({ email: "not an address" })).toBe("");
    expect(emailFromClaims({})).toBe("");
  });
});

describe("single sign-on settings", () => {
  test("off unless an issuer is given; on with issuer, client id, secret and redirect address", () => {
    expect(loadConfig(base).sso).toBeUndefined();
    const config = loadConfig({ ...base, ...sso, EDUSTREAM_OIDC_ROLE_CLAIM: "affiliation", EDUSTREAM_OIDC_ROLE_MAP: "student=STUDENT, faculty=FACULTY" });
    expect(config.sso).toMatchObject({ clientId: "edustream", scopes: ["openid", "profile", "email"], usernameClaim: "preferred_username", roleClaim: "affiliation", createAccounts: false, buttonLabel: "Sign in with your university account" });
    expect([...config.sso!.roleMap]).toEqual([["student", "STUDENT"], ["faculty", "FACULTY"]]);
    expect(config.passwordSignIn).toBe(true);
  });

  test("each incomplete or malformed setting stops the node, naming its variable", () => {
    expect(refused({ EDUSTREAM_OIDC_CLIENT_ID: "edustream" })).toBe("EDUSTREAM_OIDC_ISSUER");
    expect(refused({ ...sso, EDUSTREAM_OIDC_CLIENT_ID: "" })).toBe("EDUSTREAM_OIDC_CLIENT_ID");
    expect(refused({ ...sso, EDUSTREAM_OIDC_ISSUER: "http://login.uni.example" })).toBe("EDUSTREAM_OIDC_ISSUER");
    expect(refused({ ...sso, EDUSTREAM_OIDC_ISSUER: "not a url" })).toBe("EDUSTREAM_OIDC_ISSUER");
    expect(refused({ ...sso, EDUSTREAM_OIDC_REDIRECT_URI: "https://portal.uni.example/callback" })).toBe("EDUSTREAM_OIDC_REDIRECT_URI");
    expect(refused({ ...sso, EDUSTREAM_OIDC_SCOPES: "profile email" })).toBe("EDUSTREAM_OIDC_SCOPES");
    expect(refused({ ...sso, EDUSTREAM_OIDC_ROLE_CLAIM: "affiliation" })).toBe("EDUSTREAM_OIDC_ROLE_MAP");
    expect(refused({ ...sso, EDUSTREAM_OIDC_ROLE_CLAIM: "affiliation", EDUSTREAM_OIDC_ROLE_MAP: "student=PRINCIPAL" })).toBe("EDUSTREAM_OIDC_ROLE_MAP");
    expect(refused({ ...sso, EDUSTREAM_OIDC_USERNAME_CLAIM: "user name" })).toBe("EDUSTREAM_OIDC_USERNAME_CLAIM");
    expect(refused({ ...sso, EDUSTREAM_OIDC_CREATE_ACCOUNTS: "sometimes" })).toBe("EDUSTREAM_OIDC_CREATE_ACCOUNTS");
    // Passwords off without single sign-on would leave only admins able to sign in.
    expect(refused({ EDUSTREAM_PASSWORD_SIGNIN: "false" })).toBe("EDUSTREAM_PASSWORD_SIGNIN");
    expect(refused({ ...sso, EDUSTREAM_PASSWORD_SIGNIN: "false" })).toBeUndefined();
  });

  test("the client secret is the view's alone: other nodes start without it, the view does not", () => {
    const { EDUSTREAM_OIDC_CLIENT_SECRET: _secret, ...withoutSecret } = sso;
    const config = loadConfig({ ...base, ...withoutSecret });
    expect(config.sso?.clientSecret).toBeUndefined();
    expect(() => new SsoClient(config.sso!)).toThrow(/EDUSTREAM_OIDC_CLIENT_SECRET must be set for the view/);
  });

  test("a provider on this machine may use plain http (tests); production wants https for both addresses", () => {
    const local = { ...sso, EDUSTREAM_OIDC_ISSUER: "http://127.0.0.1:4444", EDUSTREAM_OIDC_REDIRECT_URI: "http://127.0.0.1:5000/login/sso/callback" };
    expect(loadConfig({ ...base, ...local, EDUSTREAM_ENV: "demo" }).sso?.issuer).toBe("http://127.0.0.1:4444/");
    const production = loadConfig({ ...base, ...local, EDUSTREAM_SECURE_COOKIES: "true" });
    expect(productionProblems(production, { ...base, ...local }).map((p) => p.variable)).toEqual(expect.arrayContaining(["EDUSTREAM_OIDC_ISSUER", "EDUSTREAM_OIDC_REDIRECT_URI"]));
  });
});
