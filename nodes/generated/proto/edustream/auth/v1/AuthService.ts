// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BatchGetEmailAddressesRequest__Input as _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, BatchGetEmailAddressesRequest as _edustream_auth_v1_BatchGetEmailAddressesRequest } from '../../../edustream/auth/v1/BatchGetEmailAddressesRequest';
import type { BatchGetEmailAddressesResponse__Input as _edustream_auth_v1_BatchGetEmailAddressesResponse__Input, BatchGetEmailAddressesResponse as _edustream_auth_v1_BatchGetEmailAddressesResponse } from '../../../edustream/auth/v1/BatchGetEmailAddressesResponse';
import type { BatchGetUsersRequest__Input as _edustream_auth_v1_BatchGetUsersRequest__Input, BatchGetUsersRequest as _edustream_auth_v1_BatchGetUsersRequest } from '../../../edustream/auth/v1/BatchGetUsersRequest';
import type { BatchGetUsersResponse__Input as _edustream_auth_v1_BatchGetUsersResponse__Input, BatchGetUsersResponse as _edustream_auth_v1_BatchGetUsersResponse } from '../../../edustream/auth/v1/BatchGetUsersResponse';
import type { ChangePasswordRequest__Input as _edustream_auth_v1_ChangePasswordRequest__Input, ChangePasswordRequest as _edustream_auth_v1_ChangePasswordRequest } from '../../../edustream/auth/v1/ChangePasswordRequest';
import type { ChangePasswordResponse__Input as _edustream_auth_v1_ChangePasswordResponse__Input, ChangePasswordResponse as _edustream_auth_v1_ChangePasswordResponse } from '../../../edustream/auth/v1/ChangePasswordResponse';
import type { ChargeSsoAttemptRequest__Input as _edustream_auth_v1_ChargeSsoAttemptRequest__Input, ChargeSsoAttemptRequest as _edustream_auth_v1_ChargeSsoAttemptRequest } from '../../../edustream/auth/v1/ChargeSsoAttemptRequest';
import type { ChargeSsoAttemptResponse__Input as _edustream_auth_v1_ChargeSsoAttemptResponse__Input, ChargeSsoAttemptResponse as _edustream_auth_v1_ChargeSsoAttemptResponse } from '../../../edustream/auth/v1/ChargeSsoAttemptResponse';
import type { CreateLmsClientRequest__Input as _edustream_auth_v1_CreateLmsClientRequest__Input, CreateLmsClientRequest as _edustream_auth_v1_CreateLmsClientRequest } from '../../../edustream/auth/v1/CreateLmsClientRequest';
import type { CreateLmsClientResponse__Input as _edustream_auth_v1_CreateLmsClientResponse__Input, CreateLmsClientResponse as _edustream_auth_v1_CreateLmsClientResponse } from '../../../edustream/auth/v1/CreateLmsClientResponse';
import type { CreateUserRequest__Input as _edustream_auth_v1_CreateUserRequest__Input, CreateUserRequest as _edustream_auth_v1_CreateUserRequest } from '../../../edustream/auth/v1/CreateUserRequest';
import type { CreateUserResponse__Input as _edustream_auth_v1_CreateUserResponse__Input, CreateUserResponse as _edustream_auth_v1_CreateUserResponse } from '../../../edustream/auth/v1/CreateUserResponse';
import type { GetMeRequest__Input as _edustream_auth_v1_GetMeRequest__Input, GetMeRequest as _edustream_auth_v1_GetMeRequest } from '../../../edustream/auth/v1/GetMeRequest';
import type { GetMeResponse__Input as _edustream_auth_v1_GetMeResponse__Input, GetMeResponse as _edustream_auth_v1_GetMeResponse } from '../../../edustream/auth/v1/GetMeResponse';
import type { GetUserRequest__Input as _edustream_auth_v1_GetUserRequest__Input, GetUserRequest as _edustream_auth_v1_GetUserRequest } from '../../../edustream/auth/v1/GetUserRequest';
import type { GetUserResponse__Input as _edustream_auth_v1_GetUserResponse__Input, GetUserResponse as _edustream_auth_v1_GetUserResponse } from '../../../edustream/auth/v1/GetUserResponse';
import type { IssueClientTokenRequest__Input as _edustream_auth_v1_IssueClientTokenRequest__Input, IssueClientTokenRequest as _edustream_auth_v1_IssueClientTokenRequest } from '../../../edustream/auth/v1/IssueClientTokenRequest';
import type { IssueClientTokenResponse__Input as _edustream_auth_v1_IssueClientTokenResponse__Input, IssueClientTokenResponse as _edustream_auth_v1_IssueClientTokenResponse } from '../../../edustream/auth/v1/IssueClientTokenResponse';
import type { ListAuditEventsRequest__Input as _edustream_auth_v1_ListAuditEventsRequest__Input, ListAuditEventsRequest as _edustream_auth_v1_ListAuditEventsRequest } from '../../../edustream/auth/v1/ListAuditEventsRequest';
import type { ListAuditEventsResponse__Input as _edustream_auth_v1_ListAuditEventsResponse__Input, ListAuditEventsResponse as _edustream_auth_v1_ListAuditEventsResponse } from '../../../edustream/auth/v1/ListAuditEventsResponse';
import type { ListLmsClientsRequest__Input as _edustream_auth_v1_ListLmsClientsRequest__Input, ListLmsClientsRequest as _edustream_auth_v1_ListLmsClientsRequest } from '../../../edustream/auth/v1/ListLmsClientsRequest';
import type { ListLmsClientsResponse__Input as _edustream_auth_v1_ListLmsClientsResponse__Input, ListLmsClientsResponse as _edustream_auth_v1_ListLmsClientsResponse } from '../../../edustream/auth/v1/ListLmsClientsResponse';
import type { ListRevokedSubjectsRequest__Input as _edustream_auth_v1_ListRevokedSubjectsRequest__Input, ListRevokedSubjectsRequest as _edustream_auth_v1_ListRevokedSubjectsRequest } from '../../../edustream/auth/v1/ListRevokedSubjectsRequest';
import type { ListRevokedSubjectsResponse__Input as _edustream_auth_v1_ListRevokedSubjectsResponse__Input, ListRevokedSubjectsResponse as _edustream_auth_v1_ListRevokedSubjectsResponse } from '../../../edustream/auth/v1/ListRevokedSubjectsResponse';
import type { ListUsersRequest__Input as _edustream_auth_v1_ListUsersRequest__Input, ListUsersRequest as _edustream_auth_v1_ListUsersRequest } from '../../../edustream/auth/v1/ListUsersRequest';
import type { ListUsersResponse__Input as _edustream_auth_v1_ListUsersResponse__Input, ListUsersResponse as _edustream_auth_v1_ListUsersResponse } from '../../../edustream/auth/v1/ListUsersResponse';
import type { LoginRequest__Input as _edustream_auth_v1_LoginRequest__Input, LoginRequest as _edustream_auth_v1_LoginRequest } from '../../../edustream/auth/v1/LoginRequest';
import type { LoginResponse__Input as _edustream_auth_v1_LoginResponse__Input, LoginResponse as _edustream_auth_v1_LoginResponse } from '../../../edustream/auth/v1/LoginResponse';
import type { LogoutRequest__Input as _edustream_auth_v1_LogoutRequest__Input, LogoutRequest as _edustream_auth_v1_LogoutRequest } from '../../../edustream/auth/v1/LogoutRequest';
import type { LogoutResponse__Input as _edustream_auth_v1_LogoutResponse__Input, LogoutResponse as _edustream_auth_v1_LogoutResponse } from '../../../edustream/auth/v1/LogoutResponse';
import type { RefreshRequest__Input as _edustream_auth_v1_RefreshRequest__Input, RefreshRequest as _edustream_auth_v1_RefreshRequest } from '../../../edustream/auth/v1/RefreshRequest';
import type { RefreshResponse__Input as _edustream_auth_v1_RefreshResponse__Input, RefreshResponse as _edustream_auth_v1_RefreshResponse } from '../../../edustream/auth/v1/RefreshResponse';
import type { RegisterRequest__Input as _edustream_auth_v1_RegisterRequest__Input, RegisterRequest as _edustream_auth_v1_RegisterRequest } from '../../../edustream/auth/v1/RegisterRequest';
import type { RegisterResponse__Input as _edustream_auth_v1_RegisterResponse__Input, RegisterResponse as _edustream_auth_v1_RegisterResponse } from '../../../edustream/auth/v1/RegisterResponse';
import type { ResetPasswordRequest__Input as _edustream_auth_v1_ResetPasswordRequest__Input, ResetPasswordRequest as _edustream_auth_v1_ResetPasswordRequest } from '../../../edustream/auth/v1/ResetPasswordRequest';
import type { ResetPasswordResponse__Input as _edustream_auth_v1_ResetPasswordResponse__Input, ResetPasswordResponse as _edustream_auth_v1_ResetPasswordResponse } from '../../../edustream/auth/v1/ResetPasswordResponse';
import type { RevokeLmsClientRequest__Input as _edustream_auth_v1_RevokeLmsClientRequest__Input, RevokeLmsClientRequest as _edustream_auth_v1_RevokeLmsClientRequest } from '../../../edustream/auth/v1/RevokeLmsClientRequest';
import type { RevokeLmsClientResponse__Input as _edustream_auth_v1_RevokeLmsClientResponse__Input, RevokeLmsClientResponse as _edustream_auth_v1_RevokeLmsClientResponse } from '../../../edustream/auth/v1/RevokeLmsClientResponse';
import type { SignInWithSsoRequest__Input as _edustream_auth_v1_SignInWithSsoRequest__Input, SignInWithSsoRequest as _edustream_auth_v1_SignInWithSsoRequest } from '../../../edustream/auth/v1/SignInWithSsoRequest';
import type { SignInWithSsoResponse__Input as _edustream_auth_v1_SignInWithSsoResponse__Input, SignInWithSsoResponse as _edustream_auth_v1_SignInWithSsoResponse } from '../../../edustream/auth/v1/SignInWithSsoResponse';
import type { UpdateMyEmailRequest__Input as _edustream_auth_v1_UpdateMyEmailRequest__Input, UpdateMyEmailRequest as _edustream_auth_v1_UpdateMyEmailRequest } from '../../../edustream/auth/v1/UpdateMyEmailRequest';
import type { UpdateMyEmailResponse__Input as _edustream_auth_v1_UpdateMyEmailResponse__Input, UpdateMyEmailResponse as _edustream_auth_v1_UpdateMyEmailResponse } from '../../../edustream/auth/v1/UpdateMyEmailResponse';
import type { UpdateUserRequest__Input as _edustream_auth_v1_UpdateUserRequest__Input, UpdateUserRequest as _edustream_auth_v1_UpdateUserRequest } from '../../../edustream/auth/v1/UpdateUserRequest';
import type { UpdateUserResponse__Input as _edustream_auth_v1_UpdateUserResponse__Input, UpdateUserResponse as _edustream_auth_v1_UpdateUserResponse } from '../../../edustream/auth/v1/UpdateUserResponse';

