// Every metric the alert rules and the Grafana dashboard name exists in the nodes' real /metrics
// output, with the labels they group and filter by: the test stack runs all seven nodes, traffic
// makes every family appear (families are created on first use), then each node is scraped.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newSection, newStudent, newStudents, newTerm } from "../system/enrollment-fixtures";
import { ViewClient } from "../support/view-client";
import { allQueries, analyse, familyOf, loadDashboard } from "./queries";

setDefaultTimeout(30_000);

// Labels Prometheus adds when it scrapes (docs/operations.md, "Metrics and scraping"), and a
// histogram's bucket bound: not in a node's own output.
const SCRAPE_LABELS = new Set(["namespace", "pod", "instance", "job", "le"]);
// Series Prometheus makes itself.
const PROMETHEUS_SERIES = new Set(["up"]);

/** Label names seen per family across every node's output, and every value seen per label name. */
const families = new Map<string, Set<string>>();
const values = new Map<string, Set<string>>();

/** Reads one exposition: the families it declares (# TYPE) and the label names of their samples. */
function record(text: string) {
  const declared = new Set<string>();
  for (const line of text.split("\n")) {
    const type = /^# TYPE (\S+) (\w+)$/.exec(line);
    if (type) {
      declared.add(type[1]!);
      if (!families.has(type[1]!)) families.set(type[1]!, new Set());
      continue;
    }
    if (!line || line.startsWith("#")) continue;
    const sample = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? \S+/.exec(line);
    if (!sample) continue;
    const family = familyOf(sample[1]!, declared);
    const labels = families.get(family) ?? new Set<string>();
    for (const [, name, value] of (sample[2] ?? "").matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) {
      labels.add(name!);
      values.set(name!, (values.get(name!) ?? new Set()).add(value!));
    }
    families.set(family, labels);
  }
}

beforeAll(async () => {
  const stack: Stack = await getStack();
  // A page, failed sign-ins up to an account lock, enrollments, a full section's waitlist with a
  // promotion and a skip (the first in line has a time conflict when the seat opens).
  expect((await new ViewClient(stack.viewUrl).request("/login")).status).toBe(200);
  const locked = await newStudent(stack);
  for (let i = 0; i < stack.config.loginThrottle.accountFailures; i++) {
    // From an address of its own (the gateway believes a loopback caller's X-Forwarded-For), so the
    // failures count against neither loopback nor another test's address.
    const headers = { "x-forwarded-for": "192.0.2.61" };
    expect((await stack.api("/api/v1/auth/login", { body: { username: locked.username, password: `wrong-password-${i}` }, headers })).status).toBe(401);
  }
  const term = await newTerm(stack);
  const meetings = [{ day: "SAT", start_time: "09:00", end_time: "10:00" }];
  const section = await newSection(stack, { termId: term.id, capacity: 1, meetings });
  const clash = await newSection(stack, { termId: term.id, capacity: 5, meetings });
  const [holder, first, second] = await newStudents(stack, 3);
  expect((await enroll(stack, holder!, section.id)).body.enrollment.status).toBe("ENROLLED");
  expect((await enroll(stack, first!, section.id)).body.enrollment.status).toBe("WAITLISTED");
  expect((await enroll(stack, second!, section.id)).body.enrollment.status).toBe("WAITLISTED");
  expect((await enroll(stack, first!, clash.id)).body.enrollment.status).toBe("ENROLLED");
  const resized = await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: (await admin(stack)).token, body: { capacity: 2 } });
  expect(resized.body).toMatchObject({ promoted: 1, skipped: [expect.objectContaining({ student_id: first!.id })] });
  for (const [node, url] of Object.entries(stack.metricsUrls ?? {})) {
    const response = await fetch(url);
    expect({ node, status: response.status }).toEqual({ node, status: 200 });
    record(await response.text());
  }
}, 120_000);

describe("the metrics the alerts and the dashboard name", () => {
  test("the seven nodes were scraped", async () => {
    expect(Object.keys((await getStack()).metricsUrls ?? {}).sort()).toEqual(["auth", "course", "enrollment", "faculty-grades", "gateway", "grades", "view"]);
  });

  test("every metric exists in the nodes' /metrics output, with every label and exact label value used", () => {
    const problems: string[] = [];
    const queries = [...allQueries(), ...loadDashboard().templating.list.filter((v: any) => v.type === "query").map((v: any) => ({ source: `variable ${v.name}`, expr: /label_values\((\w+), (\w+)\)/.exec(v.definition)!.slice(1).join("{") + "=~\".*\"}" }))];
    for (const { source, expr } of queries) {
      const { selectors, grouping } = analyse(expr);
      const named = selectors.filter((s) => !PROMETHEUS_SERIES.has(s.metric));
      const labelsOfExpr = new Set<string>();
      for (const selector of named) {
        const family = familyOf(selector.metric, new Set(families.keys()));
        const labels = families.get(family);
        if (!labels) {
          problems.push(`${source}: ${selector.metric} is not served by any node`);
          continue;
        }
        for (const label of labels) labelsOfExpr.add(label);
        for (const label of selector.labels) if (!labels.has(label) && !SCRAPE_LABELS.has(label)) problems.push(`${source}: ${selector.metric} has no label ${label}`);
        for (const { label, value } of selector.equals) if (!SCRAPE_LABELS.has(label) && !values.get(label)?.has(value)) problems.push(`${source}: no node gives ${label}="${value}"`);
      }
      for (const label of grouping) if (!labelsOfExpr.has(label) && !SCRAPE_LABELS.has(label) && named.length) problems.push(`${source}: groups by ${label}, which none of its metrics has`);
    }
    expect(problems).toEqual([]);
  });

  test("the check fails for a metric or a label that no node serves", () => {
    expect(families.has("edustream_enrollments_total")).toBe(true);
    expect(families.has("edustream_enrolments_total")).toBe(false);
    expect(families.get("edustream_enrollments_total")!.has("outcome")).toBe(true);
    expect(families.get("edustream_enrollments_total")!.has("section_id")).toBe(false);
    expect(values.get("grpc_service")!.has("edustream.enrollment.v1.EnrollmentService")).toBe(true);
    expect(values.get("grpc_service")!.has("enrollment")).toBe(false);
  });
});
