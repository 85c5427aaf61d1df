// The PromQL of deploy/prometheus/alerts.yml and deploy/grafana/edustream.json, parsed with
// Prometheus' own grammar (@prometheus-io/lezer-promql): syntax errors, and the metrics and labels
// each expression names.
import { parser } from "@prometheus-io/lezer-promql";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { ROOT } from "./manifests";

export interface Query {
  /** Where it comes from: the alert's name or the panel's title. */
  source: string;
  expr: string;
}

export interface AlertRule {
  alert: string;
  expr: string;
  for?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
}

export function loadAlertRules(): { groups: Array<{ name: string; rules: AlertRule[] }> } {
  return parseYaml(readFileSync(join(ROOT, "deploy", "prometheus", "alerts.yml"), "utf8"));
}

export function loadDashboard(): any {
  return JSON.parse(readFileSync(join(ROOT, "deploy", "grafana", "edustream.json"), "utf8"));
}

/** Every query: the alerts' expressions and the dashboard panels' targets (Grafana's variables filled in). */
export function allQueries(): Query[] {
  const alerts = loadAlertRules().groups.flatMap((group) => group.rules.map((rule) => ({ source: `alert ${rule.alert}`, expr: rule.expr })));
  const panels = loadDashboard().panels.flatMap((panel: any) => (panel.targets ?? []).map((target: any) => ({ source: `panel "${panel.title}"`, expr: withGrafanaVariables(target.expr) })));
  return [...alerts, ...panels];
}

/** Grafana's dashboard variables replaced by what they stand for when "All" is chosen. */
export function withGrafanaVariables(expr: string): string {
  return expr.replace(/\$node\b/g, ".*").replace(/\$__rate_interval\b/g, "5m");
}

export interface Selector {
  metric: string;
  /** Label names the selector matches on. */
  labels: string[];
  /** The label values it asks for exactly (`label="value"`). */
  equals: Array<{ label: string; value: string }>;
}

/** The parsed expression: syntax errors (with their offsets), the selectors, the labels it groups by. */
export function analyse(expr: string): { errors: string[]; selectors: Selector[]; grouping: string[] } {
  const tree = parser.parse(expr);
  const errors: string[] = [];
  const selectors: Selector[] = [];
  const grouping: string[] = [];
  const cursor = tree.cursor();
  do {
    const node = cursor.node;
    if (node.type.isError) errors.push(`syntax error at ${node.from}: "${expr.slice(Math.max(0, node.from - 20), node.to + 20)}"`);
    if (node.name === "VectorSelector") {
      const identifier = node.getChild("Identifier");
      const labels: string[] = [];
      const equals: Selector["equals"] = [];
      for (const matcher of node.getChild("LabelMatchers")?.getChildren("UnquotedLabelMatcher") ?? []) {
        const [name, op, value] = ["LabelName", "MatchOp", "StringLiteral"].map((part) => matcher.getChild(part)).map((n) => (n ? expr.slice(n.from, n.to) : ""));
        labels.push(name!);
        if (op === "=") equals.push({ label: name!, value: JSON.parse(value!) });
      }
      if (identifier) selectors.push({ metric: expr.slice(identifier.from, identifier.to), labels, equals });
    }
    if (node.name === "GroupingLabels") {
      for (let child = node.firstChild; child; child = child.nextSibling) if (child.name === "LabelName") grouping.push(expr.slice(child.from, child.to));
    }
  } while (cursor.next());
  return { errors, selectors, grouping };
}

/** The family a series name belongs to: a histogram's _bucket, _sum and _count belong to it. */
export function familyOf(series: string, families: Set<string>): string {
  const base = series.replace(/_(bucket|sum|count)$/, "");
  return families.has(series) ? series : base;
}
