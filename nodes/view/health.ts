import { Elysia } from "elysia";
import type { Gateway } from "./gateway";

/**
 * Liveness (the process answers) and readiness (the gateway answers), for PM2 checks and
 * Kubernetes probes. Readiness does not follow the gateway's own: a page that needs only the
 * catalog keeps working while another service is down.
 */
export function healthRoutes(gateway: Pick<Gateway, "isReachable">) {
  return new Elysia()
    .get("/healthz", () => ({ status: "ok" }))
    .get("/readyz", async ({ set }) => {
      const ready = await gateway.isReachable();
      set.status = ready ? 200 : 503;
      return { status: ready ? "ready" : "not ready", gateway: ready ? "reachable" : "unreachable" };
    });
}
