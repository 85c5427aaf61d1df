/** HTTPS only for a year, subdomains included. */
export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Security headers for every HTTP response of the view and the gateway; with `hsts` (served over
 * HTTPS: EDUSTREAM_SECURE_COOKIES) browsers are told to use HTTPS only for a year.
 */
export function securityHeaders(options: { allowInlineStyles?: boolean; hsts?: boolean } = {}): Record<string, string> {
  const styleSrc = options.allowInlineStyles ? "'self' 'unsafe-inline'" : "'self'";
  return {
    ...(options.hsts ? { "strict-transport-security": HSTS } : {}),
    "content-security-policy": `default-src 'self'; script-src 'self'; style-src ${styleSrc}; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'`,
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
    "cross-origin-opener-policy": "same-origin",
  };
}

/**
 * Stops an HTTP app gracefully: no new connections, requests in flight may finish for up to
 * `graceMs`, then whatever is left (idle keep-alive connections) is closed.
 */
export async function stopGracefully(app: { stop(closeActiveConnections?: boolean): Promise<unknown> }, graceMs = 10_000): Promise<void> {
  const finished = await Promise.race([app.stop(false).then(() => true), Bun.sleep(graceMs).then(() => false)]);
  if (!finished) await app.stop(true);
}

/**
 * Bun.serve settings that never show Bun's development error page (stack frames, paths and
 * source lines): development off, and an answer of last resort, in the node's own format with
 * the security headers, for an error that escaped every handler.
 */
export function productionServe(kind: "json" | "html") {
  const headers = { ...securityHeaders(), "content-type": kind === "json" ? "application/json; charset=utf-8" : "text/html; charset=utf-8" };
  const body =
    kind === "json"
      ? JSON.stringify({ error: { code: 500, status: "INTERNAL", message: "Something went wrong on our side. Please try again.", details: [] } })
      : '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Something went wrong · EduStream</title><link rel="stylesheet" href="/static/build/app.css"></head><body><main class="p-6"><h1>Something went wrong</h1><p>Something went wrong on our side. Please try again; if it keeps happening, tell the help desk.</p><p><a href="/">Back to start</a></p></main></body></html>';
  return {
    development: false,
    error: () => new Response(body, { status: 500, headers }),
  };
}