export interface AuthServiceClient extends grpc.Client {
  BatchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  BatchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  BatchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  BatchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  batchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  batchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  batchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  batchGetEmailAddresses(argument: _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetEmailAddressesResponse>): grpc.ClientUnaryCall;
  
  BatchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  BatchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  BatchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  BatchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  batchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  batchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  batchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  batchGetUsers(argument: _edustream_auth_v1_BatchGetUsersRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_BatchGetUsersResponse>): grpc.ClientUnaryCall;
  
  ChangePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  ChangePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  ChangePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  ChangePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  changePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  changePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  changePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  changePassword(argument: _edustream_auth_v1_ChangePasswordRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ChangePasswordResponse>): grpc.ClientUnaryCall;
  
  ChargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  ChargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  ChargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  ChargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  chargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  chargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  chargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  chargeSsoAttempt(argument: _edustream_auth_v1_ChargeSsoAttemptRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ChargeSsoAttemptResponse>): grpc.ClientUnaryCall;
  
  CreateLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  CreateLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  CreateLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  CreateLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  createLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  createLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  createLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  createLmsClient(argument: _edustream_auth_v1_CreateLmsClientRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_CreateLmsClientResponse>): grpc.ClientUnaryCall;
  
  CreateUser(argument: _edustream_auth_v1_CreateUserRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  CreateUser(argument: _edustream_auth_v1_CreateUserRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  CreateUser(argument: _edustream_auth_v1_CreateUserRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  CreateUser(argument: _edustream_auth_v1_CreateUserRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  createUser(argument: _edustream_auth_v1_CreateUserRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  createUser(argument: _edustream_auth_v1_CreateUserRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  createUser(argument: _edustream_auth_v1_CreateUserRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  createUser(argument: _edustream_auth_v1_CreateUserRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_CreateUserResponse>): grpc.ClientUnaryCall;
  
  GetMe(argument: _edustream_auth_v1_GetMeRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  GetMe(argument: _edustream_auth_v1_GetMeRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  GetMe(argument: _edustream_auth_v1_GetMeRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  GetMe(argument: _edustream_auth_v1_GetMeRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  getMe(argument: _edustream_auth_v1_GetMeRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  getMe(argument: _edustream_auth_v1_GetMeRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  getMe(argument: _edustream_auth_v1_GetMeRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  getMe(argument: _edustream_auth_v1_GetMeRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_GetMeResponse>): grpc.ClientUnaryCall;
  
  GetUser(argument: _edustream_auth_v1_GetUserRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  GetUser(argument: _edustream_auth_v1_GetUserRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  GetUser(argument: _edustream_auth_v1_GetUserRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  GetUser(argument: _edustream_auth_v1_GetUserRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  getUser(argument: _edustream_auth_v1_GetUserRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  getUser(argument: _edustream_auth_v1_GetUserRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  getUser(argument: _edustream_auth_v1_GetUserRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  getUser(argument: _edustream_auth_v1_GetUserRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_GetUserResponse>): grpc.ClientUnaryCall;
  
  IssueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  IssueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  IssueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  IssueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  issueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  issueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  issueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  issueClientToken(argument: _edustream_auth_v1_IssueClientTokenRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_IssueClientTokenResponse>): grpc.ClientUnaryCall;
  
  ListAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_auth_v1_ListAuditEventsRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  
  ListLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  ListLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  ListLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  ListLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  listLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  listLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  listLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  listLmsClients(argument: _edustream_auth_v1_ListLmsClientsRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListLmsClientsResponse>): grpc.ClientUnaryCall;
  
  ListRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  ListRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  ListRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  ListRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  listRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  listRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  listRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  listRevokedSubjects(argument: _edustream_auth_v1_ListRevokedSubjectsRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListRevokedSubjectsResponse>): grpc.ClientUnaryCall;
  
  ListUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  ListUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  ListUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  ListUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  listUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  listUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  listUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  listUsers(argument: _edustream_auth_v1_ListUsersRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ListUsersResponse>): grpc.ClientUnaryCall;
  
  Login(argument: _edustream_auth_v1_LoginRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  Login(argument: _edustream_auth_v1_LoginRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  Login(argument: _edustream_auth_v1_LoginRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  Login(argument: _edustream_auth_v1_LoginRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  login(argument: _edustream_auth_v1_LoginRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  login(argument: _edustream_auth_v1_LoginRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  login(argument: _edustream_auth_v1_LoginRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  login(argument: _edustream_auth_v1_LoginRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_LoginResponse>): grpc.ClientUnaryCall;
  
  Logout(argument: _edustream_auth_v1_LogoutRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  Logout(argument: _edustream_auth_v1_LogoutRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  Logout(argument: _edustream_auth_v1_LogoutRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  Logout(argument: _edustream_auth_v1_LogoutRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  logout(argument: _edustream_auth_v1_LogoutRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  logout(argument: _edustream_auth_v1_LogoutRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  logout(argument: _edustream_auth_v1_LogoutRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  logout(argument: _edustream_auth_v1_LogoutRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_LogoutResponse>): grpc.ClientUnaryCall;
  
  Refresh(argument: _edustream_auth_v1_RefreshRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  Refresh(argument: _edustream_auth_v1_RefreshRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  Refresh(argument: _edustream_auth_v1_RefreshRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  Refresh(argument: _edustream_auth_v1_RefreshRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  refresh(argument: _edustream_auth_v1_RefreshRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  refresh(argument: _edustream_auth_v1_RefreshRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  refresh(argument: _edustream_auth_v1_RefreshRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  refresh(argument: _edustream_auth_v1_RefreshRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_RefreshResponse>): grpc.ClientUnaryCall;
  
  Register(argument: _edustream_auth_v1_RegisterRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  Register(argument: _edustream_auth_v1_RegisterRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  Register(argument: _edustream_auth_v1_RegisterRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  Register(argument: _edustream_auth_v1_RegisterRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  register(argument: _edustream_auth_v1_RegisterRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  register(argument: _edustream_auth_v1_RegisterRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  register(argument: _edustream_auth_v1_RegisterRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  register(argument: _edustream_auth_v1_RegisterRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_RegisterResponse>): grpc.ClientUnaryCall;
  
  ResetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  ResetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  ResetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  ResetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  resetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  resetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  resetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  resetPassword(argument: _edustream_auth_v1_ResetPasswordRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_ResetPasswordResponse>): grpc.ClientUnaryCall;
  
  RevokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  RevokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  RevokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  RevokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  revokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  revokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  revokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  revokeLmsClient(argument: _edustream_auth_v1_RevokeLmsClientRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_RevokeLmsClientResponse>): grpc.ClientUnaryCall;
  
  SignInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  SignInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  SignInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  SignInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  signInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  signInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  signInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  signInWithSso(argument: _edustream_auth_v1_SignInWithSsoRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_SignInWithSsoResponse>): grpc.ClientUnaryCall;
  
  UpdateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  UpdateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  UpdateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  UpdateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  updateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  updateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  updateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  updateMyEmail(argument: _edustream_auth_v1_UpdateMyEmailRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_UpdateMyEmailResponse>): grpc.ClientUnaryCall;
  
  UpdateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  UpdateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  UpdateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  UpdateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  updateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  updateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  updateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  updateUser(argument: _edustream_auth_v1_UpdateUserRequest__Input, callback: grpc.requestCallback<_edustream_auth_v1_UpdateUserResponse>): grpc.ClientUnaryCall;
  
}

export interface AuthServiceHandlers extends grpc.UntypedServiceImplementation {
  BatchGetEmailAddresses: grpc.handleUnaryCall<_edustream_auth_v1_BatchGetEmailAddressesRequest, _edustream_auth_v1_BatchGetEmailAddressesResponse__Input>;
  
  BatchGetUsers: grpc.handleUnaryCall<_edustream_auth_v1_BatchGetUsersRequest, _edustream_auth_v1_BatchGetUsersResponse__Input>;
  
  ChangePassword: grpc.handleUnaryCall<_edustream_auth_v1_ChangePasswordRequest, _edustream_auth_v1_ChangePasswordResponse__Input>;
  
  ChargeSsoAttempt: grpc.handleUnaryCall<_edustream_auth_v1_ChargeSsoAttemptRequest, _edustream_auth_v1_ChargeSsoAttemptResponse__Input>;
  
  CreateLmsClient: grpc.handleUnaryCall<_edustream_auth_v1_CreateLmsClientRequest, _edustream_auth_v1_CreateLmsClientResponse__Input>;
  
  CreateUser: grpc.handleUnaryCall<_edustream_auth_v1_CreateUserRequest, _edustream_auth_v1_CreateUserResponse__Input>;
  
  GetMe: grpc.handleUnaryCall<_edustream_auth_v1_GetMeRequest, _edustream_auth_v1_GetMeResponse__Input>;
  
  GetUser: grpc.handleUnaryCall<_edustream_auth_v1_GetUserRequest, _edustream_auth_v1_GetUserResponse__Input>;
  
  IssueClientToken: grpc.handleUnaryCall<_edustream_auth_v1_IssueClientTokenRequest, _edustream_auth_v1_IssueClientTokenResponse__Input>;
  
  ListAuditEvents: grpc.handleUnaryCall<_edustream_auth_v1_ListAuditEventsRequest, _edustream_auth_v1_ListAuditEventsResponse__Input>;
  
  ListLmsClients: grpc.handleUnaryCall<_edustream_auth_v1_ListLmsClientsRequest, _edustream_auth_v1_ListLmsClientsResponse__Input>;
  
  ListRevokedSubjects: grpc.handleUnaryCall<_edustream_auth_v1_ListRevokedSubjectsRequest, _edustream_auth_v1_ListRevokedSubjectsResponse__Input>;
  
  ListUsers: grpc.handleUnaryCall<_edustream_auth_v1_ListUsersRequest, _edustream_auth_v1_ListUsersResponse__Input>;
  
  Login: grpc.handleUnaryCall<_edustream_auth_v1_LoginRequest, _edustream_auth_v1_LoginResponse__Input>;
  
  Logout: grpc.handleUnaryCall<_edustream_auth_v1_LogoutRequest, _edustream_auth_v1_LogoutResponse__Input>;
  
  Refresh: grpc.handleUnaryCall<_edustream_auth_v1_RefreshRequest, _edustream_auth_v1_RefreshResponse__Input>;
  
  Register: grpc.handleUnaryCall<_edustream_auth_v1_RegisterRequest, _edustream_auth_v1_RegisterResponse__Input>;
  
  ResetPassword: grpc.handleUnaryCall<_edustream_auth_v1_ResetPasswordRequest, _edustream_auth_v1_ResetPasswordResponse__Input>;
  
  RevokeLmsClient: grpc.handleUnaryCall<_edustream_auth_v1_RevokeLmsClientRequest, _edustream_auth_v1_RevokeLmsClientResponse__Input>;
  
  SignInWithSso: grpc.handleUnaryCall<_edustream_auth_v1_SignInWithSsoRequest, _edustream_auth_v1_SignInWithSsoResponse__Input>;
  
  UpdateMyEmail: grpc.handleUnaryCall<_edustream_auth_v1_UpdateMyEmailRequest, _edustream_auth_v1_UpdateMyEmailResponse__Input>;
  
  UpdateUser: grpc.handleUnaryCall<_edustream_auth_v1_UpdateUserRequest, _edustream_auth_v1_UpdateUserResponse__Input>;
  
}

export interface AuthServiceDefinition extends grpc.ServiceDefinition {
  BatchGetEmailAddresses: MethodDefinition<_edustream_auth_v1_BatchGetEmailAddressesRequest__Input, _edustream_auth_v1_BatchGetEmailAddressesResponse__Input, _edustream_auth_v1_BatchGetEmailAddressesRequest, _edustream_auth_v1_BatchGetEmailAddressesResponse>
  BatchGetUsers: MethodDefinition<_edustream_auth_v1_BatchGetUsersRequest__Input, _edustream_auth_v1_BatchGetUsersResponse__Input, _edustream_auth_v1_BatchGetUsersRequest, _edustream_auth_v1_BatchGetUsersResponse>
  ChangePassword: MethodDefinition<_edustream_auth_v1_ChangePasswordRequest__Input, _edustream_auth_v1_ChangePasswordResponse__Input, _edustream_auth_v1_ChangePasswordRequest, _edustream_auth_v1_ChangePasswordResponse>
  ChargeSsoAttempt: MethodDefinition<_edustream_auth_v1_ChargeSsoAttemptRequest__Input, _edustream_auth_v1_ChargeSsoAttemptResponse__Input, _edustream_auth_v1_ChargeSsoAttemptRequest, _edustream_auth_v1_ChargeSsoAttemptResponse>
  CreateLmsClient: MethodDefinition<_edustream_auth_v1_CreateLmsClientRequest__Input, _edustream_auth_v1_CreateLmsClientResponse__Input, _edustream_auth_v1_CreateLmsClientRequest, _edustream_auth_v1_CreateLmsClientResponse>
  CreateUser: MethodDefinition<_edustream_auth_v1_CreateUserRequest__Input, _edustream_auth_v1_CreateUserResponse__Input, _edustream_auth_v1_CreateUserRequest, _edustream_auth_v1_CreateUserResponse>
  GetMe: MethodDefinition<_edustream_auth_v1_GetMeRequest__Input, _edustream_auth_v1_GetMeResponse__Input, _edustream_auth_v1_GetMeRequest, _edustream_auth_v1_GetMeResponse>
  GetUser: MethodDefinition<_edustream_auth_v1_GetUserRequest__Input, _edustream_auth_v1_GetUserResponse__Input, _edustream_auth_v1_GetUserRequest, _edustream_auth_v1_GetUserResponse>
  IssueClientToken: MethodDefinition<_edustream_auth_v1_IssueClientTokenRequest__Input, _edustream_auth_v1_IssueClientTokenResponse__Input, _edustream_auth_v1_IssueClientTokenRequest, _edustream_auth_v1_IssueClientTokenResponse>
  ListAuditEvents: MethodDefinition<_edustream_auth_v1_ListAuditEventsRequest__Input, _edustream_auth_v1_ListAuditEventsResponse__Input, _edustream_auth_v1_ListAuditEventsRequest, _edustream_auth_v1_ListAuditEventsResponse>
  ListLmsClients: MethodDefinition<_edustream_auth_v1_ListLmsClientsRequest__Input, _edustream_auth_v1_ListLmsClientsResponse__Input, _edustream_auth_v1_ListLmsClientsRequest, _edustream_auth_v1_ListLmsClientsResponse>
  ListRevokedSubjects: MethodDefinition<_edustream_auth_v1_ListRevokedSubjectsRequest__Input, _edustream_auth_v1_ListRevokedSubjectsResponse__Input, _edustream_auth_v1_ListRevokedSubjectsRequest, _edustream_auth_v1_ListRevokedSubjectsResponse>
  ListUsers: MethodDefinition<_edustream_auth_v1_ListUsersRequest__Input, _edustream_auth_v1_ListUsersResponse__Input, _edustream_auth_v1_ListUsersRequest, _edustream_auth_v1_ListUsersResponse>
  Login: MethodDefinition<_edustream_auth_v1_LoginRequest__Input, _edustream_auth_v1_LoginResponse__Input, _edustream_auth_v1_LoginRequest, _edustream_auth_v1_LoginResponse>
  Logout: MethodDefinition<_edustream_auth_v1_LogoutRequest__Input, _edustream_auth_v1_LogoutResponse__Input, _edustream_auth_v1_LogoutRequest, _edustream_auth_v1_LogoutResponse>
  Refresh: MethodDefinition<_edustream_auth_v1_RefreshRequest__Input, _edustream_auth_v1_RefreshResponse__Input, _edustream_auth_v1_RefreshRequest, _edustream_auth_v1_RefreshResponse>
  Register: MethodDefinition<_edustream_auth_v1_RegisterRequest__Input, _edustream_auth_v1_RegisterResponse__Input, _edustream_auth_v1_RegisterRequest, _edustream_auth_v1_RegisterResponse>
  ResetPassword: MethodDefinition<_edustream_auth_v1_ResetPasswordRequest__Input, _edustream_auth_v1_ResetPasswordResponse__Input, _edustream_auth_v1_ResetPasswordRequest, _edustream_auth_v1_ResetPasswordResponse>
  RevokeLmsClient: MethodDefinition<_edustream_auth_v1_RevokeLmsClientRequest__Input, _edustream_auth_v1_RevokeLmsClientResponse__Input, _edustream_auth_v1_RevokeLmsClientRequest, _edustream_auth_v1_RevokeLmsClientResponse>
  SignInWithSso: MethodDefinition<_edustream_auth_v1_SignInWithSsoRequest__Input, _edustream_auth_v1_SignInWithSsoResponse__Input, _edustream_auth_v1_SignInWithSsoRequest, _edustream_auth_v1_SignInWithSsoResponse>
  UpdateMyEmail: MethodDefinition<_edustream_auth_v1_UpdateMyEmailRequest__Input, _edustream_auth_v1_UpdateMyEmailResponse__Input, _edustream_auth_v1_UpdateMyEmailRequest, _edustream_auth_v1_UpdateMyEmailResponse>
  UpdateUser: MethodDefinition<_edustream_auth_v1_UpdateUserRequest__Input, _edustream_auth_v1_UpdateUserResponse__Input, _edustream_auth_v1_UpdateUserRequest, _edustream_auth_v1_UpdateUserResponse>
}
