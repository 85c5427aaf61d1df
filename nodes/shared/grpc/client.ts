import * as grpc from "@grpc/grpc-js";
import type { MethodDefinition } from "@grpc/proto-loader";
import type { AuthServiceDefinition } from "../../generated/proto/edustream/auth/v1/AuthService";
import type { CourseServiceDefinition } from "../../generated/proto/edustream/course/v1/CourseService";
import type { EnrollmentServiceDefinition } from "../../generated/proto/edustream/enrollment/v1/EnrollmentService";
import type { GradesServiceDefinition } from "../../generated/proto/edustream/grades/v1/GradesService";
import type { FacultyGradesServiceDefinition } from "../../generated/proto/edustream/faculty_grades/v1/FacultyGradesService";
import { service as healthService } from "grpc-health-check";
import { channelOptions } from "./options";
import { serviceDefinitions, SERVICE_NAMES, type ServiceKey } from "./proto";
import { channelCredentials, type NodeTls } from "./tls";
import type { Telemetry } from "../telemetry";
import { observeClientCall } from "../telemetry/grpc";

/** Per-call options: whose token to forward, which request id to carry, how long to wait. */
export interface CallOptions {
  token?: string;
  requestId?: string;
  deadlineMs?: number;
}

/** Promise-returning methods of a service, typed from its generated definition. */
export type PromiseClient<Def> = {
  [K in keyof Def]: Def[K] extends MethodDefinition<infer RequestIn, infer _ResponseIn, infer _RequestOut, infer ResponseOut>
    ? (request: RequestIn, options?: CallOptions) => Promise<ResponseOut>
    : never;
};

interface Definitions {
  auth: AuthServiceDefinition;
  course: CourseServiceDefinition;
  enrollment: EnrollmentServiceDefinition;
  grades: GradesServiceDefinition;
  facultyGrades: FacultyGradesServiceDefinition;
}

/** A typed client of one service plus its grpc-js client (for health checks and closing). */
export type ServiceClient<K extends ServiceKey> = PromiseClient<Definitions[K]> & { readonly raw: grpc.Client; close(): void };

/**
 * The gRPC target of an address setting: `host:port` and `dns:///name:port` as they are (a name
 * is resolved to every address behind it), a comma-separated list of IP addresses with ports as
 * grpc-js's `ipv4:`/`ipv6:` list. Either way the channel round-robins over all of them.
 */
export function grpcTarget(address: string): string {
  if (!address.includes(",")) return address;
  const parts = address.split(",").map((part) => part.trim());
  if (parts.every((part) => /^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(part))) return `ipv4:${parts.join(",")}`;
  if (parts.every((part) => /^\[[0-9a-fA-F:.]+\]:\d+$/.test(part))) return `ipv6:${parts.join(",")}`;
  throw new Error(`a list of addresses must be IPv4 or IPv6 addresses with ports (use dns:///name:port for a name behind several hosts), got "${address}"`);
}

/** Settings of the channels a node opens. */
export interface ChannelSettings {
  tls?: NodeTls;
  /** The name to check in servers' certificates instead of the one dialled (for address lists). */
  tlsServerName?: string;
  /** The calling node's metrics and tracer (edustream_grpc_client_*, a client span per call). */
  telemetry?: Telemetry;
}

/**
 * The one client factory: one grpc-js channel per service (round robin over every address of
 * the target, options.ts), every call with a deadline (default `defaultDeadlineMs`), the
 * caller's bearer token and the request id as metadata; TLS with this node's certificate when
 * it has one. `raw` is the grpc-js client itself: health checks go through the channel the
 * calls use, so readiness sees what calls would meet.
 */
export function createServiceClient<K extends ServiceKey>(service: K, address: string, defaultDeadlineMs: number, settings: ChannelSettings = {}): ServiceClient<K> {
  const Constructor = serviceDefinitions()[service] as unknown as typeof grpc.Client & { service: grpc.ServiceDefinition };
  const options = channelOptions(service, Object.keys(Constructor.service));
  if (settings.tlsServerName) options["grpc.ssl_target_name_override"] = settings.tlsServerName;
  const raw = new Constructor(grpcTarget(address), channelCredentials(settings.tls), options);
  const client: Record<string, unknown> = { raw, close: () => raw.close() };
  const serviceName = SERVICE_NAMES[service];
  for (const [method, definition] of Object.entries(Constructor.service)) {
    const { path, requestSerialize, responseDeserialize } = definition;
    client[method] = (request: unknown, callOptions: CallOptions = {}) =>
      new Promise((resolve, reject) => {
        const metadata = new grpc.Metadata();
        if (callOptions.token) metadata.set("authorization", `Bearer ${callOptions.token}`);
        if (callOptions.requestId) metadata.set("x-request-id", callOptions.requestId);
        const deadline = Date.now() + (callOptions.deadlineMs ?? defaultDeadlineMs);
        const done = observeClientCall(settings.telemetry, serviceName, method, metadata);
        raw.makeUnaryRequest(path, requestSerialize, responseDeserialize, request, metadata, { deadline }, (error, response) => {
          done(error ? error.code : grpc.status.OK);
          if (error) reject(error);
          else resolve(response);
        });
      });
  }
  return client as ServiceClient<K>;
}

const HEALTH_CHECK = healthService.Check!;

/** Asks a service's standard health endpoint whether it is SERVING (false on any error). */
export async function isServing(client: grpc.Client, service: ServiceKey, deadlineMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      HEALTH_CHECK.path,
      HEALTH_CHECK.requestSerialize,
      HEALTH_CHECK.responseDeserialize,
      { service: SERVICE_NAMES[service] },
      new grpc.Metadata(),
      { deadline: Date.now() + deadlineMs },
      (error, response) => resolve(!error && (response as { status?: string } | undefined)?.status === "SERVING"),
    );
  });
}

/** gRPC ServiceError type guard. */
export function isServiceError(error: unknown): error is grpc.ServiceError {
  return typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "number" && "details" in error;
}

/** Lazily created, shared clients of the services at the given addresses. */
export class ClientRegistry {
  private readonly clients = new Map<ServiceKey, { close(): void }>();
  constructor(
    private readonly addresses: Record<ServiceKey, string>,
    private readonly deadlineMs: number,
    private readonly settings: ChannelSettings = {},
  ) {}
  /** The client of one service, created on first use. */
  get<K extends ServiceKey>(service: K): ServiceClient<K> {
    let client = this.clients.get(service);
    if (!client) {
      client = createServiceClient(service, this.addresses[service], this.deadlineMs, this.settings);
      this.clients.set(service, client);
    }
    return client as ServiceClient<K>;
  }
  /** Closes every client created so far. */
  closeAll(): void {
    for (const client of this.clients.values()) client.close();
    this.clients.clear();
  }
}
