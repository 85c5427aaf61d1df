import { status as GrpcStatus } from "@grpc/grpc-js";
import { Elysia, ValidationError } from "elysia";
import { AppError, detailsFromMetadata, errorBody, httpStatusFor, statusName, type ErrorDetail } from "../shared/errors";
import { isServiceError } from "../shared/grpc/client";
import { fieldLabel, fieldList } from "../shared/field-labels";
import type { Logger } from "../shared/logger";
import { codeMinorFor, OneRosterError, statusInfo } from "../shared/oneroster/collection";
import { TOKEN_PATH } from "./input-guard";

const HTTP_STATUS_NAMES: Record<number, string> = {
  400: "INVALID_ARGUMENT",
  401: "UNAUTHENTICATED",
  403: "PERMISSION_DENIED",
  404: "NOT_FOUND",
  409: "ALREADY_EXISTS",
  413: "PAYLOAD_TOO_LARGE",
  415: "UNSUPPORTED_MEDIA_TYPE",
  429: "RESOURCE_EXHAUSTED",
  500: "INTERNAL",
  503: "UNAVAILABLE",
  504: "DEADLINE_EXCEEDED",
};

/**
 * Field-level messages from an Elysia validation error (`/username` → `username`). A coerced
 * query value (e.g. `page_size=-1`) fails without a path; its field is then the query parameter
 * that the schema's own message names first (messages here start with the field's label).
 */
function validationDetails(error: Readonly<ValidationError>, request: Request): ErrorDetail[] {
  const seen = new Set<string>();
  const details: ErrorDetail[] = [];
  const queryNames = [...new URL(request.url).searchParams.keys()];
  // The first problems are enough (a hostile body can have thousands).
  for (const issue of error.all.slice(0, 20)) {
    const path = "path" in issue && typeof issue.path === "string" ? issue.path : "";
    const schemaMessage = "schema" in issue ? (issue.schema as { error?: unknown }).error : undefined;
    const named = typeof schemaMessage === "string" ? queryNames.find((name) => schemaMessage.startsWith(`${fieldLabel(name)} `)) : undefined;
    const field = path.replace(/^\//, "").replace(/\//g, ".") || named || error.type;
    if (seen.has(field)) continue;
    seen.add(field);
    const schemaError = "schema" in issue ? (issue.schema as { error?: unknown }).error : undefined;
    const message = typeof schemaError === "string" ? schemaError : field === error.type ? `The ${error.type} is not valid: ${issue.message}.` : `${fieldLabel(field)}: ${issue.message}.`;
    details.push({ field, message });
  }
  return details;
}

/**
 * The one error mapper of the gateway: domain and gRPC errors by the DESIGN.md table, request
 * validation as 400 naming the field, unknown routes as 404, and nothing raw ever leaks.
 */
export function errorMapper(logger: Logger) {
  return new Elysia({ name: "gateway-errors" }).onError({ as: "global" }, (context) => {
    try {
      const path = new URL(context.request.url).pathname;
      if (path === TOKEN_PATH) return oauthError(context, mapError(context, logger));
      if (path.startsWith("/ims/oneroster/")) return oneRosterError(context, mapError(context, logger));
      return mapError(context, logger);
    } catch (failure) {
      // The mapping itself failed (it never should): still the JSON shape, never Bun's own page.
      logger.error("error mapping failed", { url: context.request.url.slice(0, 200), request_id: context.set.headers["x-request-id"], error: failure instanceof Error ? failure.message : String(failure) });
      context.set.status = 500;
      context.set.headers["content-type"] = "application/json; charset=utf-8";
      return errorBody(500, "INTERNAL", "Something went wrong on our side. Please try again.", []);
    }
  });
}

/** A refusal on the OneRoster binding, in its imsx_StatusInfo shape (same status as the API's). */
function oneRosterError(context: ErrorContext, mapped: ReturnType<typeof errorBody>) {
  const { error, set } = context;
  if (error instanceof OneRosterError) {
    set.status = error.status;
    return statusInfo(error.codeMinor, error.message);
  }
  const status = typeof set.status === "number" ? set.status : 500;
  return statusInfo(codeMinorFor(status), mapped.error.message);
}

/** A refusal of the token endpoint in OAuth 2.0's shape (RFC 6749, section 5.2). */
function oauthError(context: ErrorContext, mapped: ReturnType<typeof errorBody>) {
  const { set } = context;
  const status = typeof set.status === "number" ? set.status : 500;
  const code = status === 401 ? "invalid_client" : status === 403 ? "invalid_scope" : status === 429 ? "slow_down" : status >= 500 ? "server_error" : "invalid_request";
  if (status === 401) set.headers["www-authenticate"] = 'Basic realm="oneroster"';
  if (status === 403) set.status = 400;
  set.headers["cache-control"] = "no-store";
  return { error: code, error_description: mapped.error.message };
}

type ErrorContext = { code: unknown; error: unknown; set: { status?: unknown; headers: Record<string, unknown> }; request: Request };

function mapError({ code, error, set, request }: ErrorContext, logger: Logger) {
  {
    set.headers["content-type"] = "application/json; charset=utf-8";
    const reply = (status: number, message: string, details: ErrorDetail[] = [], name = HTTP_STATUS_NAMES[status] ?? "UNKNOWN") => {
      set.status = status;
      return errorBody(status, name, message, details);
    };
    if (error instanceof AppError) {
      const status = httpStatusFor(GrpcStatus[error.status]);
      if (status === 429) {
        const retry = error.details.find((d) => typeof d.retry_after_seconds === "number")?.retry_after_seconds;
        if (retry) set.headers["retry-after"] = String(retry);
      }
      return reply(status, error.message, error.details, error.status);
    }
    if (isServiceError(error)) {
      const status = httpStatusFor(error.code);
      const details = detailsFromMetadata(error.metadata);
      if (status === 429) {
        const retry = details.find((d) => typeof d.retry_after_seconds === "number")?.retry_after_seconds;
        if (retry) set.headers["retry-after"] = String(retry);
      }
      if (status === 503) return reply(503, "A service is not reachable right now. Please try again in a moment.", [], "UNAVAILABLE");
      if (status === 504) return reply(504, "A service took too long to answer. Please try again.", [], "DEADLINE_EXCEEDED");
      if (status >= 500) logger.error("service error", { url: request.url, request_id: set.headers["x-request-id"], code: error.code, details: error.details });
      return reply(status, status >= 500 ? "Something went wrong on our side. Please try again." : error.details, details, statusName(error.code));
    }
    switch (code) {
      case "VALIDATION": {
        const details = validationDetails(error as Readonly<ValidationError>, request);
        return reply(400, details.length === 1 ? details[0]!.message : `The request has ${details.length} problems: ${fieldList(details.map((d) => d.field ?? ""))}.`, details);
      }
      case "PARSE":
        return reply(400, "The request body could not be read: send valid JSON with Content-Type: application/json.", [{ field: "body", message: "Malformed body." }]);
      case "NOT_FOUND":
        return reply(404, "There is no such endpoint. See /api/docs for the API.");
      case "INVALID_COOKIE_SIGNATURE":
        return reply(400, "A cookie is not valid.");
      default: {
        const status = (error as { status?: unknown })?.status;
        if (typeof status === "number" && status >= 400 && status < 500) return reply(status, (error as Error).message || "The request is not valid.");
        logger.error("unexpected error", { url: request.url.slice(0, 200), request_id: set.headers["x-request-id"], error: error instanceof Error ? error.stack : String(error) });
        return reply(500, "Something went wrong on our side. Please try again.");
      }
    }
  }
}
