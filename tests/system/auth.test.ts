import { describe, expect, test } from "bun:test";
import { getStack } from "../support/stack";

describe("sign-in and registration through the gateway", () => {
  test("a demo account signs in and sees itself", async () => {
    const stack = await getStack();
    const session = await stack.login("student1");
    expect(session.user.role).toBe("STUDENT");
    const me = await stack.api("/api/v1/me", { token: session.access_token });
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe("student1");
  });
});
