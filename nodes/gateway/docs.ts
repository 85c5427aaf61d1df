import { Elysia } from "elysia";
import { openapi } from "@elysiajs/openapi";
import { join } from "node:path";
import { securityHeaders } from "../shared/http";

const SWAGGER_ASSETS = join(import.meta.dir, "..", "..", "node_modules", "swagger-ui-dist");
const SPEC_PATH = "/api/docs/json";

const INFO = {
  title: "EduStream REST API",
  version: "1.0.0",
  description: 'Registration, grades and administration. Errors: {"error":{"code","status","message","details"}}.',
};

/**
 * The docs pages' policy: no inline script (the page starts Swagger UI from a file of its own),
 * but inline styles, which Swagger UI sets on its elements.
 */
export const DOCS_HEADERS: Record<string, string> = securityHeaders({ allowInlineStyles: true });

/** True for /api/docs and below. Bun gives an absolute, normalized URL, so the path starts at the first "/" after the host. */
export function isDocsUrl(url: string): boolean {
  return url.startsWith("/api/docs", url.indexOf("/", url.indexOf("//") + 2));
}

/**
 * The docs page, written here rather than by @elysiajs/openapi: its page asks for the spec at a
 * relative URL (`api/docs/json` from `/api/docs` is `/api/api/docs/json`), puts the description
 * into attributes unescaped and starts Swagger UI with an inline script.
 */
export function docsPage(): string {
  const title = Bun.escapeHTML(INFO.title);
  const description = Bun.escapeHTML(INFO.description);
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title}</title>
  <meta name="description" content="${description}">
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
  <div id="swagger-ui" data-spec-url="${SPEC_PATH}"></div>
  <script src="/api/docs/assets/swagger-ui-bundle.js"></script>
  <script src="/api/docs/assets/start.js"></script>
</body>
</html>
`;
}

// Starts Swagger UI on the spec named by the page (absolute path, so it works from any URL).
const START_SCRIPT = `(function () {
  var root = document.getElementById("swagger-ui");
  window.ui = SwaggerUIBundle({ url: root.getAttribute("data-spec-url"), dom_id: "#swagger-ui", deepLinking: true });
})();
`;

const javascript = { "content-type": "text/javascript; charset=utf-8" };

/** OpenAPI at /api/docs/json and its Swagger UI page at /api/docs, every file served locally. */
export function apiDocs() {
  return new Elysia({ name: "gateway-docs" })
    .use(
      openapi({
        path: "/api/docs",
        specPath: SPEC_PATH,
        provider: null,
        documentation: {
          info: INFO,
          components: { securitySchemes: { bearer: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
        },
      }),
    )
    .get("/api/docs", () => new Response(docsPage(), { headers: { "content-type": "text/html; charset=utf-8" } }), { detail: { hide: true } })
    .get("/api/docs/assets/swagger-ui-bundle.js", () => new Response(Bun.file(join(SWAGGER_ASSETS, "swagger-ui-bundle.js")), { headers: javascript }), { detail: { hide: true } })
    .get("/api/docs/assets/swagger-ui.css", () => Bun.file(join(SWAGGER_ASSETS, "swagger-ui.css")), { detail: { hide: true } })
    .get("/api/docs/assets/start.js", () => new Response(START_SCRIPT, { headers: javascript }), { detail: { hide: true } });
}
