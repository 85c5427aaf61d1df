import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { createHmac, generateKeyPairSync, randomUUID } from "node:crypto";
import { SignJWT } from "jose";
import { status } from "@grpc/grpc-js";
import { loadPrivateKey, loadPublicKey } from "../../nodes/shared/tokens";
import type { ServiceKey } from "../../nodes/shared/grpc/proto";
import { getStack, type Stack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const b64 = (value: unknown) => Buffer.from(typeof value === "string" ? value : JSON.stringify(value)).toString("base64url");

/** Bad tokens of every kind the issue names, built around a real student's identity. */
async function badTokens(stack: Stack, sub: string) {
  const { config } = stack;
  const key = loadPrivateKey(config);
  const now = Math.floor(Date.now() / 1000);
  const claims = { role: "STUDENT", name: "Test Student" };
  const sign = (build: (jwt: SignJWT) => SignJWT, signingKey = key) =>
    build(new SignJWT(claims).setProtectedHeader({ alg: "EdDSA" }).setSubject(sub).setIssuer(config.jwt.issuer).setAudience(config.jwt.audience).setJti(randomUUID())).sign(signingKey);
  const valid = await sign((j) => j.setIssuedAt().setExpirationTime("5m"));
  const [header, payload, signature] = valid.split(".") as [string, string, string];
  const tamperedPayload = b64({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), role: "ADMIN" });
  const publicPem = loadPublicKey(config).export({ type: "spki", format: "pem" }).toString();
  const hsHeader = b64({ alg: "HS256", typ: "JWT" });
  const hsSignature = createHmac("sha256", publicPem).update(`${hsHeader}.${payload}`).digest("base64url");
  return {
    valid,
    bad: {
      expired: await sign((j) => j.setIssuedAt(now - 3600).setExpirationTime(now - 600)),
      "not yet valid": await sign((j) => j.setIssuedAt().setNotBefore(now + 600).setExpirationTime(now + 1200)),
      "tampered payload": `${header}.${tamperedPayload}.${signature}`,
      "wrong signing key": await sign((j) => j.setIssuedAt().setExpirationTime("5m"), generateKeyPairSync("ed25519").privateKey),
      "alg none": `${b64({ alg: "none", typ: "JWT" })}.${payload}.`,
      "HS256 signed with the public key": `${hsHeader}.${payload}.${hsSignature}`,
      "wrong issuer": await new SignJWT(claims).setProtectedHeader({ alg: "EdDSA" }).setSubject(sub).setIssuer("someone-else").setAudience(config.jwt.audience).setJti(randomUUID()).setIssuedAt().setExpirationTime("5m").sign(key),
    },
  };
}

/** One call per service that needs a signed-in caller. */
function callEach(stack: Stack, token: string): Record<ServiceKey, () => Promise<unknown>> {
  return {
    auth: () => stack.client("auth").GetMe({}, { token }),
    course: () => stack.client("course").ListTerms({}, { token }),
    enrollment: () => stack.client("enrollment").ListMyEnrollments({ term_id: "", include_dropped: false }, { token }),
    grades: () => stack.client("grades").ListMyGrades({ term_id: "" }, { token }),
    facultyGrades: () => stack.client("facultyGrades").ListMySections({ term_id: "" }, { token }),
  };
}

describe("token verification in every service and the gateway", async () => {
  const stack = await getStack();
  const student = await stack.login("student5");
  const { valid, bad } = await badTokens(stack, student.user.id);

  test("a valid token is accepted by each service", async () => {
    const calls = callEach(stack, valid);
    for (const service of ["auth", "course", "enrollment", "grades"] as const) await calls[service]();
    // faculty-grades refuses a student, but for their role, not their token.
    await expect(calls.facultyGrades()).rejects.toMatchObject({ code: status.PERMISSION_DENIED });
  });

  for (const [kind, token] of Object.entries(bad)) {
    test(`${kind}: refused by each service with UNAUTHENTICATED and by the gateway with 401`, async () => {
      const calls = callEach(stack, token);
      for (const [service, call] of Object.entries(calls)) {
        const outcome = await call().then(
          () => "accepted",
          (error: { code: number }) => error.code,
        );
        expect({ service, outcome }).toEqual({ service, outcome: status.UNAUTHENTICATED });
      }
      const response = await stack.api("/api/v1/me", { token });
      expect(response.status).toBe(401);
      expect(response.body.error.status).toBe("UNAUTHENTICATED");
    });
  }
});
