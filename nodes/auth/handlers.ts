import type { AuthServiceHandlers } from "../generated/proto/edustream/auth/v1/AuthService";
import { requireCaller, type AsyncHandlers, type AuthedContext, type CallContext } from "../shared/grpc/server";
import { passwordChangeRequired } from "../shared/tokens";
import type { AuthService } from "./service";
import type { LmsClients } from "./lms-clients";
import type { SsoSignIn } from "./sso";
import { auditFilter } from "../shared/audit-view";

/**
 * A signed-in caller whose token is a full one. The auth node accepts password-change-only
 * tokens (to let ChangePassword and GetMe work); every other method refuses them here.
 */
function fullCaller(context: CallContext): AuthedContext {
  const caller = requireCaller(context);
  if (caller.claims.mustChangePassword) throw passwordChangeRequired();
  return caller;
}

/** Methods callable without an access token. */
export const PUBLIC_METHODS = ["Register", "Login", "Refresh", "Logout", "ListRevokedSubjects", "ChargeSsoAttempt", "SignInWithSso", "BatchGetEmailAddresses", "IssueClientToken"] as const;

/**
 * Methods only another node may call (a node certificate with TLS, loopback without): the list
 * of disabled accounts, and the batch look-up of accounts that enrollment (roster names) and
 * faculty-grades (grade imports by username) make after their own ownership checks, and the
 * addresses the email senders of enrollment and faculty-grades mail notifications to. No REST
 * route uses them. And single sign-on: only the portal, which validated the identity provider's
 * answer, may ask for a session of the account it names.
 */
export const NODE_ONLY_METHODS = ["ListRevokedSubjects", "BatchGetUsers", "ChargeSsoAttempt", "SignInWithSso", "BatchGetEmailAddresses"] as const;

/** Thin gRPC adapters: decode the request, call the service, return its answer. */
export function authHandlers(service: AuthService, sso: SsoSignIn, clients: LmsClients): AsyncHandlers<AuthServiceHandlers> {
  return {
    // Self-registration of a student, throttled per address. The client address of a sign-up or
    // sign-in (for the per-address throttles) is taken only from another node (the gateway).
    Register: (req, ctx) => service.register({ username: req.username, password: req.password, name: req.name, clientAddress: ctx.fromNode ? req.client_address : "" }),
    // Password sign-in, throttled per account and per address.
    Login: (req, ctx) => service.login({ username: req.username, password: req.password, clientAddress: ctx.fromNode ? req.client_address : "" }),
    // Refresh-token rotation.
    Refresh: (req) => service.refresh(req.refresh_token),
    // Refresh-token revocation.
    Logout: (req) => service.logout(req.refresh_token),
    // The caller's account.
    GetMe: (_req, ctx) => service.me(requireCaller(ctx).claims),
    // The caller changes their own password.
    ChangePassword: (req, ctx) => service.changePassword(requireCaller(ctx).claims, { currentPassword: req.current_password, newPassword: req.new_password }),
    // One user, for staff.
    GetUser: (req, ctx) => service.getUser(fullCaller(ctx).claims, req.id),
    // Many users, for staff.
    BatchGetUsers: (req, ctx) => service.batchGetUsers(fullCaller(ctx).claims, req.ids, req.usernames),
    // Admin: list users.
    ListUsers: (req, ctx) =>
      service.listUsers(fullCaller(ctx).claims, { query: req.query, role: req.role, pageSize: req.page_size, pageToken: req.page_token, orderBy: req.order_by }),
    // Admin: create an account of any role.
    CreateUser: (req, ctx) => service.createUser(fullCaller(ctx).claims, { username: req.username, password: req.password, name: req.name, role: req.role, email: req.email }),
    // Admin: rename, change role, disable.
    UpdateUser: (req, ctx) => service.updateUser(fullCaller(ctx).claims, { id: req.id, name: req.name, role: req.role, disabled: req.disabled, email: req.email }),
    // Admin: temporary password.
    ResetPassword: (req, ctx) => service.resetPassword(fullCaller(ctx).claims, { id: req.id, newPassword: req.new_password }),
    // Disabled accounts, polled by every node's token verifier.
    ListRevokedSubjects: () => service.listRevokedSubjects(),
    // The caller sets or clears their own email address.
    UpdateMyEmail: (req, ctx) => service.updateMyEmail(fullCaller(ctx).claims, req.email),
    // Other nodes' email senders: where to mail notifications.
    BatchGetEmailAddresses: (req) => service.batchGetEmailAddresses(req.user_ids),
    // Admin: audit trail of account changes.
    ListAuditEvents: (req, ctx) => service.listAuditEvents(fullCaller(ctx).claims, { ...auditFilter(req), pageSize: req.page_size, pageToken: req.page_token }),
    // Admin: register an LMS as a OneRoster client (its secret answered once).
    CreateLmsClient: (req, ctx) => clients.create(fullCaller(ctx).claims, { name: req.name, scopes: req.scopes }),
    // Admin: the registered LMS clients.
    ListLmsClients: (_req, ctx) => clients.list(fullCaller(ctx).claims),
    // Admin: revoke an LMS client.
    RevokeLmsClient: (req, ctx) => clients.revoke(fullCaller(ctx).claims, req.id),
    // OAuth 2.0 client credentials for an LMS (the address for the throttle only from another node).
    IssueClientToken: (req, ctx) =>
      clients.issueToken({ clientId: req.client_id, clientSecret: req.client_secret, scope: req.scope, clientAddress: ctx.fromNode ? req.client_address : "" }),
    // Single sign-on (node only): one answer of the identity provider counted against its address.
    ChargeSsoAttempt: (req) => sso.chargeAttempt(req.client_address),
    // Single sign-on (node only): a session for the account the identity provider vouched for.
    SignInWithSso: (req) => sso.signIn({ issuer: req.issuer, subject: req.subject, claimsJson: req.claims_json, clientAddress: req.client_address }),
  };
}
