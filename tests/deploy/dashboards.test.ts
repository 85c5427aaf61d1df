// The alert rules and the Grafana dashboard a team loads: well-formed files, PromQL that parses
// with Prometheus' grammar, and the topics registration day needs, each on real metrics.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { allQueries, analyse, loadAlertRules, loadDashboard } from "./queries";

setDefaultTimeout(30_000);

const rules = loadAlertRules().groups.flatMap((group) => group.rules);
const dashboard = loadDashboard();
const metricsOf = (expr: string) => analyse(expr).selectors.map((s) => s.metric);

describe("Prometheus alert rules (deploy/prometheus/alerts.yml)", () => {
  test("groups of named rules, each with an expression, a duration, a severity and what to do", () => {
    const groups = loadAlertRules().groups;
    expect(groups.length).toBeGreaterThan(0);
    expect(new Set(groups.map((g) => g.name)).size).toBe(groups.length);
    expect(new Set(rules.map((r) => r.alert)).size).toBe(rules.length);
    for (const rule of rules) {
      expect({ alert: rule.alert, keys: Object.keys(rule).sort() }).toEqual({ alert: rule.alert, keys: ["alert", "annotations", "expr", "for", "labels"] });
      expect(rule.alert).toMatch(/^EduStream[A-Z][A-Za-z]+$/);
      expect(rule.for).toMatch(/^\d+[smh]$/);
      expect(["warning", "critical"]).toContain(rule.labels!.severity!);
      expect(rule.annotations!.summary!.length).toBeGreaterThan(10);
      expect(rule.annotations!.description!.length).toBeGreaterThan(20);
    }
  });

  test("the alerts cover error rate, p99, readiness, pool saturation and revocation lag", () => {
    const covering = (pattern: RegExp, metric: string) => rules.filter((r) => pattern.test(r.expr) && metricsOf(r.expr).includes(metric)).map((r) => r.alert);
    expect(covering(/status=~"5\.\."/, "edustream_http_requests_total")).toContain("EduStreamHighErrorRate");
    expect(covering(/histogram_quantile\(0\.99/, "edustream_http_request_duration_seconds_bucket")).toContain("EduStreamSlowRequests");
    expect(covering(/== 0/, "edustream_ready")).toContain("EduStreamNodeNotReady");
    expect(covering(/> 0/, "edustream_db_pool_connections_waiting")).toContain("EduStreamPoolSaturated");
    expect(covering(/> \d+/, "edustream_revocation_list_age_seconds")).toContain("EduStreamRevocationLag");
  });
});

describe("Grafana dashboard (deploy/grafana/edustream.json)", () => {
  test("a dashboard Grafana imports: uid, datasource variable, unique panel ids, panels inside the 24-column grid", () => {
    expect(dashboard.uid).toBe("edustream");
    expect(dashboard.templating.list.find((v: any) => v.name === "datasource")).toMatchObject({ type: "datasource", query: "prometheus" });
    const ids = dashboard.panels.map((p: any) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const panel of dashboard.panels) {
      expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
      if (panel.type !== "row") {
        expect(panel.datasource).toEqual({ type: "prometheus", uid: "${datasource}" });
        expect(panel.targets.length).toBeGreaterThan(0);
        expect(panel.description.length).toBeGreaterThan(10);
      }
    }
  });

  test("panels for registration rate, latency p50 and p99, errors, pools, waitlists, sign-in failures and revocation lag", () => {
    const panels = dashboard.panels.filter((p: any) => p.type !== "row");
    const panelUsing = (metric: string, pattern = /./) => panels.filter((p: any) => p.targets.some((t: any) => pattern.test(t.expr) && metricsOf(t.expr).includes(metric))).map((p: any) => p.title);
    expect(panelUsing("edustream_enrollments_total")).toContain("Enrollments by outcome");
    expect(panelUsing("edustream_http_request_duration_seconds_bucket", /histogram_quantile\(0\.5,/)).toContain("HTTP latency p50 and p99");
    expect(panelUsing("edustream_http_request_duration_seconds_bucket", /histogram_quantile\(0\.99,/)).toContain("HTTP latency p50 and p99");
    expect(panelUsing("edustream_http_requests_total", /5\.\./)).toContain("Server errors (5xx) by route");
    expect(panelUsing("edustream_grpc_server_handled_total", /grpc_code!="OK"/)).toContain("gRPC calls that failed");
    expect(panelUsing("edustream_db_pool_connections_in_use")).toContain("Pool connections in use");
    expect(panelUsing("edustream_db_pool_connections_waiting")).toContain("Queries waiting for a connection");
    expect(panelUsing("edustream_waitlist_promotions_total")).toContain("Waitlist promotions and skips");
    expect(panelUsing("edustream_waitlist_skips_total")).toContain("Waitlist promotions and skips");
    expect(panelUsing("edustream_signin_failures_total")).toContain("Sign-in failures and account locks");
    expect(panelUsing("edustream_revocation_list_age_seconds")).toContain("Revocation list age");
  });
});

describe("PromQL", () => {
  test("every expression of the alerts and the dashboard parses with Prometheus' grammar", () => {
    const queries = allQueries();
    expect(queries.length).toBeGreaterThan(25);
    const broken = queries.flatMap((q) => analyse(q.expr).errors.map((error) => `${q.source}: ${error}`));
    expect(broken).toEqual([]);
  });

  test("the parser check fails on broken PromQL", () => {
    expect(analyse('sum by (node (rate(edustream_http_requests_total[5m]))').errors.length).toBeGreaterThan(0);
    expect(analyse("rate(edustream_http_requests_total[5m]").errors.length).toBeGreaterThan(0);
    expect(analyse('histogram_quantile(0.99, sum by (le) (rate(x_bucket{a="b"}[5m])))')).toEqual({ errors: [], selectors: [{ metric: "x_bucket", labels: ["a"], equals: [{ label: "a", value: "b" }] }], grouping: ["le"] });
  });
});
