// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddToPlanRequest__Input as _edustream_enrollment_v1_AddToPlanRequest__Input, AddToPlanRequest as _edustream_enrollment_v1_AddToPlanRequest } from '../../../edustream/enrollment/v1/AddToPlanRequest';
import type { AddToPlanResponse__Input as _edustream_enrollment_v1_AddToPlanResponse__Input, AddToPlanResponse as _edustream_enrollment_v1_AddToPlanResponse } from '../../../edustream/enrollment/v1/AddToPlanResponse';
import type { ApplyCatalogEventsRequest__Input as _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, ApplyCatalogEventsRequest as _edustream_enrollment_v1_ApplyCatalogEventsRequest } from '../../../edustream/enrollment/v1/ApplyCatalogEventsRequest';
import type { ApplyCatalogEventsResponse__Input as _edustream_enrollment_v1_ApplyCatalogEventsResponse__Input, ApplyCatalogEventsResponse as _edustream_enrollment_v1_ApplyCatalogEventsResponse } from '../../../edustream/enrollment/v1/ApplyCatalogEventsResponse';
import type { AssignAppointmentsRequest__Input as _edustream_enrollment_v1_AssignAppointmentsRequest__Input, AssignAppointmentsRequest as _edustream_enrollment_v1_AssignAppointmentsRequest } from '../../../edustream/enrollment/v1/AssignAppointmentsRequest';
import type { AssignAppointmentsResponse__Input as _edustream_enrollment_v1_AssignAppointmentsResponse__Input, AssignAppointmentsResponse as _edustream_enrollment_v1_AssignAppointmentsResponse } from '../../../edustream/enrollment/v1/AssignAppointmentsResponse';
import type { BatchGetRosterSizesRequest__Input as _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, BatchGetRosterSizesRequest as _edustream_enrollment_v1_BatchGetRosterSizesRequest } from '../../../edustream/enrollment/v1/BatchGetRosterSizesRequest';
import type { BatchGetRosterSizesResponse__Input as _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input, BatchGetRosterSizesResponse as _edustream_enrollment_v1_BatchGetRosterSizesResponse } from '../../../edustream/enrollment/v1/BatchGetRosterSizesResponse';
import type { CheckPlanRequest__Input as _edustream_enrollment_v1_CheckPlanRequest__Input, CheckPlanRequest as _edustream_enrollment_v1_CheckPlanRequest } from '../../../edustream/enrollment/v1/CheckPlanRequest';
import type { CheckPlanResponse__Input as _edustream_enrollment_v1_CheckPlanResponse__Input, CheckPlanResponse as _edustream_enrollment_v1_CheckPlanResponse } from '../../../edustream/enrollment/v1/CheckPlanResponse';
import type { CreateAppointmentGroupRequest__Input as _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, CreateAppointmentGroupRequest as _edustream_enrollment_v1_CreateAppointmentGroupRequest } from '../../../edustream/enrollment/v1/CreateAppointmentGroupRequest';
import type { CreateAppointmentGroupResponse__Input as _edustream_enrollment_v1_CreateAppointmentGroupResponse__Input, CreateAppointmentGroupResponse as _edustream_enrollment_v1_CreateAppointmentGroupResponse } from '../../../edustream/enrollment/v1/CreateAppointmentGroupResponse';
import type { CreateCalendarFeedRequest__Input as _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, CreateCalendarFeedRequest as _edustream_enrollment_v1_CreateCalendarFeedRequest } from '../../../edustream/enrollment/v1/CreateCalendarFeedRequest';
import type { CreateCalendarFeedResponse__Input as _edustream_enrollment_v1_CreateCalendarFeedResponse__Input, CreateCalendarFeedResponse as _edustream_enrollment_v1_CreateCalendarFeedResponse } from '../../../edustream/enrollment/v1/CreateCalendarFeedResponse';
import type { DeleteAppointmentGroupRequest__Input as _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, DeleteAppointmentGroupRequest as _edustream_enrollment_v1_DeleteAppointmentGroupRequest } from '../../../edustream/enrollment/v1/DeleteAppointmentGroupRequest';
import type { DeleteAppointmentGroupResponse__Input as _edustream_enrollment_v1_DeleteAppointmentGroupResponse__Input, DeleteAppointmentGroupResponse as _edustream_enrollment_v1_DeleteAppointmentGroupResponse } from '../../../edustream/enrollment/v1/DeleteAppointmentGroupResponse';
import type { DropRequest__Input as _edustream_enrollment_v1_DropRequest__Input, DropRequest as _edustream_enrollment_v1_DropRequest } from '../../../edustream/enrollment/v1/DropRequest';
import type { DropResponse__Input as _edustream_enrollment_v1_DropResponse__Input, DropResponse as _edustream_enrollment_v1_DropResponse } from '../../../edustream/enrollment/v1/DropResponse';
import type { EnrollRequest__Input as _edustream_enrollment_v1_EnrollRequest__Input, EnrollRequest as _edustream_enrollment_v1_EnrollRequest } from '../../../edustream/enrollment/v1/EnrollRequest';
import type { EnrollResponse__Input as _edustream_enrollment_v1_EnrollResponse__Input, EnrollResponse as _edustream_enrollment_v1_EnrollResponse } from '../../../edustream/enrollment/v1/EnrollResponse';
import type { FinalizeRosterRequest__Input as _edustream_enrollment_v1_FinalizeRosterRequest__Input, FinalizeRosterRequest as _edustream_enrollment_v1_FinalizeRosterRequest } from '../../../edustream/enrollment/v1/FinalizeRosterRequest';
import type { FinalizeRosterResponse__Input as _edustream_enrollment_v1_FinalizeRosterResponse__Input, FinalizeRosterResponse as _edustream_enrollment_v1_FinalizeRosterResponse } from '../../../edustream/enrollment/v1/FinalizeRosterResponse';
import type { GetCalendarByFeedRequest__Input as _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, GetCalendarByFeedRequest as _edustream_enrollment_v1_GetCalendarByFeedRequest } from '../../../edustream/enrollment/v1/GetCalendarByFeedRequest';
import type { GetCalendarFeedRequest__Input as _edustream_enrollment_v1_GetCalendarFeedRequest__Input, GetCalendarFeedRequest as _edustream_enrollment_v1_GetCalendarFeedRequest } from '../../../edustream/enrollment/v1/GetCalendarFeedRequest';
import type { GetCalendarFeedResponse__Input as _edustream_enrollment_v1_GetCalendarFeedResponse__Input, GetCalendarFeedResponse as _edustream_enrollment_v1_GetCalendarFeedResponse } from '../../../edustream/enrollment/v1/GetCalendarFeedResponse';
import type { GetCalendarRequest__Input as _edustream_enrollment_v1_GetCalendarRequest__Input, GetCalendarRequest as _edustream_enrollment_v1_GetCalendarRequest } from '../../../edustream/enrollment/v1/GetCalendarRequest';
import type { GetCalendarResponse__Input as _edustream_enrollment_v1_GetCalendarResponse__Input, GetCalendarResponse as _edustream_enrollment_v1_GetCalendarResponse } from '../../../edustream/enrollment/v1/GetCalendarResponse';
import type { GetPlanRequest__Input as _edustream_enrollment_v1_GetPlanRequest__Input, GetPlanRequest as _edustream_enrollment_v1_GetPlanRequest } from '../../../edustream/enrollment/v1/GetPlanRequest';
import type { GetPlanResponse__Input as _edustream_enrollment_v1_GetPlanResponse__Input, GetPlanResponse as _edustream_enrollment_v1_GetPlanResponse } from '../../../edustream/enrollment/v1/GetPlanResponse';
import type { GetRegistrationSummaryRequest__Input as _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, GetRegistrationSummaryRequest as _edustream_enrollment_v1_GetRegistrationSummaryRequest } from '../../../edustream/enrollment/v1/GetRegistrationSummaryRequest';
import type { GetRegistrationSummaryResponse__Input as _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input, GetRegistrationSummaryResponse as _edustream_enrollment_v1_GetRegistrationSummaryResponse } from '../../../edustream/enrollment/v1/GetRegistrationSummaryResponse';
import type { GetRosterRequest__Input as _edustream_enrollment_v1_GetRosterRequest__Input, GetRosterRequest as _edustream_enrollment_v1_GetRosterRequest } from '../../../edustream/enrollment/v1/GetRosterRequest';
import type { GetRosterResponse__Input as _edustream_enrollment_v1_GetRosterResponse__Input, GetRosterResponse as _edustream_enrollment_v1_GetRosterResponse } from '../../../edustream/enrollment/v1/GetRosterResponse';
import type { LiftHoldRequest__Input as _edustream_enrollment_v1_LiftHoldRequest__Input, LiftHoldRequest as _edustream_enrollment_v1_LiftHoldRequest } from '../../../edustream/enrollment/v1/LiftHoldRequest';
import type { LiftHoldResponse__Input as _edustream_enrollment_v1_LiftHoldResponse__Input, LiftHoldResponse as _edustream_enrollment_v1_LiftHoldResponse } from '../../../edustream/enrollment/v1/LiftHoldResponse';
import type { ListAppointmentGroupsRequest__Input as _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, ListAppointmentGroupsRequest as _edustream_enrollment_v1_ListAppointmentGroupsRequest } from '../../../edustream/enrollment/v1/ListAppointmentGroupsRequest';
import type { ListAppointmentGroupsResponse__Input as _edustream_enrollment_v1_ListAppointmentGroupsResponse__Input, ListAppointmentGroupsResponse as _edustream_enrollment_v1_ListAppointmentGroupsResponse } from '../../../edustream/enrollment/v1/ListAppointmentGroupsResponse';
import type { ListEnrollmentsRequest__Input as _edustream_enrollment_v1_ListEnrollmentsRequest__Input, ListEnrollmentsRequest as _edustream_enrollment_v1_ListEnrollmentsRequest } from '../../../edustream/enrollment/v1/ListEnrollmentsRequest';
import type { ListEnrollmentsResponse__Input as _edustream_enrollment_v1_ListEnrollmentsResponse__Input, ListEnrollmentsResponse as _edustream_enrollment_v1_ListEnrollmentsResponse } from '../../../edustream/enrollment/v1/ListEnrollmentsResponse';
import type { ListHoldsRequest__Input as _edustream_enrollment_v1_ListHoldsRequest__Input, ListHoldsRequest as _edustream_enrollment_v1_ListHoldsRequest } from '../../../edustream/enrollment/v1/ListHoldsRequest';
import type { ListHoldsResponse__Input as _edustream_enrollment_v1_ListHoldsResponse__Input, ListHoldsResponse as _edustream_enrollment_v1_ListHoldsResponse } from '../../../edustream/enrollment/v1/ListHoldsResponse';
import type { ListMyEnrollmentsRequest__Input as _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, ListMyEnrollmentsRequest as _edustream_enrollment_v1_ListMyEnrollmentsRequest } from '../../../edustream/enrollment/v1/ListMyEnrollmentsRequest';
import type { ListMyEnrollmentsResponse__Input as _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input, ListMyEnrollmentsResponse as _edustream_enrollment_v1_ListMyEnrollmentsResponse } from '../../../edustream/enrollment/v1/ListMyEnrollmentsResponse';
import type { ListMyNotificationsRequest__Input as _edustream_notifications_v1_ListMyNotificationsRequest__Input, ListMyNotificationsRequest as _edustream_notifications_v1_ListMyNotificationsRequest } from '../../../edustream/notifications/v1/ListMyNotificationsRequest';
import type { ListMyNotificationsResponse__Input as _edustream_notifications_v1_ListMyNotificationsResponse__Input, ListMyNotificationsResponse as _edustream_notifications_v1_ListMyNotificationsResponse } from '../../../edustream/notifications/v1/ListMyNotificationsResponse';
import type { ListWithdrawalsRequest__Input as _edustream_enrollment_v1_ListWithdrawalsRequest__Input, ListWithdrawalsRequest as _edustream_enrollment_v1_ListWithdrawalsRequest } from '../../../edustream/enrollment/v1/ListWithdrawalsRequest';
import type { ListWithdrawalsResponse__Input as _edustream_enrollment_v1_ListWithdrawalsResponse__Input, ListWithdrawalsResponse as _edustream_enrollment_v1_ListWithdrawalsResponse } from '../../../edustream/enrollment/v1/ListWithdrawalsResponse';
import type { MarkNotificationsReadRequest__Input as _edustream_notifications_v1_MarkNotificationsReadRequest__Input, MarkNotificationsReadRequest as _edustream_notifications_v1_MarkNotificationsReadRequest } from '../../../edustream/notifications/v1/MarkNotificationsReadRequest';
import type { MarkNotificationsReadResponse__Input as _edustream_notifications_v1_MarkNotificationsReadResponse__Input, MarkNotificationsReadResponse as _edustream_notifications_v1_MarkNotificationsReadResponse } from '../../../edustream/notifications/v1/MarkNotificationsReadResponse';
import type { PlaceHoldRequest__Input as _edustream_enrollment_v1_PlaceHoldRequest__Input, PlaceHoldRequest as _edustream_enrollment_v1_PlaceHoldRequest } from '../../../edustream/enrollment/v1/PlaceHoldRequest';
import type { PlaceHoldResponse__Input as _edustream_enrollment_v1_PlaceHoldResponse__Input, PlaceHoldResponse as _edustream_enrollment_v1_PlaceHoldResponse } from '../../../edustream/enrollment/v1/PlaceHoldResponse';
import type { RegisterPlanRequest__Input as _edustream_enrollment_v1_RegisterPlanRequest__Input, RegisterPlanRequest as _edustream_enrollment_v1_RegisterPlanRequest } from '../../../edustream/enrollment/v1/RegisterPlanRequest';
import type { RegisterPlanResponse__Input as _edustream_enrollment_v1_RegisterPlanResponse__Input, RegisterPlanResponse as _edustream_enrollment_v1_RegisterPlanResponse } from '../../../edustream/enrollment/v1/RegisterPlanResponse';
import type { RemoveFromPlanRequest__Input as _edustream_enrollment_v1_RemoveFromPlanRequest__Input, RemoveFromPlanRequest as _edustream_enrollment_v1_RemoveFromPlanRequest } from '../../../edustream/enrollment/v1/RemoveFromPlanRequest';
import type { RemoveFromPlanResponse__Input as _edustream_enrollment_v1_RemoveFromPlanResponse__Input, RemoveFromPlanResponse as _edustream_enrollment_v1_RemoveFromPlanResponse } from '../../../edustream/enrollment/v1/RemoveFromPlanResponse';
import type { RevokeCalendarFeedRequest__Input as _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, RevokeCalendarFeedRequest as _edustream_enrollment_v1_RevokeCalendarFeedRequest } from '../../../edustream/enrollment/v1/RevokeCalendarFeedRequest';
import type { RevokeCalendarFeedResponse__Input as _edustream_enrollment_v1_RevokeCalendarFeedResponse__Input, RevokeCalendarFeedResponse as _edustream_enrollment_v1_RevokeCalendarFeedResponse } from '../../../edustream/enrollment/v1/RevokeCalendarFeedResponse';
import type { SwapRequest__Input as _edustream_enrollment_v1_SwapRequest__Input, SwapRequest as _edustream_enrollment_v1_SwapRequest } from '../../../edustream/enrollment/v1/SwapRequest';
import type { SwapResponse__Input as _edustream_enrollment_v1_SwapResponse__Input, SwapResponse as _edustream_enrollment_v1_SwapResponse } from '../../../edustream/enrollment/v1/SwapResponse';

