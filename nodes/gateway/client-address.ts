import type { Server } from "bun";
import { clientAddressBehind, trustedProxyMatcher } from "../shared/client-address";
import type { Config } from "../shared/config";

/**
 * The client's address for throttling. X-Forwarded-For is believed only from the view on this
 * host (loopback) and the configured proxies (EDUSTREAM_TRUSTED_PROXIES), and read from the
 * right: the first hop that is not one of them is the client, whatever the client wrote before it.
 */
export function clientAddress(request: Request, server: Server<unknown> | null, config: Config): string {
  const peer = server?.requestIP(request)?.address ?? "";
  return clientAddressBehind(peer, request.headers.get("x-forwarded-for"), trustedProxyMatcher(config.trustedProxies, true)).slice(0, 64);
}

