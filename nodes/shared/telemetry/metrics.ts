import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { Config } from "../config";

/** The seven nodes, as they are named in logs, PM2 and the `node` label. */
export type NodeName = "view" | "gateway" | "auth" | "course" | "enrollment" | "grades" | "faculty-grades";

/** Default port of each node's /metrics (docs/operations.md: Metrics, traces and logs). */
export const METRICS_PORTS: Record<NodeName, number> = {
  view: 9470,
  gateway: 9480,
  auth: 9461,
  course: 9462,
  enrollment: 9463,
  grades: 9464,
  "faculty-grades": 9465,
};

/**
 * The port a node serves /metrics on: EDUSTREAM_METRICS_PORT or the node's default, plus the copy
 * number PM2 gives each copy (so two gateway copies serve 9480 and 9481). 0 stays 0 (any free port).
 */
export function metricsPort(node: NodeName, settings: Config["metrics"]): number {
  const base = settings.port ?? METRICS_PORTS[node];
  return base === 0 ? 0 : base + settings.instance;
}

const READY_HELP = "1 when the node can serve requests, else 0.";

/** Latency buckets in seconds: 1 ms to 10 s, dense where a registration-day request lands. */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The metrics of one node in a registry of its own (the tests run all seven nodes in one process,
 * each must serve only its own series). Every series carries the label `node`. Families are made
 * on first use, so a node shows only the ones it records (the gateway has no gRPC server series).
 */
export class NodeMetrics {
  readonly registry = new Registry();
  private readonly families = new Map<string, unknown>();

  constructor(readonly node: NodeName) {
    this.registry.setDefaultLabels({ node });
    collectDefaultMetrics({ register: this.registry });
  }

  /** A metric family made once, by name. */
  family<T>(name: string, make: (registers: Registry[]) => T): T {
    let made = this.families.get(name) as T | undefined;
    if (!made) {
      made = make([this.registry]);
      this.families.set(name, made);
    }
    return made;
  }

  /** 1 while the node can serve (a service: its database answers), else 0; set by the node. */
  get ready() {
    return this.family("ready", (registers) => new Gauge({ name: "edustream_ready", help: READY_HELP, registers }));
  }

  /** edustream_ready found by `check` when scraped (the gateway: every service reachable, as /readyz says). */
  observeReadiness(check: () => Promise<boolean>): void {
    this.family("ready", (registers) => new Gauge({
      name: "edustream_ready",
      help: READY_HELP,
      registers,
      async collect() {
        this.set((await check().catch(() => false)) ? 1 : 0);
      },
    }));
  }

  /** HTTP requests of the view and the gateway, by route pattern. */
  get http() {
    return this.family("http", (registers) => ({
      requests: new Counter({ name: "edustream_http_requests_total", help: "HTTP requests answered, by method, route pattern and status.", labelNames: ["method", "route", "status"] as const, registers }),
      duration: new Histogram({ name: "edustream_http_request_duration_seconds", help: "Time to answer an HTTP request, by method, route pattern and status.", labelNames: ["method", "route", "status"] as const, buckets: LATENCY_BUCKETS, registers }),
    }));
  }

  /** gRPC calls this node served. */
  get grpcServer() {
    return this.family("grpcServer", (registers) => ({
      handled: new Counter({ name: "edustream_grpc_server_handled_total", help: "gRPC calls served, by service, method and status code.", labelNames: ["grpc_service", "grpc_method", "grpc_code"] as const, registers }),
      seconds: new Histogram({ name: "edustream_grpc_server_handling_seconds", help: "Time to serve a gRPC call.", labelNames: ["grpc_service", "grpc_method"] as const, buckets: LATENCY_BUCKETS, registers }),
    }));
  }

  /** gRPC calls this node made to another. */
  get grpcClient() {
    return this.family("grpcClient", (registers) => ({
      handled: new Counter({ name: "edustream_grpc_client_handled_total", help: "gRPC calls made to other nodes, by service, method and status code.", labelNames: ["grpc_service", "grpc_method", "grpc_code"] as const, registers }),
      seconds: new Histogram({ name: "edustream_grpc_client_handling_seconds", help: "Time until another node answered a gRPC call.", labelNames: ["grpc_service", "grpc_method"] as const, buckets: LATENCY_BUCKETS, registers }),
    }));
  }

  /** Seconds since the node's copy of the revocation list was last refreshed (read when scraped; absent before the first refresh). */
  observeRevocationList(refreshedAt: () => number | undefined): void {
    this.family("revocationListAge", (registers) => new Gauge({
      name: "edustream_revocation_list_age_seconds",
      help: "Seconds since the list of disabled accounts and changed passwords was last refreshed from the auth node.",
      registers,
      collect() {
        const at = refreshedAt();
        if (at !== undefined) this.set((Date.now() - at) / 1000);
      },
    }));
  }

  /**
   * The pool of a database, read when scraped. postgres.js has no pool statistics, so db.ts counts
   * the statements and transactions in flight: up to the pool size they hold a connection (in use),
   * past it they wait, queued for a connection or pipelined behind another statement on one.
   */
  observePool(database: string, max: number, inFlight: () => number): void {
    const pools = this.family("pool", (registers) => {
      const watched = new Map<string, { max: number; inFlight: () => number }>();
      const labelNames = ["database"] as const;
      // The first of the three is read first when scraped: it sets all three from one count.
      const inUse: Gauge<"database"> = new Gauge({
        name: "edustream_db_pool_connections_in_use",
        help: "Database connections running a statement or transaction.",
        labelNames,
        registers,
        collect() {
          for (const [name, pool] of watched) {
            const now = pool.inFlight();
            inUse.set({ database: name }, Math.min(now, pool.max));
            waiting.set({ database: name }, Math.max(0, now - pool.max));
            size.set({ database: name }, pool.max);
          }
        },
      });
      const waiting = new Gauge({ name: "edustream_db_pool_connections_waiting", help: "Statements and transactions waiting for a database connection (beyond the pool size).", labelNames, registers });
      const size = new Gauge({ name: "edustream_db_pool_connections_max", help: "Size of the database pool.", labelNames, registers });
      return watched;
    });
    pools.set(database, { max, inFlight });
  }
}

/** Serves GET /metrics of one node (Prometheus text) on its metrics port; anything else is 404. */
export function serveMetrics(metrics: NodeMetrics, host: string, port: number) {
  return Bun.serve({
    hostname: host,
    port,
    development: false,
    async fetch(request) {
      if (new URL(request.url).pathname !== "/metrics" || (request.method !== "GET" && request.method !== "HEAD")) return new Response("Not found: metrics are at /metrics\n", { status: 404 });
      return new Response(await metrics.registry.metrics(), { headers: { "content-type": metrics.registry.contentType } });
    },
  });
}
