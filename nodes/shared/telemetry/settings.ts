// The settings of traces, read by loadConfig (config.ts) with its readers. The two modules import
// each other; neither uses the other's exports before every module is loaded (functions only).
import { boolVar, ConfigError, enumVar } from "../config";

type Env = Record<string, string | undefined>;

const SAMPLERS = ["always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off", "parentbased_traceidratio"] as const;

/**
 * Reads the standard OpenTelemetry variables of traces: OTEL_EXPORTER_OTLP_TRACES_ENDPOINT (the
 * full URL) or OTEL_EXPORTER_OTLP_ENDPOINT (its base: /v1/traces is added), OTEL_SERVICE_NAME,
 * OTEL_TRACES_SAMPLER and OTEL_TRACES_SAMPLER_ARG; OTEL_SDK_DISABLED=true or
 * OTEL_TRACES_EXPORTER=none turn tracing off. Undefined when off.
 */
export function tracingVar(env: Env) {
  const readUrl = (name: string) => {
    const raw = env[name];
    if (!raw) return undefined;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new ConfigError(name, `must be an http(s) URL such as http://127.0.0.1:4318, got "${raw}"`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new ConfigError(name, `must be an http(s) URL (OTLP over HTTP), got "${raw}"`);
    return url;
  };
  const signal = readUrl("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
  const base = readUrl("OTEL_EXPORTER_OTLP_ENDPOINT");
  const exporter = enumVar(env, "OTEL_TRACES_EXPORTER", ["otlp", "none"] as const, "otlp");
  const sampler = enumVar(env, "OTEL_TRACES_SAMPLER", SAMPLERS, "parentbased_always_on");
  const rawRatio = env.OTEL_TRACES_SAMPLER_ARG;
  const ratio = rawRatio === undefined || rawRatio === "" ? 1 : Number(rawRatio);
  if (!/^\s*[0-9.]+(e-?\d+)?\s*$/i.test(rawRatio ?? "1") || !(ratio >= 0 && ratio <= 1)) {
    throw new ConfigError("OTEL_TRACES_SAMPLER_ARG", `must be a sampling ratio from 0 to 1 (0.01 keeps 1 % of traces), got "${rawRatio}"`);
  }
  if (boolVar(env, "OTEL_SDK_DISABLED", false) || exporter === "none" || (!signal && !base)) return undefined;
  const endpoint = signal ?? new URL(`${base!.pathname.replace(/\/$/, "")}/v1/traces`, base);
  return { endpoint: endpoint.toString(), serviceName: env.OTEL_SERVICE_NAME || undefined, sampler, ratio };
}

