// OpenTelemetry traces (issue 16, docs/operations.md): with OTEL_EXPORTER_OTLP_ENDPOINT set, one
// Add click in the portal is one trace, exported over OTLP/HTTP to a real receiver, through the
// view, the gateway and the enrollment node (W3C trace context over HTTP and gRPC metadata), with
// the SQL statements inside the enrollment node's span.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { startOwnStack, type Stack } from "../support/stack";
import { startOtlpReceiver, type ReceivedSpan } from "../support/otlp-receiver";
import { ViewClient } from "../support/view-client";
import { newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const FIXTURE_PASSWORD = "Correct-Horse-Battery-9";
const SERVER = 2;
const CLIENT = 3;
// Traces a caller (a proxy, another service) already started: one it sampled, one it left out.
const SAMPLED = { trace: "4bf92f3577b34da6a3ce929d0e0e4736", parent: "00f067aa0ba902b7" };
const UNSAMPLED = { trace: "5cf92f3577b34da6a3ce929d0e0e4737", parent: "11f067aa0ba902b8" };

/** The hidden fields of a section's Add form on its page. */
const hiddenFields = (html: string, sectionId: string) => {
  const item = html.match(new RegExp(`<li id="section-${sectionId}"[\\s\\S]*?</li>`))?.[0] ?? "";
  return Object.fromEntries([...item.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&")]));
};

describe("traces", () => {
  const receiver = startOtlpReceiver();
  let stack: (Stack & { stop(): Promise<void> }) | undefined;
  let enrollSpan: ReceivedSpan;
  let trace: ReceivedSpan[];

  beforeAll(async () => {
    stack = await startOwnStack({ env: { EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}_traced`, OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint, OTEL_TRACES_SAMPLER: "parentbased_always_on" } });
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 3 });
    const student = await newStudent(stack);
    const browser = await ViewClient.signIn(stack.viewUrl, student.username, FIXTURE_PASSWORD);
    const page = await browser.request(`/sections/${section.id}`);
    const added = await browser.request(`/sections/${section.id}/enroll`, { form: hiddenFields(page.html, section.id), htmx: true });
    expect(added.status).toBe(200);
    expect(added.html).toContain("You are enrolled in");
    for (const [caller, flags] of [[SAMPLED, "01"], [UNSAMPLED, "00"]] as const) {
      const catalog = await fetch(`${stack.viewUrl}/catalog`, { headers: { traceparent: `00-${caller.trace}-${caller.parent}-${flags}` } });
      expect(catalog.status).toBe(200);
    }
    // Stopping the nodes sends every span still batched: nothing left to wait for.
    await stack.stop();
    stack = undefined;
    const enrolls = receiver.spans.filter((s) => s.service === "edustream-view" && s.kind === SERVER && s.attributes["http.route"] === "/sections/:id/enroll");
    expect(enrolls.length).toBe(1);
    enrollSpan = enrolls[0]!;
    trace = receiver.spans.filter((s) => s.traceId === enrollSpan.traceId);
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
    receiver.stop();
  });

  /** The span's ancestors, nearest first, within the trace. */
  const ancestors = (span: ReceivedSpan) => {
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    const chain: ReceivedSpan[] = [];
    for (let parent = byId.get(span.parentSpanId); parent; parent = byId.get(parent.parentSpanId)) chain.push(parent);
    return chain;
  };

  test("the Add click is one trace across the view, the gateway and the enrollment node", () => {
    expect(enrollSpan.parentSpanId).toBe("");
    expect(enrollSpan.name).toBe("POST /sections/:id/enroll");
    expect(enrollSpan.attributes["http.response.status_code"]).toBe(200);
    const services = new Set(trace.map((s) => s.service));
    for (const service of ["edustream-view", "edustream-gateway", "edustream-enrollment"]) expect(services.has(service)).toBe(true);
    // Every span of the trace hangs from the view's request span.
    for (const span of trace.filter((s) => s !== enrollSpan)) expect(ancestors(span).at(-1)).toBe(enrollSpan);
  });

  test("the context crosses HTTP and gRPC: view request → its call → gateway request → its gRPC call → enrollment's Enroll", () => {
    const gatewayRequest = trace.find((s) => s.service === "edustream-gateway" && s.kind === SERVER && s.attributes["http.route"] === "/api/v1/enrollments")!;
    expect(gatewayRequest).toBeDefined();
    expect(gatewayRequest.name).toBe("POST /api/v1/enrollments");
    const viewCall = trace.find((s) => s.spanId === gatewayRequest.parentSpanId)!;
    expect(viewCall).toMatchObject({ service: "edustream-view", kind: CLIENT });
    const enroll = trace.find((s) => s.service === "edustream-enrollment" && s.kind === SERVER && s.name === "edustream.enrollment.v1.EnrollmentService/Enroll")!;
    expect(enroll).toBeDefined();
    expect(enroll.attributes["rpc.grpc.status_code"]).toBe(0);
    const gatewayCall = trace.find((s) => s.spanId === enroll.parentSpanId)!;
    expect(gatewayCall).toMatchObject({ service: "edustream-gateway", kind: CLIENT, name: "edustream.enrollment.v1.EnrollmentService/Enroll" });
    expect(ancestors(gatewayCall)).toContain(gatewayRequest);
  });

  test("the enrollment's SQL statements are spans inside the enrollment node's span", () => {
    const enroll = trace.find((s) => s.service === "edustream-enrollment" && s.name === "edustream.enrollment.v1.EnrollmentService/Enroll")!;
    const statements = trace.filter((s) => s.service === "edustream-enrollment" && s.attributes["db.system.name"] === "postgresql");
    expect(statements.length).toBeGreaterThan(0);
    const attempt = statements.find((s) => String(s.attributes["db.query.text"]).includes("enroll_attempt("))!;
    expect(attempt).toBeDefined();
    expect(attempt.kind).toBe(CLIENT);
    expect(attempt.name).toBe(`SELECT ${attempt.attributes["db.namespace"]}`);
    expect(String(attempt.attributes["db.namespace"])).toEndWith("_courses");
    // Parameters are placeholders ($1, $2…): no value a student typed reaches the trace.
    expect(String(attempt.attributes["db.query.text"])).toContain("$1");
    for (const statement of statements) expect(ancestors(statement)).toContain(enroll);
  });

  test("an incoming traceparent is continued when its caller sampled it, and left alone (down to the gateway) when not", () => {
    const continued = receiver.spans.filter((s) => s.traceId === SAMPLED.trace);
    const page = continued.find((s) => s.service === "edustream-view" && s.kind === SERVER)!;
    expect(page).toMatchObject({ parentSpanId: SAMPLED.parent, name: "GET /catalog" });
    expect(continued.some((s) => s.service === "edustream-gateway" && s.kind === SERVER)).toBe(true);
    expect(receiver.spans.filter((s) => s.traceId === UNSAMPLED.trace)).toEqual([]);
    // The view passed the caller's decision on: the gateway did not start a trace of its own for
    // that catalog read (its only catalog reads came from the view, the sampled one included).
    const catalogRead = continued.find((s) => s.service === "edustream-gateway" && s.kind === SERVER)!;
    expect(receiver.spans.filter((s) => s.service === "edustream-gateway" && s.kind === SERVER && s.name === catalogRead.name && s.traceId !== SAMPLED.trace)).toEqual([]);
  });

  test("work outside a request starts no trace: every trace begins at an HTTP node (no polls, no health checks)", () => {
    const roots = receiver.spans.filter((s) => s.parentSpanId === "");
    expect(roots.length).toBeGreaterThan(0);
    expect(roots.filter((s) => !["edustream-view", "edustream-gateway"].includes(s.service) || s.kind !== SERVER)).toEqual([]);
    // Spans whose parent is not in the receiver: only those of the trace the test's caller started.
    const ids = new Set(receiver.spans.map((s) => s.spanId));
    expect(receiver.spans.filter((s) => s.parentSpanId && !ids.has(s.parentSpanId)).map((s) => s.parentSpanId)).toEqual([SAMPLED.parent]);
    // The nodes polled the revocation list all along (every 2 s): none of it was traced.
    expect(receiver.spans.filter((s) => s.name.endsWith("/ListRevokedSubjects"))).toEqual([]);
  });
});
