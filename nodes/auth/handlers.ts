import type { AuthServiceHandlers } from "../shared/proto-types/edustream/auth/v1/AuthService";
import { requireCaller, type AsyncHandlers } from "../shared/grpc/server";
import type { AuthService } from "./service";

/** Methods callable without an access token. */
export const PUBLIC_METHODS = ["Register", "Login", "Refresh", "Logout", "ListRevokedSubjects"] as const;

/** Methods only another node may call (a node certificate with TLS, loopback without): the list of disabled accounts. */
export const NODE_ONLY_METHODS = ["ListRevokedSubjects"] as const;

/** Thin gRPC adapters: decode the request, call the service, return its answer. */
export function authHandlers(service: AuthService): AsyncHandlers<AuthServiceHandlers> {
  return {
    // Self-registration of a student.
    Register: (req) => service.register({ username: req.username, password: req.password, name: req.name }),
    // Password sign-in, throttled per account and per address.
    // The client address (for the per-address throttle) is taken only from another node (the gateway).
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
    GetUser: (req, ctx) => service.getUser(requireCaller(ctx).claims, req.id),
    // Many users, for staff.
    BatchGetUsers: (req, ctx) => service.batchGetUsers(requireCaller(ctx).claims, req.ids, req.usernames),
    // Admin: list users.
    ListUsers: (req, ctx) =>
      service.listUsers(requireCaller(ctx).claims, { query: req.query, role: req.role, pageSize: req.page_size, pageToken: req.page_token, orderBy: req.order_by }),
    // Admin: create an account of any role.
    CreateUser: (req, ctx) => service.createUser(requireCaller(ctx).claims, { username: req.username, password: req.password, name: req.name, role: req.role }),
    // Admin: rename, change role, disable.
    UpdateUser: (req, ctx) => service.updateUser(requireCaller(ctx).claims, { id: req.id, name: req.name, role: req.role, disabled: req.disabled }),
    // Admin: temporary password.
    ResetPassword: (req, ctx) => service.resetPassword(requireCaller(ctx).claims, { id: req.id, newPassword: req.new_password }),
    // Disabled accounts, polled by every node's token verifier.
    ListRevokedSubjects: () => service.listRevokedSubjects(),
    // Admin: audit trail of account changes.
    ListAuditEvents: (req, ctx) => service.listAuditEvents(requireCaller(ctx).claims, { pageSize: req.page_size, pageToken: req.page_token }),
  };
}
