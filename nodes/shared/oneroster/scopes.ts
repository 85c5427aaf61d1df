import { fail } from "../errors";
import type { Claims } from "../tokens";

/** The OneRoster 1.2 scopes EduStream grants, as the specification names them. */
const BASE = "https://purl.imsglobal.org/spec/or/v1p2/scope";
export const SCOPES = {
  /** Read orgs, academic sessions, courses, classes, users and enrollments. */
  rosterReadonly: `${BASE}/roster.readonly`,
  /** The core of the roster (the same records here: EduStream keeps no demographics). */
  rosterCoreReadonly: `${BASE}/roster-core.readonly`,
  /** Read line items and results (released final grades). */
  gradebookReadonly: `${BASE}/gradebook.readonly`,
  /** Write results back (they become draft grades on the faculty grade sheet). */
  gradebookCreatePut: `${BASE}/gradebook.createput`,
} as const;

export type Scope = (typeof SCOPES)[keyof typeof SCOPES];
export const ALL_SCOPES: readonly Scope[] = Object.values(SCOPES);

/** What each kind of access needs: any one of the listed scopes. */
export const NEEDS = {
  roster: [SCOPES.rosterReadonly, SCOPES.rosterCoreReadonly],
  gradebookRead: [SCOPES.gradebookReadonly, SCOPES.gradebookCreatePut],
  gradebookWrite: [SCOPES.gradebookCreatePut],
} as const satisfies Record<string, readonly Scope[]>;

export type Access = keyof typeof NEEDS;

/** True when the caller is an LMS client holding one of the scopes `access` needs. */
export function clientMay(claims: Claims, access: Access): boolean {
  return claims.role === "LMS" && NEEDS[access].some((scope) => claims.scopes.includes(scope));
}

/** Refuses an LMS client without a scope `access` needs (PERMISSION_DENIED naming the scope). */
export function requireClientScope(claims: Claims, access: Access): void {
  if (!clientMay(claims, access)) throw fail.forbidden(`This needs the OneRoster scope ${NEEDS[access][0]}.`);
}
