import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuditEvent__Input as _edustream_auth_v1_AuditEvent__Input, AuditEvent as _edustream_auth_v1_AuditEvent } from './edustream/auth/v1/AuditEvent';
import type { AuthServiceClient as _edustream_auth_v1_AuthServiceClient, AuthServiceDefinition as _edustream_auth_v1_AuthServiceDefinition } from './edustream/auth/v1/AuthService';
import type { BatchGetEmailAddressesRequest__Input as _edustream_auth_v1_BatchGetEmailAddressesRequest__Input, BatchGetEmailAddressesRequest as _edustream_auth_v1_BatchGetEmailAddressesRequest } from './edustream/auth/v1/BatchGetEmailAddressesRequest';
import type { BatchGetEmailAddressesResponse__Input as _edustream_auth_v1_BatchGetEmailAddressesResponse__Input, BatchGetEmailAddressesResponse as _edustream_auth_v1_BatchGetEmailAddressesResponse } from './edustream/auth/v1/BatchGetEmailAddressesResponse';
import type { BatchGetUsersRequest__Input as _edustream_auth_v1_BatchGetUsersRequest__Input, BatchGetUsersRequest as _edustream_auth_v1_BatchGetUsersRequest } from './edustream/auth/v1/BatchGetUsersRequest';
import type { BatchGetUsersResponse__Input as _edustream_auth_v1_BatchGetUsersResponse__Input, BatchGetUsersResponse as _edustream_auth_v1_BatchGetUsersResponse } from './edustream/auth/v1/BatchGetUsersResponse';
import type { ChangePasswordRequest__Input as _edustream_auth_v1_ChangePasswordRequest__Input, ChangePasswordRequest as _edustream_auth_v1_ChangePasswordRequest } from './edustream/auth/v1/ChangePasswordRequest';
import type { ChangePasswordResponse__Input as _edustream_auth_v1_ChangePasswordResponse__Input, ChangePasswordResponse as _edustream_auth_v1_ChangePasswordResponse } from './edustream/auth/v1/ChangePasswordResponse';
import type { ChargeSsoAttemptRequest__Input as _edustream_auth_v1_ChargeSsoAttemptRequest__Input, ChargeSsoAttemptRequest as _edustream_auth_v1_ChargeSsoAttemptRequest } from './edustream/auth/v1/ChargeSsoAttemptRequest';
import type { ChargeSsoAttemptResponse__Input as _edustream_auth_v1_ChargeSsoAttemptResponse__Input, ChargeSsoAttemptResponse as _edustream_auth_v1_ChargeSsoAttemptResponse } from './edustream/auth/v1/ChargeSsoAttemptResponse';
import type { CreateLmsClientRequest__Input as _edustream_auth_v1_CreateLmsClientRequest__Input, CreateLmsClientRequest as _edustream_auth_v1_CreateLmsClientRequest } from './edustream/auth/v1/CreateLmsClientRequest';
import type { CreateLmsClientResponse__Input as _edustream_auth_v1_CreateLmsClientResponse__Input, CreateLmsClientResponse as _edustream_auth_v1_CreateLmsClientResponse } from './edustream/auth/v1/CreateLmsClientResponse';
import type { CreateUserRequest__Input as _edustream_auth_v1_CreateUserRequest__Input, CreateUserRequest as _edustream_auth_v1_CreateUserRequest } from './edustream/auth/v1/CreateUserRequest';
import type { CreateUserResponse__Input as _edustream_auth_v1_CreateUserResponse__Input, CreateUserResponse as _edustream_auth_v1_CreateUserResponse } from './edustream/auth/v1/CreateUserResponse';
import type { EmailAddress__Input as _edustream_auth_v1_EmailAddress__Input, EmailAddress as _edustream_auth_v1_EmailAddress } from './edustream/auth/v1/EmailAddress';
import type { GetMeRequest__Input as _edustream_auth_v1_GetMeRequest__Input, GetMeRequest as _edustream_auth_v1_GetMeRequest } from './edustream/auth/v1/GetMeRequest';
import type { GetMeResponse__Input as _edustream_auth_v1_GetMeResponse__Input, GetMeResponse as _edustream_auth_v1_GetMeResponse } from './edustream/auth/v1/GetMeResponse';
import type { GetUserRequest__Input as _edustream_auth_v1_GetUserRequest__Input, GetUserRequest as _edustream_auth_v1_GetUserRequest } from './edustream/auth/v1/GetUserRequest';
import type { GetUserResponse__Input as _edustream_auth_v1_GetUserResponse__Input, GetUserResponse as _edustream_auth_v1_GetUserResponse } from './edustream/auth/v1/GetUserResponse';
import type { IssueClientTokenRequest__Input as _edustream_auth_v1_IssueClientTokenRequest__Input, IssueClientTokenRequest as _edustream_auth_v1_IssueClientTokenRequest } from './edustream/auth/v1/IssueClientTokenRequest';
import type { IssueClientTokenResponse__Input as _edustream_auth_v1_IssueClientTokenResponse__Input, IssueClientTokenResponse as _edustream_auth_v1_IssueClientTokenResponse } from './edustream/auth/v1/IssueClientTokenResponse';
import type { ListAuditEventsRequest__Input as _edustream_auth_v1_ListAuditEventsRequest__Input, ListAuditEventsRequest as _edustream_auth_v1_ListAuditEventsRequest } from './edustream/auth/v1/ListAuditEventsRequest';
import type { ListAuditEventsResponse__Input as _edustream_auth_v1_ListAuditEventsResponse__Input, ListAuditEventsResponse as _edustream_auth_v1_ListAuditEventsResponse } from './edustream/auth/v1/ListAuditEventsResponse';
import type { ListLmsClientsRequest__Input as _edustream_auth_v1_ListLmsClientsRequest__Input, ListLmsClientsRequest as _edustream_auth_v1_ListLmsClientsRequest } from './edustream/auth/v1/ListLmsClientsRequest';
import type { ListLmsClientsResponse__Input as _edustream_auth_v1_ListLmsClientsResponse__Input, ListLmsClientsResponse as _edustream_auth_v1_ListLmsClientsResponse } from './edustream/auth/v1/ListLmsClientsResponse';
import type { ListRevokedSubjectsRequest__Input as _edustream_auth_v1_ListRevokedSubjectsRequest__Input, ListRevokedSubjectsRequest as _edustream_auth_v1_ListRevokedSubjectsRequest } from './edustream/auth/v1/ListRevokedSubjectsRequest';
import type { ListRevokedSubjectsResponse__Input as _edustream_auth_v1_ListRevokedSubjectsResponse__Input, ListRevokedSubjectsResponse as _edustream_auth_v1_ListRevokedSubjectsResponse } from './edustream/auth/v1/ListRevokedSubjectsResponse';
import type { ListUsersRequest__Input as _edustream_auth_v1_ListUsersRequest__Input, ListUsersRequest as _edustream_auth_v1_ListUsersRequest } from './edustream/auth/v1/ListUsersRequest';
import type { ListUsersResponse__Input as _edustream_auth_v1_ListUsersResponse__Input, ListUsersResponse as _edustream_auth_v1_ListUsersResponse } from './edustream/auth/v1/ListUsersResponse';
import type { LmsClient__Input as _edustream_auth_v1_LmsClient__Input, LmsClient as _edustream_auth_v1_LmsClient } from './edustream/auth/v1/LmsClient';
import type { LoginRequest__Input as _edustream_auth_v1_LoginRequest__Input, LoginRequest as _edustream_auth_v1_LoginRequest } from './edustream/auth/v1/LoginRequest';
import type { LoginResponse__Input as _edustream_auth_v1_LoginResponse__Input, LoginResponse as _edustream_auth_v1_LoginResponse } from './edustream/auth/v1/LoginResponse';
import type { LogoutRequest__Input as _edustream_auth_v1_LogoutRequest__Input, LogoutRequest as _edustream_auth_v1_LogoutRequest } from './edustream/auth/v1/LogoutRequest';
import type { LogoutResponse__Input as _edustream_auth_v1_LogoutResponse__Input, LogoutResponse as _edustream_auth_v1_LogoutResponse } from './edustream/auth/v1/LogoutResponse';
import type { RefreshRequest__Input as _edustream_auth_v1_RefreshRequest__Input, RefreshRequest as _edustream_auth_v1_RefreshRequest } from './edustream/auth/v1/RefreshRequest';
import type { RefreshResponse__Input as _edustream_auth_v1_RefreshResponse__Input, RefreshResponse as _edustream_auth_v1_RefreshResponse } from './edustream/auth/v1/RefreshResponse';
import type { RegisterRequest__Input as _edustream_auth_v1_RegisterRequest__Input, RegisterRequest as _edustream_auth_v1_RegisterRequest } from './edustream/auth/v1/RegisterRequest';
import type { RegisterResponse__Input as _edustream_auth_v1_RegisterResponse__Input, RegisterResponse as _edustream_auth_v1_RegisterResponse } from './edustream/auth/v1/RegisterResponse';
import type { ResetPasswordRequest__Input as _edustream_auth_v1_ResetPasswordRequest__Input, ResetPasswordRequest as _edustream_auth_v1_ResetPasswordRequest } from './edustream/auth/v1/ResetPasswordRequest';
import type { ResetPasswordResponse__Input as _edustream_auth_v1_ResetPasswordResponse__Input, ResetPasswordResponse as _edustream_auth_v1_ResetPasswordResponse } from './edustream/auth/v1/ResetPasswordResponse';
import type { RevokeLmsClientRequest__Input as _edustream_auth_v1_RevokeLmsClientRequest__Input, RevokeLmsClientRequest as _edustream_auth_v1_RevokeLmsClientRequest } from './edustream/auth/v1/RevokeLmsClientRequest';
import type { RevokeLmsClientResponse__Input as _edustream_auth_v1_RevokeLmsClientResponse__Input, RevokeLmsClientResponse as _edustream_auth_v1_RevokeLmsClientResponse } from './edustream/auth/v1/RevokeLmsClientResponse';
import type { RevokedSubject__Input as _edustream_auth_v1_RevokedSubject__Input, RevokedSubject as _edustream_auth_v1_RevokedSubject } from './edustream/auth/v1/RevokedSubject';
import type { SignInWithSsoRequest__Input as _edustream_auth_v1_SignInWithSsoRequest__Input, SignInWithSsoRequest as _edustream_auth_v1_SignInWithSsoRequest } from './edustream/auth/v1/SignInWithSsoRequest';
import type { SignInWithSsoResponse__Input as _edustream_auth_v1_SignInWithSsoResponse__Input, SignInWithSsoResponse as _edustream_auth_v1_SignInWithSsoResponse } from './edustream/auth/v1/SignInWithSsoResponse';
import type { UpdateMyEmailRequest__Input as _edustream_auth_v1_UpdateMyEmailRequest__Input, UpdateMyEmailRequest as _edustream_auth_v1_UpdateMyEmailRequest } from './edustream/auth/v1/UpdateMyEmailRequest';
import type { UpdateMyEmailResponse__Input as _edustream_auth_v1_UpdateMyEmailResponse__Input, UpdateMyEmailResponse as _edustream_auth_v1_UpdateMyEmailResponse } from './edustream/auth/v1/UpdateMyEmailResponse';
import type { UpdateUserRequest__Input as _edustream_auth_v1_UpdateUserRequest__Input, UpdateUserRequest as _edustream_auth_v1_UpdateUserRequest } from './edustream/auth/v1/UpdateUserRequest';
import type { UpdateUserResponse__Input as _edustream_auth_v1_UpdateUserResponse__Input, UpdateUserResponse as _edustream_auth_v1_UpdateUserResponse } from './edustream/auth/v1/UpdateUserResponse';
import type { User__Input as _edustream_auth_v1_User__Input, User as _edustream_auth_v1_User } from './edustream/auth/v1/User';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  edustream: {
    auth: {
      v1: {
        AuditEvent: MessageTypeDefinition<_edustream_auth_v1_AuditEvent__Input, _edustream_auth_v1_AuditEvent>
        AuthService: SubtypeConstructor<typeof grpc.Client, _edustream_auth_v1_AuthServiceClient> & { service: _edustream_auth_v1_AuthServiceDefinition }
        BatchGetEmailAddressesRequest: MessageTypeDefinition<_edustream_auth_v1_BatchGetEmailAddressesRequest__Input, _edustream_auth_v1_BatchGetEmailAddressesRequest>
        BatchGetEmailAddressesResponse: MessageTypeDefinition<_edustream_auth_v1_BatchGetEmailAddressesResponse__Input, _edustream_auth_v1_BatchGetEmailAddressesResponse>
        BatchGetUsersRequest: MessageTypeDefinition<_edustream_auth_v1_BatchGetUsersRequest__Input, _edustream_auth_v1_BatchGetUsersRequest>
        BatchGetUsersResponse: MessageTypeDefinition<_edustream_auth_v1_BatchGetUsersResponse__Input, _edustream_auth_v1_BatchGetUsersResponse>
        ChangePasswordRequest: MessageTypeDefinition<_edustream_auth_v1_ChangePasswordRequest__Input, _edustream_auth_v1_ChangePasswordRequest>
        ChangePasswordResponse: MessageTypeDefinition<_edustream_auth_v1_ChangePasswordResponse__Input, _edustream_auth_v1_ChangePasswordResponse>
        ChargeSsoAttemptRequest: MessageTypeDefinition<_edustream_auth_v1_ChargeSsoAttemptRequest__Input, _edustream_auth_v1_ChargeSsoAttemptRequest>
        ChargeSsoAttemptResponse: MessageTypeDefinition<_edustream_auth_v1_ChargeSsoAttemptResponse__Input, _edustream_auth_v1_ChargeSsoAttemptResponse>
        CreateLmsClientRequest: MessageTypeDefinition<_edustream_auth_v1_CreateLmsClientRequest__Input, _edustream_auth_v1_CreateLmsClientRequest>
        CreateLmsClientResponse: MessageTypeDefinition<_edustream_auth_v1_CreateLmsClientResponse__Input, _edustream_auth_v1_CreateLmsClientResponse>
        CreateUserRequest: MessageTypeDefinition<_edustream_auth_v1_CreateUserRequest__Input, _edustream_auth_v1_CreateUserRequest>
        CreateUserResponse: MessageTypeDefinition<_edustream_auth_v1_CreateUserResponse__Input, _edustream_auth_v1_CreateUserResponse>
        EmailAddress: MessageTypeDefinition<_edustream_auth_v1_EmailAddress__Input, _edustream_auth_v1_EmailAddress>
        GetMeRequest: MessageTypeDefinition<_edustream_auth_v1_GetMeRequest__Input, _edustream_auth_v1_GetMeRequest>
        GetMeResponse: MessageTypeDefinition<_edustream_auth_v1_GetMeResponse__Input, _edustream_auth_v1_GetMeResponse>
        GetUserRequest: MessageTypeDefinition<_edustream_auth_v1_GetUserRequest__Input, _edustream_auth_v1_GetUserRequest>
        GetUserResponse: MessageTypeDefinition<_edustream_auth_v1_GetUserResponse__Input, _edustream_auth_v1_GetUserResponse>
        IssueClientTokenRequest: MessageTypeDefinition<_edustream_auth_v1_IssueClientTokenRequest__Input, _edustream_auth_v1_IssueClientTokenRequest>
        IssueClientTokenResponse: MessageTypeDefinition<_edustream_auth_v1_IssueClientTokenResponse__Input, _edustream_auth_v1_IssueClientTokenResponse>
        ListAuditEventsRequest: MessageTypeDefinition<_edustream_auth_v1_ListAuditEventsRequest__Input, _edustream_auth_v1_ListAuditEventsRequest>
        ListAuditEventsResponse: MessageTypeDefinition<_edustream_auth_v1_ListAuditEventsResponse__Input, _edustream_auth_v1_ListAuditEventsResponse>
        ListLmsClientsRequest: MessageTypeDefinition<_edustream_auth_v1_ListLmsClientsRequest__Input, _edustream_auth_v1_ListLmsClientsRequest>
        ListLmsClientsResponse: MessageTypeDefinition<_edustream_auth_v1_ListLmsClientsResponse__Input, _edustream_auth_v1_ListLmsClientsResponse>
        ListRevokedSubjectsRequest: MessageTypeDefinition<_edustream_auth_v1_ListRevokedSubjectsRequest__Input, _edustream_auth_v1_ListRevokedSubjectsRequest>
        ListRevokedSubjectsResponse: MessageTypeDefinition<_edustream_auth_v1_ListRevokedSubjectsResponse__Input, _edustream_auth_v1_ListRevokedSubjectsResponse>
        ListUsersRequest: MessageTypeDefinition<_edustream_auth_v1_ListUsersRequest__Input, _edustream_auth_v1_ListUsersRequest>
        ListUsersResponse: MessageTypeDefinition<_edustream_auth_v1_ListUsersResponse__Input, _edustream_auth_v1_ListUsersResponse>
        LmsClient: MessageTypeDefinition<_edustream_auth_v1_LmsClient__Input, _edustream_auth_v1_LmsClient>
        LoginRequest: MessageTypeDefinition<_edustream_auth_v1_LoginRequest__Input, _edustream_auth_v1_LoginRequest>
        LoginResponse: MessageTypeDefinition<_edustream_auth_v1_LoginResponse__Input, _edustream_auth_v1_LoginResponse>
        LogoutRequest: MessageTypeDefinition<_edustream_auth_v1_LogoutRequest__Input, _edustream_auth_v1_LogoutRequest>
        LogoutResponse: MessageTypeDefinition<_edustream_auth_v1_LogoutResponse__Input, _edustream_auth_v1_LogoutResponse>
        RefreshRequest: MessageTypeDefinition<_edustream_auth_v1_RefreshRequest__Input, _edustream_auth_v1_RefreshRequest>
        RefreshResponse: MessageTypeDefinition<_edustream_auth_v1_RefreshResponse__Input, _edustream_auth_v1_RefreshResponse>
        RegisterRequest: MessageTypeDefinition<_edustream_auth_v1_RegisterRequest__Input, _edustream_auth_v1_RegisterRequest>
        RegisterResponse: MessageTypeDefinition<_edustream_auth_v1_RegisterResponse__Input, _edustream_auth_v1_RegisterResponse>
        ResetPasswordRequest: MessageTypeDefinition<_edustream_auth_v1_ResetPasswordRequest__Input, _edustream_auth_v1_ResetPasswordRequest>
        ResetPasswordResponse: MessageTypeDefinition<_edustream_auth_v1_ResetPasswordResponse__Input, _edustream_auth_v1_ResetPasswordResponse>
        RevokeLmsClientRequest: MessageTypeDefinition<_edustream_auth_v1_RevokeLmsClientRequest__Input, _edustream_auth_v1_RevokeLmsClientRequest>
        RevokeLmsClientResponse: MessageTypeDefinition<_edustream_auth_v1_RevokeLmsClientResponse__Input, _edustream_auth_v1_RevokeLmsClientResponse>
        RevokedSubject: MessageTypeDefinition<_edustream_auth_v1_RevokedSubject__Input, _edustream_auth_v1_RevokedSubject>
        Role: EnumTypeDefinition
        SignInWithSsoRequest: MessageTypeDefinition<_edustream_auth_v1_SignInWithSsoRequest__Input, _edustream_auth_v1_SignInWithSsoRequest>
        SignInWithSsoResponse: MessageTypeDefinition<_edustream_auth_v1_SignInWithSsoResponse__Input, _edustream_auth_v1_SignInWithSsoResponse>
        UpdateMyEmailRequest: MessageTypeDefinition<_edustream_auth_v1_UpdateMyEmailRequest__Input, _edustream_auth_v1_UpdateMyEmailRequest>
        UpdateMyEmailResponse: MessageTypeDefinition<_edustream_auth_v1_UpdateMyEmailResponse__Input, _edustream_auth_v1_UpdateMyEmailResponse>
        UpdateUserRequest: MessageTypeDefinition<_edustream_auth_v1_UpdateUserRequest__Input, _edustream_auth_v1_UpdateUserRequest>
        UpdateUserResponse: MessageTypeDefinition<_edustream_auth_v1_UpdateUserResponse__Input, _edustream_auth_v1_UpdateUserResponse>
        User: MessageTypeDefinition<_edustream_auth_v1_User__Input, _edustream_auth_v1_User>
      }
    }
  }
}

