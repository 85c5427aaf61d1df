import * as grpc from "@grpc/grpc-js";
import type { MethodDefinition } from "@grpc/proto-loader";
import type { AuthServiceDefinition } from "../proto-types/edustream/auth/v1/AuthService";
import type { CourseServiceDefinition } from "../proto-types/edustream/course/v1/CourseService";
import type { EnrollmentServiceDefinition } from "../proto-types/edustream/enrollment/v1/EnrollmentService";
import type { GradesServiceDefinition } from "../proto-types/edustream/grades/v1/GradesService";
import type { FacultyGradesServiceDefinition } from "../proto-types/edustream/faculty_grades/v1/FacultyGradesService";
import { serviceDefinitions, SERVICE_NAMES, type ServiceKey } from "./proto";
import { UnaryChannel } from "./unary-channel";

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

/** A typed client of one service plus its raw channel (for health checks and closing). */
export type ServiceClient<K extends ServiceKey> = PromiseClient<Definitions[K]> & { readonly raw: grpc.Client; close(): void };

/**
 * The one client factory: every call carries a deadline (default `defaultDeadlineMs`), the
 * caller's bearer token and the request id as metadata. Calls go through a lean unary channel
 * (unary-channel.ts: standard gRPC on one HTTP/2 connection, grpc-js-shaped errors); `raw`, a
 * grpc-js client to the same address, is made on first use (health checks).
 */
export function createServiceClient<K extends ServiceKey>(service: K, address: string, defaultDeadlineMs: number): ServiceClient<K> {
  const Constructor = serviceDefinitions()[service] as unknown as typeof grpc.Client & { service: grpc.ServiceDefinition };
  const channel = new UnaryChannel(address);
  let raw: grpc.Client | undefined;
  const client: Record<string, unknown> = {
    get raw() {
      raw ??= new Constructor(address, grpc.credentials.createInsecure(), {
        "grpc.keepalive_time_ms": 30_000,
        "grpc.max_receive_message_length": 8 * 1024 * 1024,
      });
      return raw;
    },
    close: () => {
      channel.close();
      raw?.close();
    },
  };
  for (const [method, definition] of Object.entries(Constructor.service)) {
    client[method] = (request: unknown, options: CallOptions = {}) =>
      channel.call(
        definition.path,
        definition.requestSerialize,
        definition.responseDeserialize,
        request,
        { authorization: options.token ? `Bearer ${options.token}` : undefined, requestId: options.requestId },
        options.deadlineMs ?? defaultDeadlineMs,
      );
  }
  return client as ServiceClient<K>;
}

/** Asks a service's standard health endpoint whether it is SERVING (false on any error). */
export async function isServing(client: grpc.Client, service: ServiceKey, deadlineMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    client.makeUnaryRequest(
      "/grpc.health.v1.Health/Check",
      (req: { service: string }) => encodeHealthRequest(req.service),
      (buffer: Buffer) => buffer,
      { service: SERVICE_NAMES[service] },
      new grpc.Metadata(),
      { deadline: new Date(Date.now() + deadlineMs) },
      (error, response) => resolve(!error && response !== undefined && decodeHealthStatus(response) === 1),
    );
  });
}

// The health messages are tiny; encoding them by hand avoids loading the health proto here.
function encodeHealthRequest(service: string): Buffer {
  const name = Buffer.from(service, "utf8");
  return Buffer.concat([Buffer.from([0x0a, name.length]), name]);
}

function decodeHealthStatus(buffer: Buffer): number {
  return buffer.length >= 2 && buffer[0] === 0x08 ? buffer[1]! : 0;
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
  ) {}
  /** The client of one service, created on first use. */
  get<K extends ServiceKey>(service: K): ServiceClient<K> {
    let client = this.clients.get(service);
    if (!client) {
      client = createServiceClient(service, this.addresses[service], this.deadlineMs);
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
