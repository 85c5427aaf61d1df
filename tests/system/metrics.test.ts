// Prometheus metrics of the seven nodes (issue 16, docs/operations.md): after some traffic each
// node's /metrics, on a port of its own (never the public one), holds the series of the contract
// with sane values; every label value is bounded (no ids).
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { enroll, newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const NODES = ["view", "gateway", "auth", "course", "enrollment", "grades", "faculty-grades"] as const;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function parse(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(stack: Stack, node: string): Promise<Sample[]> {
  const response = await fetch(stack.metricsUrls![node]!);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/plain");
  return parse(await response.text());
}

/** The value of the one sample of `name` whose labels include `labels` (0 when there is none). */
function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
  return found.reduce((sum, s) => sum + s.value, 0);
}

describe("metrics", () => {
  let stack: Stack;
  let before: Record<string, Sample[]>;

  beforeAll(async () => {
    stack = await getStack();
    before = Object.fromEntries(await Promise.all(NODES.map(async (node) => [node, await scrape(stack, node)] as const)));
    // Traffic: a page of the view, a failed sign-in, an enrollment.
    expect((await new ViewClient(stack.viewUrl).request("/login")).status).toBe(200);
    const student = await newStudent(stack);
    expect((await stack.api("/api/v1/auth/login", { body: { username: student.username, password: "not-the-password-1" } })).status).toBe(401);
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 5 });
    expect((await enroll(stack, student, section.id)).status).toBe(201);
  }, 60_000);

  test("every node serves /metrics on its own port, with the node label, readiness and process metrics", async () => {
    const publicPorts = new Set(Object.values(stack.config.ports));
    for (const node of NODES) {
      const url = new URL(stack.metricsUrls![node]!);
      expect(url.hostname).toBe("127.0.0.1");
      expect(publicPorts.has(Number(url.port))).toBe(false);
      const samples = await scrape(stack, node);
      expect(samples.every((s) => s.labels.node === node)).toBe(true);
      expect(value(samples, "edustream_ready")).toBe(1);
      expect(value(samples, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
      expect(value(samples, "process_resident_memory_bytes")).toBeGreaterThan(0);
    }
    // Not on the public ports.
    expect((await fetch(`${stack.gatewayUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${stack.viewUrl}/metrics`)).status).toBe(404);
  });

  test("an enrollment shows in the gateway's requests, the gRPC calls on both sides, and the outcome counter", async () => {
    const gateway = await scrape(stack, "gateway");
    const created = { method: "POST", route: "/api/v1/enrollments", status: "201" };
    expect(value(gateway, "edustream_http_requests_total", created)).toBeGreaterThan(value(before.gateway!, "edustream_http_requests_total", created));
    expect(value(gateway, "edustream_http_request_duration_seconds_count", created)).toBe(value(gateway, "edustream_http_requests_total", created));
    const call = { grpc_service: "edustream.enrollment.v1.EnrollmentService", grpc_method: "Enroll" };
    expect(value(gateway, "edustream_grpc_client_handled_total", { ...call, grpc_code: "OK" })).toBeGreaterThan(value(before.gateway!, "edustream_grpc_client_handled_total", { ...call, grpc_code: "OK" }));
    expect(value(gateway, "edustream_revocation_list_age_seconds")).toBeLessThan(60);

    const enrollment = await scrape(stack, "enrollment");
    expect(value(enrollment, "edustream_grpc_server_handled_total", { ...call, grpc_code: "OK" })).toBeGreaterThan(value(before.enrollment!, "edustream_grpc_server_handled_total", { ...call, grpc_code: "OK" }));
    expect(value(enrollment, "edustream_grpc_server_handling_seconds_count", call)).toBeGreaterThan(0);
    const enrolled = { outcome: "enrolled" };
    expect(value(enrollment, "edustream_enrollments_total", enrolled)).toBe(value(before.enrollment!, "edustream_enrollments_total", enrolled) + 1);
    // Every outcome of the fixed set is there from the start, at zero or more.
    expect(enrollment.filter((s) => s.name === "edustream_enrollments_total").map((s) => s.labels.outcome).sort()).toEqual(
      ["enrolled", "refused_appointment", "refused_conflict", "refused_credit_limit", "refused_duplicate", "refused_full", "refused_hold", "refused_other", "refused_prerequisite", "refused_window", "waitlisted"],
    );
    expect(value(enrollment, "edustream_waitlist_promotions_total")).toBeGreaterThanOrEqual(0);
    // The registration outbox as the last sweep saw it (every EDUSTREAM_CATALOG_SWEEP_MS).
    expect(value(enrollment, "edustream_catalog_events_pending")).toBe(0);
    expect(value(enrollment, "edustream_catalog_sweep_age_seconds")).toBeLessThan(60);
  });

  test("the pool gauges of each database node say its size and stay within it", async () => {
    for (const [node, database, size] of [
      ["enrollment", stack.config.databases.courses, stack.config.enrollmentDbPoolSize],
      ["course", stack.config.databases.courses, stack.config.dbPoolSize],
      ["auth", stack.config.databases.auth, stack.config.dbPoolSize],
      ["grades", stack.config.databases.grades, stack.config.dbPoolSize],
      ["faculty-grades", stack.config.databases.grades, stack.config.dbPoolSize],
    ] as const) {
      const samples = await scrape(stack, node);
      expect(value(samples, "edustream_db_pool_connections_max", { database })).toBe(size);
      const inUse = value(samples, "edustream_db_pool_connections_in_use", { database });
      expect(inUse).toBeGreaterThanOrEqual(0);
      expect(inUse).toBeLessThanOrEqual(size);
      expect(value(samples, "edustream_db_pool_connections_waiting", { database })).toBeGreaterThanOrEqual(0);
    }
  });

  test("a failed sign-in is counted by reason on the auth node", async () => {
    const auth = await scrape(stack, "auth");
    const wrong = { reason: "bad_credentials" };
    expect(value(auth, "edustream_signin_failures_total", wrong)).toBeGreaterThan(value(before.auth!, "edustream_signin_failures_total", wrong));
    expect(auth.some((s) => s.name === "edustream_account_locks_total")).toBe(true);
  });

  test("the view counts its pages by route pattern", async () => {
    const view = await scrape(stack, "view");
    expect(value(view, "edustream_http_requests_total", { method: "GET", route: "/login", status: "200" })).toBeGreaterThan(0);
  });

  test("no label value anywhere is an id", async () => {
    const sections = await newSection(stack, { termId: (await newTerm(stack)).id });
    await stack.api(`/api/v1/sections/${sections.id}`);
    await stack.api(`/api/v1/sections/${crypto.randomUUID()}`);
    await stack.api(`/api/v1/no-such-path/${crypto.randomUUID()}`);
    for (const node of NODES) {
      const samples = await scrape(stack, node);
      const labelled = samples.flatMap((s) => Object.values(s.labels));
      expect(labelled.filter((v) => UUID.test(v))).toEqual([]);
      // Routes are patterns: a bounded set however many sections there are.
      const routes = new Set(samples.filter((s) => s.name === "edustream_http_requests_total").map((s) => s.labels.route!));
      expect([...routes].filter((r) => /\/[0-9a-f-]{20,}/.test(r))).toEqual([]);
    }
    const gateway = await scrape(stack, "gateway");
    expect(value(gateway, "edustream_http_requests_total", { method: "GET", route: "/api/v1/sections/:id", status: "200" })).toBeGreaterThan(0);
    expect(value(gateway, "edustream_http_requests_total", { method: "GET", route: "/api/v1/sections/:id", status: "404" })).toBeGreaterThan(0);
    expect(value(gateway, "edustream_http_requests_total", { method: "GET", route: "unmatched", status: "404" })).toBeGreaterThan(0);
  });
});