export interface EnrollmentServiceClient extends grpc.Client {
  AddToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  AddToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  AddToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  AddToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  addToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  addToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  addToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  addToPlan(argument: _edustream_enrollment_v1_AddToPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_AddToPlanResponse>): grpc.ClientUnaryCall;
  
  ApplyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  ApplyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  ApplyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  ApplyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  applyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  applyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  applyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  applyCatalogEvents(argument: _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ApplyCatalogEventsResponse>): grpc.ClientUnaryCall;
  
  AssignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  AssignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  AssignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  AssignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  assignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  assignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  assignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  assignAppointments(argument: _edustream_enrollment_v1_AssignAppointmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_AssignAppointmentsResponse>): grpc.ClientUnaryCall;
  
  BatchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  BatchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  BatchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  BatchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  batchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  batchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  batchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  batchGetRosterSizes(argument: _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_BatchGetRosterSizesResponse>): grpc.ClientUnaryCall;
  
  CheckPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  CheckPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  CheckPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  CheckPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  checkPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  checkPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  checkPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  checkPlan(argument: _edustream_enrollment_v1_CheckPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_CheckPlanResponse>): grpc.ClientUnaryCall;
  
  CreateAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  CreateAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  CreateAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  CreateAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  createAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  createAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  createAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  createAppointmentGroup(argument: _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateAppointmentGroupResponse>): grpc.ClientUnaryCall;
  
  CreateCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  CreateCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  CreateCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  CreateCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  createCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  createCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  createCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  createCalendarFeed(argument: _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_CreateCalendarFeedResponse>): grpc.ClientUnaryCall;
  
  DeleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  DeleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  DeleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  DeleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  deleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  deleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  deleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  deleteAppointmentGroup(argument: _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_DeleteAppointmentGroupResponse>): grpc.ClientUnaryCall;
  
  Drop(argument: _edustream_enrollment_v1_DropRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  Drop(argument: _edustream_enrollment_v1_DropRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  Drop(argument: _edustream_enrollment_v1_DropRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  Drop(argument: _edustream_enrollment_v1_DropRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  drop(argument: _edustream_enrollment_v1_DropRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  drop(argument: _edustream_enrollment_v1_DropRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  drop(argument: _edustream_enrollment_v1_DropRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  drop(argument: _edustream_enrollment_v1_DropRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_DropResponse>): grpc.ClientUnaryCall;
  
  Enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  Enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  Enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  Enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  enroll(argument: _edustream_enrollment_v1_EnrollRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_EnrollResponse>): grpc.ClientUnaryCall;
  
  FinalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  FinalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  FinalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  FinalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  finalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  finalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  finalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  finalizeRoster(argument: _edustream_enrollment_v1_FinalizeRosterRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_FinalizeRosterResponse>): grpc.ClientUnaryCall;
  
  GetCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  GetCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  GetCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  GetCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendar(argument: _edustream_enrollment_v1_GetCalendarRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  
  GetCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  GetCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  GetCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  GetCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  getCalendarByFeed(argument: _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarResponse>): grpc.ClientUnaryCall;
  
  GetCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  GetCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  GetCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  GetCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  getCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  getCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  getCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  getCalendarFeed(argument: _edustream_enrollment_v1_GetCalendarFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetCalendarFeedResponse>): grpc.ClientUnaryCall;
  
  GetPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  GetPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  GetPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  GetPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  getPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  getPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  getPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  getPlan(argument: _edustream_enrollment_v1_GetPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetPlanResponse>): grpc.ClientUnaryCall;
  
  GetRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  GetRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  GetRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  GetRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  getRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  getRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  getRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  getRegistrationSummary(argument: _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRegistrationSummaryResponse>): grpc.ClientUnaryCall;
  
  GetRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  GetRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  GetRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  GetRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  getRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  getRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  getRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  getRoster(argument: _edustream_enrollment_v1_GetRosterRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_GetRosterResponse>): grpc.ClientUnaryCall;
  
  LiftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  LiftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  LiftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  LiftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  liftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  liftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  liftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  liftHold(argument: _edustream_enrollment_v1_LiftHoldRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_LiftHoldResponse>): grpc.ClientUnaryCall;
  
  ListAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  ListAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  ListAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  ListAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  listAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  listAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  listAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  listAppointmentGroups(argument: _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListAppointmentGroupsResponse>): grpc.ClientUnaryCall;
  
  ListEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  listEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  listEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  listEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  listEnrollments(argument: _edustream_enrollment_v1_ListEnrollmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListEnrollmentsResponse>): grpc.ClientUnaryCall;
  
  ListHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  ListHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  ListHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  ListHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  listHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  listHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  listHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  listHolds(argument: _edustream_enrollment_v1_ListHoldsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListHoldsResponse>): grpc.ClientUnaryCall;
  
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  
  PlaceHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  PlaceHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  PlaceHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  PlaceHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  placeHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  placeHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  placeHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  placeHold(argument: _edustream_enrollment_v1_PlaceHoldRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_PlaceHoldResponse>): grpc.ClientUnaryCall;
  
  RegisterPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  RegisterPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  RegisterPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  RegisterPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  registerPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  registerPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  registerPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  registerPlan(argument: _edustream_enrollment_v1_RegisterPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_RegisterPlanResponse>): grpc.ClientUnaryCall;
  
  RemoveFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  RemoveFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  RemoveFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  RemoveFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  removeFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  removeFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  removeFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  removeFromPlan(argument: _edustream_enrollment_v1_RemoveFromPlanRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_RemoveFromPlanResponse>): grpc.ClientUnaryCall;
  
  RevokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  RevokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  RevokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  RevokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  revokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  revokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  revokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  revokeCalendarFeed(argument: _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_RevokeCalendarFeedResponse>): grpc.ClientUnaryCall;
  
  Swap(argument: _edustream_enrollment_v1_SwapRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  Swap(argument: _edustream_enrollment_v1_SwapRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  Swap(argument: _edustream_enrollment_v1_SwapRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  Swap(argument: _edustream_enrollment_v1_SwapRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  swap(argument: _edustream_enrollment_v1_SwapRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  swap(argument: _edustream_enrollment_v1_SwapRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  swap(argument: _edustream_enrollment_v1_SwapRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  swap(argument: _edustream_enrollment_v1_SwapRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_SwapResponse>): grpc.ClientUnaryCall;
  
}

export interface EnrollmentServiceHandlers extends grpc.UntypedServiceImplementation {
  AddToPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_AddToPlanRequest, _edustream_enrollment_v1_AddToPlanResponse__Input>;
  
  ApplyCatalogEvents: grpc.handleUnaryCall<_edustream_enrollment_v1_ApplyCatalogEventsRequest, _edustream_enrollment_v1_ApplyCatalogEventsResponse__Input>;
  
  AssignAppointments: grpc.handleUnaryCall<_edustream_enrollment_v1_AssignAppointmentsRequest, _edustream_enrollment_v1_AssignAppointmentsResponse__Input>;
  
  BatchGetRosterSizes: grpc.handleUnaryCall<_edustream_enrollment_v1_BatchGetRosterSizesRequest, _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input>;
  
  CheckPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_CheckPlanRequest, _edustream_enrollment_v1_CheckPlanResponse__Input>;
  
  CreateAppointmentGroup: grpc.handleUnaryCall<_edustream_enrollment_v1_CreateAppointmentGroupRequest, _edustream_enrollment_v1_CreateAppointmentGroupResponse__Input>;
  
  CreateCalendarFeed: grpc.handleUnaryCall<_edustream_enrollment_v1_CreateCalendarFeedRequest, _edustream_enrollment_v1_CreateCalendarFeedResponse__Input>;
  
  DeleteAppointmentGroup: grpc.handleUnaryCall<_edustream_enrollment_v1_DeleteAppointmentGroupRequest, _edustream_enrollment_v1_DeleteAppointmentGroupResponse__Input>;
  
  Drop: grpc.handleUnaryCall<_edustream_enrollment_v1_DropRequest, _edustream_enrollment_v1_DropResponse__Input>;
  
  Enroll: grpc.handleUnaryCall<_edustream_enrollment_v1_EnrollRequest, _edustream_enrollment_v1_EnrollResponse__Input>;
  
  FinalizeRoster: grpc.handleUnaryCall<_edustream_enrollment_v1_FinalizeRosterRequest, _edustream_enrollment_v1_FinalizeRosterResponse__Input>;
  
  GetCalendar: grpc.handleUnaryCall<_edustream_enrollment_v1_GetCalendarRequest, _edustream_enrollment_v1_GetCalendarResponse__Input>;
  
  GetCalendarByFeed: grpc.handleUnaryCall<_edustream_enrollment_v1_GetCalendarByFeedRequest, _edustream_enrollment_v1_GetCalendarResponse__Input>;
  
  GetCalendarFeed: grpc.handleUnaryCall<_edustream_enrollment_v1_GetCalendarFeedRequest, _edustream_enrollment_v1_GetCalendarFeedResponse__Input>;
  
  GetPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_GetPlanRequest, _edustream_enrollment_v1_GetPlanResponse__Input>;
  
  GetRegistrationSummary: grpc.handleUnaryCall<_edustream_enrollment_v1_GetRegistrationSummaryRequest, _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input>;
  
  GetRoster: grpc.handleUnaryCall<_edustream_enrollment_v1_GetRosterRequest, _edustream_enrollment_v1_GetRosterResponse__Input>;
  
  LiftHold: grpc.handleUnaryCall<_edustream_enrollment_v1_LiftHoldRequest, _edustream_enrollment_v1_LiftHoldResponse__Input>;
  
  ListAppointmentGroups: grpc.handleUnaryCall<_edustream_enrollment_v1_ListAppointmentGroupsRequest, _edustream_enrollment_v1_ListAppointmentGroupsResponse__Input>;
  
  ListEnrollments: grpc.handleUnaryCall<_edustream_enrollment_v1_ListEnrollmentsRequest, _edustream_enrollment_v1_ListEnrollmentsResponse__Input>;
  
  ListHolds: grpc.handleUnaryCall<_edustream_enrollment_v1_ListHoldsRequest, _edustream_enrollment_v1_ListHoldsResponse__Input>;
  
  ListMyEnrollments: grpc.handleUnaryCall<_edustream_enrollment_v1_ListMyEnrollmentsRequest, _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input>;
  
  ListMyNotifications: grpc.handleUnaryCall<_edustream_notifications_v1_ListMyNotificationsRequest, _edustream_notifications_v1_ListMyNotificationsResponse__Input>;
  
  ListWithdrawals: grpc.handleUnaryCall<_edustream_enrollment_v1_ListWithdrawalsRequest, _edustream_enrollment_v1_ListWithdrawalsResponse__Input>;
  
  MarkNotificationsRead: grpc.handleUnaryCall<_edustream_notifications_v1_MarkNotificationsReadRequest, _edustream_notifications_v1_MarkNotificationsReadResponse__Input>;
  
  PlaceHold: grpc.handleUnaryCall<_edustream_enrollment_v1_PlaceHoldRequest, _edustream_enrollment_v1_PlaceHoldResponse__Input>;
  
  RegisterPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_RegisterPlanRequest, _edustream_enrollment_v1_RegisterPlanResponse__Input>;
  
  RemoveFromPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_RemoveFromPlanRequest, _edustream_enrollment_v1_RemoveFromPlanResponse__Input>;
  
  RevokeCalendarFeed: grpc.handleUnaryCall<_edustream_enrollment_v1_RevokeCalendarFeedRequest, _edustream_enrollment_v1_RevokeCalendarFeedResponse__Input>;
  
  Swap: grpc.handleUnaryCall<_edustream_enrollment_v1_SwapRequest, _edustream_enrollment_v1_SwapResponse__Input>;
  
}

export interface EnrollmentServiceDefinition extends grpc.ServiceDefinition {
  AddToPlan: MethodDefinition<_edustream_enrollment_v1_AddToPlanRequest__Input, _edustream_enrollment_v1_AddToPlanResponse__Input, _edustream_enrollment_v1_AddToPlanRequest, _edustream_enrollment_v1_AddToPlanResponse>
  ApplyCatalogEvents: MethodDefinition<_edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, _edustream_enrollment_v1_ApplyCatalogEventsResponse__Input, _edustream_enrollment_v1_ApplyCatalogEventsRequest, _edustream_enrollment_v1_ApplyCatalogEventsResponse>
  AssignAppointments: MethodDefinition<_edustream_enrollment_v1_AssignAppointmentsRequest__Input, _edustream_enrollment_v1_AssignAppointmentsResponse__Input, _edustream_enrollment_v1_AssignAppointmentsRequest, _edustream_enrollment_v1_AssignAppointmentsResponse>
  BatchGetRosterSizes: MethodDefinition<_edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input, _edustream_enrollment_v1_BatchGetRosterSizesRequest, _edustream_enrollment_v1_BatchGetRosterSizesResponse>
  CheckPlan: MethodDefinition<_edustream_enrollment_v1_CheckPlanRequest__Input, _edustream_enrollment_v1_CheckPlanResponse__Input, _edustream_enrollment_v1_CheckPlanRequest, _edustream_enrollment_v1_CheckPlanResponse>
  CreateAppointmentGroup: MethodDefinition<_edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, _edustream_enrollment_v1_CreateAppointmentGroupResponse__Input, _edustream_enrollment_v1_CreateAppointmentGroupRequest, _edustream_enrollment_v1_CreateAppointmentGroupResponse>
  CreateCalendarFeed: MethodDefinition<_edustream_enrollment_v1_CreateCalendarFeedRequest__Input, _edustream_enrollment_v1_CreateCalendarFeedResponse__Input, _edustream_enrollment_v1_CreateCalendarFeedRequest, _edustream_enrollment_v1_CreateCalendarFeedResponse>
  DeleteAppointmentGroup: MethodDefinition<_edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, _edustream_enrollment_v1_DeleteAppointmentGroupResponse__Input, _edustream_enrollment_v1_DeleteAppointmentGroupRequest, _edustream_enrollment_v1_DeleteAppointmentGroupResponse>
  Drop: MethodDefinition<_edustream_enrollment_v1_DropRequest__Input, _edustream_enrollment_v1_DropResponse__Input, _edustream_enrollment_v1_DropRequest, _edustream_enrollment_v1_DropResponse>
  Enroll: MethodDefinition<_edustream_enrollment_v1_EnrollRequest__Input, _edustream_enrollment_v1_EnrollResponse__Input, _edustream_enrollment_v1_EnrollRequest, _edustream_enrollment_v1_EnrollResponse>
  FinalizeRoster: MethodDefinition<_edustream_enrollment_v1_FinalizeRosterRequest__Input, _edustream_enrollment_v1_FinalizeRosterResponse__Input, _edustream_enrollment_v1_FinalizeRosterRequest, _edustream_enrollment_v1_FinalizeRosterResponse>
  GetCalendar: MethodDefinition<_edustream_enrollment_v1_GetCalendarRequest__Input, _edustream_enrollment_v1_GetCalendarResponse__Input, _edustream_enrollment_v1_GetCalendarRequest, _edustream_enrollment_v1_GetCalendarResponse>
  GetCalendarByFeed: MethodDefinition<_edustream_enrollment_v1_GetCalendarByFeedRequest__Input, _edustream_enrollment_v1_GetCalendarResponse__Input, _edustream_enrollment_v1_GetCalendarByFeedRequest, _edustream_enrollment_v1_GetCalendarResponse>
  GetCalendarFeed: MethodDefinition<_edustream_enrollment_v1_GetCalendarFeedRequest__Input, _edustream_enrollment_v1_GetCalendarFeedResponse__Input, _edustream_enrollment_v1_GetCalendarFeedRequest, _edustream_enrollment_v1_GetCalendarFeedResponse>
  GetPlan: MethodDefinition<_edustream_enrollment_v1_GetPlanRequest__Input, _edustream_enrollment_v1_GetPlanResponse__Input, _edustream_enrollment_v1_GetPlanRequest, _edustream_enrollment_v1_GetPlanResponse>
  GetRegistrationSummary: MethodDefinition<_edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input, _edustream_enrollment_v1_GetRegistrationSummaryRequest, _edustream_enrollment_v1_GetRegistrationSummaryResponse>
  GetRoster: MethodDefinition<_edustream_enrollment_v1_GetRosterRequest__Input, _edustream_enrollment_v1_GetRosterResponse__Input, _edustream_enrollment_v1_GetRosterRequest, _edustream_enrollment_v1_GetRosterResponse>
  LiftHold: MethodDefinition<_edustream_enrollment_v1_LiftHoldRequest__Input, _edustream_enrollment_v1_LiftHoldResponse__Input, _edustream_enrollment_v1_LiftHoldRequest, _edustream_enrollment_v1_LiftHoldResponse>
  ListAppointmentGroups: MethodDefinition<_edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, _edustream_enrollment_v1_ListAppointmentGroupsResponse__Input, _edustream_enrollment_v1_ListAppointmentGroupsRequest, _edustream_enrollment_v1_ListAppointmentGroupsResponse>
  ListEnrollments: MethodDefinition<_edustream_enrollment_v1_ListEnrollmentsRequest__Input, _edustream_enrollment_v1_ListEnrollmentsResponse__Input, _edustream_enrollment_v1_ListEnrollmentsRequest, _edustream_enrollment_v1_ListEnrollmentsResponse>
  ListHolds: MethodDefinition<_edustream_enrollment_v1_ListHoldsRequest__Input, _edustream_enrollment_v1_ListHoldsResponse__Input, _edustream_enrollment_v1_ListHoldsRequest, _edustream_enrollment_v1_ListHoldsResponse>
  ListMyEnrollments: MethodDefinition<_edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input, _edustream_enrollment_v1_ListMyEnrollmentsRequest, _edustream_enrollment_v1_ListMyEnrollmentsResponse>
  ListMyNotifications: MethodDefinition<_edustream_notifications_v1_ListMyNotificationsRequest__Input, _edustream_notifications_v1_ListMyNotificationsResponse__Input, _edustream_notifications_v1_ListMyNotificationsRequest, _edustream_notifications_v1_ListMyNotificationsResponse>
  ListWithdrawals: MethodDefinition<_edustream_enrollment_v1_ListWithdrawalsRequest__Input, _edustream_enrollment_v1_ListWithdrawalsResponse__Input, _edustream_enrollment_v1_ListWithdrawalsRequest, _edustream_enrollment_v1_ListWithdrawalsResponse>
  MarkNotificationsRead: MethodDefinition<_edustream_notifications_v1_MarkNotificationsReadRequest__Input, _edustream_notifications_v1_MarkNotificationsReadResponse__Input, _edustream_notifications_v1_MarkNotificationsReadRequest, _edustream_notifications_v1_MarkNotificationsReadResponse>
  PlaceHold: MethodDefinition<_edustream_enrollment_v1_PlaceHoldRequest__Input, _edustream_enrollment_v1_PlaceHoldResponse__Input, _edustream_enrollment_v1_PlaceHoldRequest, _edustream_enrollment_v1_PlaceHoldResponse>
  RegisterPlan: MethodDefinition<_edustream_enrollment_v1_RegisterPlanRequest__Input, _edustream_enrollment_v1_RegisterPlanResponse__Input, _edustream_enrollment_v1_RegisterPlanRequest, _edustream_enrollment_v1_RegisterPlanResponse>
  RemoveFromPlan: MethodDefinition<_edustream_enrollment_v1_RemoveFromPlanRequest__Input, _edustream_enrollment_v1_RemoveFromPlanResponse__Input, _edustream_enrollment_v1_RemoveFromPlanRequest, _edustream_enrollment_v1_RemoveFromPlanResponse>
  RevokeCalendarFeed: MethodDefinition<_edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, _edustream_enrollment_v1_RevokeCalendarFeedResponse__Input, _edustream_enrollment_v1_RevokeCalendarFeedRequest, _edustream_enrollment_v1_RevokeCalendarFeedResponse>
  Swap: MethodDefinition<_edustream_enrollment_v1_SwapRequest__Input, _edustream_enrollment_v1_SwapResponse__Input, _edustream_enrollment_v1_SwapRequest, _edustream_enrollment_v1_SwapResponse>
}
