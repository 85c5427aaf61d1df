import { Elysia } from "elysia";
import { isServing } from "../../shared/grpc/client";
import type { ServiceKey } from "../../shared/grpc/proto";
import type { GatewayDeps } from "../context";

/** Whether each of the five services answers its gRPC health check with SERVING. */
export async function serviceReadiness(deps: GatewayDeps): Promise<{ ready: boolean; services: Record<string, string> }> {
  const keys = Object.keys(deps.clients) as ServiceKey[];
  const results = await Promise.all(keys.map((key) => isServing(deps.clients[key].raw, key)));
  return { ready: results.every(Boolean), services: Object.fromEntries(keys.map((key, i) => [key, results[i] ? "SERVING" : "NOT_SERVING"])) };
}

/** Liveness and readiness. Ready means all five services answer their gRPC health check. */
export function healthRoutes(deps: GatewayDeps) {
  return new Elysia()
    .get("/healthz", () => ({ status: "ok" }), { detail: { summary: "Liveness", tags: ["health"] } })
    .get(
      "/readyz",
      async ({ set }) => {
        const { ready, services } = await serviceReadiness(deps);
        set.status = ready ? 200 : 503;
        return { status: ready ? "ready" : "not ready", services };
      },
      { detail: { summary: "Readiness: every service reachable", tags: ["health"] } },
    );
}
