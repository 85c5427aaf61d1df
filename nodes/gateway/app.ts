import { Elysia } from "elysia";
import { HSTS, productionServe, securityHeaders } from "../shared/http";
import type { Logger } from "../shared/logger";
import { errorBody } from "../shared/errors";
import { requestIdOf, type GatewayDeps } from "./context";
import { apiDocs, DOCS_HEADERS, isDocsUrl } from "./docs";
import { errorMapper } from "./errors";
import { inputGuard } from "./input-guard";
import { adminRoutes } from "./routes/admin";
import { authRoutes } from "./routes/auth";
import { calendarRoutes } from "./routes/calendar";
import { catalogRoutes } from "./routes/catalog";
import { enrollmentRoutes } from "./routes/enrollments";
import { holdRoutes } from "./routes/holds";
import { planRoutes } from "./routes/plans";
import { gradesRoutes } from "./routes/grades";
import { healthRoutes } from "./routes/health";
import { oneRosterRoutes } from "./routes/oneroster";
import { notificationRoutes } from "./routes/notifications";
import { httpTelemetry } from "../shared/telemetry/http";

/** The REST gateway: `/api/v1` over the five gRPC services, health, and OpenAPI docs at /api/docs. */
export function createGatewayApp(deps: GatewayDeps, logger: Logger) {
  // Served over HTTPS (secure cookies): HSTS on every answer, the docs pages' too.
  const hsts: Record<string, string> = deps.config.secureCookies ? { "strict-transport-security": HSTS } : {};
  const HEADERS = { ...securityHeaders(), ...hsts };
  const docsHeaders = { ...DOCS_HEADERS, ...hsts };
  // normalize: false makes `additionalProperties: false` refuse unknown fields instead of dropping them.
  return new Elysia({ normalize: false, serve: { ...productionServe("json"), maxRequestBodySize: deps.config.maxBodyBytes + 64 * 1024 } })
    .use(httpTelemetry(deps.telemetry))
    .onRequest(({ set, request }) => {
      Object.assign(set.headers, isDocsUrl(request.url) ? docsHeaders : HEADERS);
      set.headers["x-request-id"] = requestIdOf(request);
      // A declared body over the limit gets the JSON error before anything is read. Bun's own
      // ceiling (a little higher, below) cuts off an undeclared streamed body with a bare 413.
      if (Number(request.headers.get("content-length") ?? 0) > deps.config.maxBodyBytes) {
        const body = errorBody(413, "PAYLOAD_TOO_LARGE", `The request body is larger than the limit of ${deps.config.maxBodyBytes} bytes.`, [{ field: "body", message: "Too large." }]);
        return new Response(JSON.stringify(body), { status: 413, headers: { ...(set.headers as Record<string, string>), "content-type": "application/json; charset=utf-8", connection: "close" } });
      }
    })
    .use(errorMapper(logger))
    .use(inputGuard())
    .use(apiDocs())
    .use(healthRoutes(deps))
    .use(authRoutes(deps))
    .use(catalogRoutes(deps))
    .use(enrollmentRoutes(deps))
    .use(holdRoutes(deps))
    .use(calendarRoutes(deps))
    .use(planRoutes(deps))
    .use(gradesRoutes(deps))
    .use(notificationRoutes(deps))
    .use(adminRoutes(deps))
    .use(oneRosterRoutes(deps));
}

export type GatewayApp = ReturnType<typeof createGatewayApp>;
