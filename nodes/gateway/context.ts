import { Elysia } from "elysia";
import { jwt } from "@elysiajs/jwt";
import { randomUUID } from "node:crypto";
import type { Config } from "../shared/config";
import { AppError } from "../shared/errors";
import { createServiceClient, type ServiceClient } from "../shared/grpc/client";
import { channelSettings } from "../shared/grpc/tls";
import type { ServiceKey } from "../shared/grpc/proto";
import type { Telemetry } from "../shared/telemetry";
import { CatalogCache } from "./catalog-cache";
import { loadPublicKey, JWT_ALGORITHM, TokenVerifier, verifyOptions, type Claims } from "../shared/tokens";

/** The five service clients the gateway forwards to. */
export type GatewayClients = { [K in ServiceKey]: ServiceClient<K> };

/** Everything the gateway's routes depend on, built once at start. */
export interface GatewayDeps {
  config: Config;
  clients: GatewayClients;
  verifier: TokenVerifier;
  /** The gateway's metrics and tracer (requests, calls to the services). */
  telemetry?: Telemetry;
  /** Catalog answers kept while the catalog is unchanged and their seats are fresh (catalog-cache.ts). */
  catalogCache: CatalogCache;
}

/** Creates the clients and the token verifier. The signature check is @elysiajs/jwt's, with the public key. */
export function createGatewayDeps(config: Config, telemetry?: Telemetry): GatewayDeps {
  const publicKey = loadPublicKey(config);
  const jwtPlugin = jwt({ name: "jwt", secret: publicKey, alg: JWT_ALGORITHM });
  const elysiaJwt = jwtPlugin.decorator.jwt;
  const verifier = new TokenVerifier(publicKey, config, (token) => elysiaJwt.verify(token, verifyOptions(config)));
  const settings = { ...channelSettings(config), telemetry };
  const clients = {
    auth: createServiceClient("auth", config.addresses.auth, config.grpcDeadlineMs, settings),
    course: createServiceClient("course", config.addresses.course, config.grpcDeadlineMs, settings),
    enrollment: createServiceClient("enrollment", config.addresses.enrollment, config.grpcDeadlineMs, settings),
    grades: createServiceClient("grades", config.addresses.grades, config.grpcDeadlineMs, settings),
    facultyGrades: createServiceClient("facultyGrades", config.addresses.facultyGrades, config.grpcDeadlineMs, settings),
  };
  const catalogCache = new CatalogCache(async () => (await clients.course.GetCatalogVersion({})).version);
  return { config, clients, verifier, telemetry, catalogCache };
}

/** A verified caller: their claims and the token to forward to the services. */
export interface Caller {
  claims: Claims;
  token: string;
  requestId: string;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;
const BEARER = /^Bearer\s+(\S+)$/i;

/** The caller's X-Request-Id when it is sane, else a new one. */
export function requestIdOf(request: Request): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The token of the request's `Authorization: Bearer` header; UNAUTHENTICATED when there is none. */
export function bearerToken(request: Request): string {
  const token = BEARER.exec((request.headers.get("authorization") ?? "").trim())?.[1];
  if (!token) throw new AppError("UNAUTHENTICATED", "Sign in first: send an Authorization: Bearer <access token> header.");
  return token;
}

/**
 * Shared request context of every gateway route: the dependencies, a request id, and the
 * `auth` macro that verifies the bearer token (401 when missing or invalid).
 */
export function gatewayContext(deps: GatewayDeps) {
  return new Elysia({ name: "gateway-context" })
    .decorate("deps", deps)
    .derive({ as: "global" }, ({ request, set }) => ({ requestId: String(set.headers["x-request-id"] ?? requestIdOf(request)) }))
    .macro({
      auth: {
        async resolve({ request, requestId }: { request: Request; requestId: string }) {
          const token = bearerToken(request);
          const caller: Caller = { claims: await deps.verifier.verify(token), token, requestId };
          return { caller };
        },
      },
      /** As `auth`, and a password-change-only token passes too (changing the password, reading one's account). */
      authOrPasswordChange: {
        async resolve({ request, requestId }: { request: Request; requestId: string }) {
          const token = bearerToken(request);
          const caller: Caller = { claims: await deps.verifier.verify(token, true), token, requestId };
          return { caller };
        },
      },
    });
}
