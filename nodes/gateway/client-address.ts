import type { Server } from "bun";

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * The client's address for throttling. X-Forwarded-For is believed only from a loopback peer
 * (the view server on the same host); anyone else is judged by their own address.
 */
export function clientAddress(request: Request, server: Server<unknown> | null): string {
  const peer = server?.requestIP(request)?.address ?? "";
  const forwarded = request.headers.get("x-forwarded-for");
  if (forwarded && LOOPBACK.test(peer)) return forwarded.split(",")[0]!.trim().slice(0, 64);
  return peer || "unknown";
}
