import { describe, expect, test } from "bun:test";
import { GatewayClient, GatewayError, isPlainApiPath } from "./gateway";

describe("gateway paths from the view", () => {
  test("a path whose segments walk (dot segments, encoded separators) is not plain", () => {
    expect(isPlainApiPath("/api/v1/terms/7f0c1e2a-0000-4000-8000-000000000000?x=../y")).toBe(true);
    for (const path of ["/api/v1/terms/..", "/api/v1/terms/../users", "/api/v1/terms/%2E%2E/users", "/api/v1/terms/.%2e", "/api/v1/terms/..%2Fusers", "/api/v1/terms/a%5Cb", "/api/v1/terms/./x", "/login"]) {
      expect({ path, plain: isPlainApiPath(path) }).toEqual({ path, plain: false });
    }
  });

  test("the client refuses such a path before any request is made", async () => {
    const client = new GatewayClient("http://127.0.0.1:1", 100);
    const error = await client.call(`/api/v1/terms/${encodeURIComponent("..")}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).status).toBe(404);
  });
});
