import { Elysia } from "elysia";
import { openapi } from "@elysiajs/openapi";
import { join } from "node:path";
import { securityHeaders } from "../shared/http";
import type { Logger } from "../shared/logger";
import { errorBody } from "../shared/errors";
import { requestIdOf, type GatewayDeps } from "./context";
import { errorMapper } from "./errors";
import { inputGuard } from "./input-guard";
import { adminRoutes } from "./routes/admin";
import { authRoutes } from "./routes/auth";
import { catalogRoutes } from "./routes/catalog";
import { enrollmentRoutes } from "./routes/enrollments";
import { gradesRoutes } from "./routes/grades";
import { healthRoutes } from "./routes/health";

const SWAGGER_ASSETS = join(import.meta.dir, "..", "..", "node_modules", "swagger-ui-dist");

/** True for /api/docs and below. Bun gives an absolute, normalized URL, so the path starts at the first "/" after the host. */
function isDocsUrl(url: string): boolean {
  return url.startsWith("/api/docs", url.indexOf("/", url.indexOf("//") + 2));
}

/** The REST gateway: `/api/v1` over the five gRPC services, health, and OpenAPI docs at /api/docs. */
export function createGatewayApp(deps: GatewayDeps, logger: Logger) {
  const hsts = deps.config.secureCookies;
  const HEADERS = securityHeaders({ hsts });
  // The docs page (swagger-ui) needs its inline bootstrap script; only /api/docs gets this policy.
  const DOCS_HEADERS = { ...securityHeaders({ allowInlineStyles: true, hsts }), "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'" };
  // normalize: false makes `additionalProperties: false` refuse unknown fields instead of dropping them.
  return new Elysia({ normalize: false, serve: { maxRequestBodySize: deps.config.maxBodyBytes + 64 * 1024 } })
    .onRequest(({ set, request }) => {
      Object.assign(set.headers, isDocsUrl(request.url) ? DOCS_HEADERS : HEADERS);
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
    .use(
      openapi({
        path: "/api/docs",
        specPath: "/api/docs/json",
        provider: "swagger-ui",
        swagger: { cdn: "/api/docs/assets/swagger-ui-bundle.js", theme: "/api/docs/assets/swagger-ui.css", autoDarkMode: false },
        documentation: {
          info: { title: "EduStream REST API", version: "1.0.0", description: "Registration, grades and administration. Errors: {\"error\":{\"code\",\"status\",\"message\",\"details\"}}." },
          components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
        },
        exclude: { paths: ["/api/docs/assets/swagger-ui-bundle.js", "/api/docs/assets/swagger-ui.css"] },
      }),
    )
    .get("/api/docs/assets/swagger-ui-bundle.js", () => Bun.file(join(SWAGGER_ASSETS, "swagger-ui-bundle.js")), { detail: { hide: true } })
    .get("/api/docs/assets/swagger-ui.css", () => Bun.file(join(SWAGGER_ASSETS, "swagger-ui.css")), { detail: { hide: true } })
    .use(healthRoutes(deps))
    .use(authRoutes(deps))
    .use(catalogRoutes(deps))
    .use(enrollmentRoutes(deps))
    .use(gradesRoutes(deps))
    .use(adminRoutes(deps));
}

export type GatewayApp = ReturnType<typeof createGatewayApp>;
