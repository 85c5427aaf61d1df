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
