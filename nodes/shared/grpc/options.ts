import type { ChannelOptions } from "@grpc/grpc-js";
import { SERVICE_NAMES, type ServiceKey } from "./proto";

/**
 * The one set of gRPC settings of EduStream, for every server and every channel (grpc-js).
 *
 * Requests are small (the largest is a grade import, ≤ 1 MiB of CSV from the REST body limit),
 * answers can be lists: each service accepts requests up to its own limit, clients take answers
 * up to 8 MiB. A connection carries at most 100 calls at once (grpc-js refuses more streams),
 * ~10 MB of HTTP/2 session memory, and is closed after 5 minutes without calls; connections are
 * recycled after 5 minutes (+ up to 30 s for calls in flight) so clients re-resolve names and
 * spread again over copies that were added or came back. Clients ping every 20 s on a busy
 * connection and drop it when a ping goes unanswered for 5 s (TCP alone would wait minutes on
 * a host whose link went down); servers ping their clients the same way and drop connections
 * that stop answering. (grpc-js 1.14's server does not read a minimum ping interval, so a client
 * that pings too often is not throttled by it; the stream, message and memory caps bound what
 * one connection can cost.)
 */
export const MAX_REQUEST_BYTES: Record<ServiceKey, number> = {
  auth: 64 * 1024,
  course: 256 * 1024,
  enrollment: 64 * 1024,
  grades: 64 * 1024,
  facultyGrades: 2 * 1024 * 1024,
};
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
export const MAX_CONCURRENT_STREAMS = 100;
const KEEPALIVE_TIME_MS = 20_000;
const KEEPALIVE_TIMEOUT_MS = 5_000;
const MAX_CONNECTION_AGE_MS = 5 * 60_000;
const MAX_CONNECTION_AGE_GRACE_MS = 30_000;
const MAX_CONNECTION_IDLE_MS = 5 * 60_000;
const MAX_SESSION_MEMORY_MB = 10;

/** Options of the server of one service. */
export function serverOptions(service: ServiceKey): ChannelOptions {
  return {
    "grpc.max_receive_message_length": MAX_REQUEST_BYTES[service],
    "grpc.max_send_message_length": MAX_RESPONSE_BYTES,
    "grpc.max_concurrent_streams": MAX_CONCURRENT_STREAMS,
    "grpc-node.max_session_memory": MAX_SESSION_MEMORY_MB,
    "grpc.keepalive_time_ms": KEEPALIVE_TIME_MS,
    "grpc.keepalive_timeout_ms": KEEPALIVE_TIMEOUT_MS,
    "grpc.max_connection_age_ms": MAX_CONNECTION_AGE_MS,
    "grpc.max_connection_age_grace_ms": MAX_CONNECTION_AGE_GRACE_MS,
    "grpc.max_connection_idle_ms": MAX_CONNECTION_IDLE_MS,
    "grpc.enable_channelz": 0,
  };
}

/** Methods that only read: retried on UNAVAILABLE (a copy went away); writes never are. */
export function isIdempotentRead(method: string): boolean {
  return /^(Get|List|Search|BatchGet)[A-Z]/.test(method);
}

/**
 * Service config of a channel: round robin over every address behind the target (all A/AAAA
 * records of a `dns:///` name, or each address of a list), and up to 3 attempts for reads that
 * met UNAVAILABLE. Calls that never reached a server (refused stream, GOAWAY) are retried by
 * grpc-js transparently, writes included, since the server did not see them.
 */
export function serviceConfig(service: ServiceKey, methods: readonly string[]): string {
  const reads = methods.filter(isIdempotentRead).map((method) => ({ service: SERVICE_NAMES[service], method }));
  return JSON.stringify({
    loadBalancingConfig: [{ round_robin: {} }],
    methodConfig: reads.length
      ? [
          {
            name: reads,
            retryPolicy: { maxAttempts: 3, initialBackoff: "0.05s", maxBackoff: "0.5s", backoffMultiplier: 2, retryableStatusCodes: ["UNAVAILABLE"] },
          },
        ]
      : [],
  });
}

/** Options of a channel to one service. */
export function channelOptions(service: ServiceKey, methods: readonly string[]): ChannelOptions {
  return {
    "grpc.service_config": serviceConfig(service, methods),
    "grpc.max_receive_message_length": MAX_RESPONSE_BYTES,
    "grpc.max_send_message_length": MAX_REQUEST_BYTES[service],
    "grpc.keepalive_time_ms": KEEPALIVE_TIME_MS,
    "grpc.keepalive_timeout_ms": KEEPALIVE_TIMEOUT_MS,
    "grpc.keepalive_permit_without_calls": 0,
    // A copy that comes back (a restart takes ~1-2 s) is found within about a second, not after
    // grpc-js's default back-off of up to 2 minutes; meanwhile calls to it fail at once (503).
    "grpc.initial_reconnect_backoff_ms": 100,
    "grpc.max_reconnect_backoff_ms": 1_000,
    "grpc.dns_min_time_between_resolutions_ms": 2_000,
    "grpc.client_idle_timeout_ms": MAX_CONNECTION_IDLE_MS,
    // Addresses come from A/AAAA records (or /etc/hosts); no TXT lookups for a service config.
    "grpc.service_config_disable_resolution": 1,
    "grpc.enable_channelz": 0,
  };
}
