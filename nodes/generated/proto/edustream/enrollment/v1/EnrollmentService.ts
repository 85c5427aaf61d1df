// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddToPlanRequest__Input as _edustream_enrollment_v1_AddToPlanRequest__Input, AddToPlanRequest as _edustream_enrollment_v1_AddToPlanRequest } from '../../../edustream/enrollment/v1/AddToPlanRequest';
import type { AddToPlanResponse__Input as _edustream_enrollment_v1_AddToPlanResponse__Input, AddToPlanResponse as _edustream_enrollment_v1_AddToPlanResponse } from '../../../edustream/enrollment/v1/AddToPlanResponse';
import type { ApplyCatalogEventsRequest__Input as _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, ApplyCatalogEventsRequest as _edustream_enrollment_v1_ApplyCatalogEventsRequest } from '../../../edustream/enrollment/v1/ApplyCatalogEventsRequest';
import type { ApplyCatalogEventsResponse__Input as _edustream_enrollment_v1_ApplyCatalogEventsResponse__Input, ApplyCatalogEventsResponse as _edustream_enrollment_v1_ApplyCatalogEventsResponse } from '../../../edustream/enrollment/v1/ApplyCatalogEventsResponse';
import type { BatchGetRosterSizesRequest__Input as _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, BatchGetRosterSizesRequest as _edustream_enrollment_v1_BatchGetRosterSizesRequest } from '../../../edustream/enrollment/v1/BatchGetRosterSizesRequest';
import type { BatchGetRosterSizesResponse__Input as _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input, BatchGetRosterSizesResponse as _edustream_enrollment_v1_BatchGetRosterSizesResponse } from '../../../edustream/enrollment/v1/BatchGetRosterSizesResponse';
import type { CheckPlanRequest__Input as _edustream_enrollment_v1_CheckPlanRequest__Input, CheckPlanRequest as _edustream_enrollment_v1_CheckPlanRequest } from '../../../edustream/enrollment/v1/CheckPlanRequest';
import type { CheckPlanResponse__Input as _edustream_enrollment_v1_CheckPlanResponse__Input, CheckPlanResponse as _edustream_enrollment_v1_CheckPlanResponse } from '../../../edustream/enrollment/v1/CheckPlanResponse';
import type { DropRequest__Input as _edustream_enrollment_v1_DropRequest__Input, DropRequest as _edustream_enrollment_v1_DropRequest } from '../../../edustream/enrollment/v1/DropRequest';
import type { DropResponse__Input as _edustream_enrollment_v1_DropResponse__Input, DropResponse as _edustream_enrollment_v1_DropResponse } from '../../../edustream/enrollment/v1/DropResponse';
import type { EnrollRequest__Input as _edustream_enrollment_v1_EnrollRequest__Input, EnrollRequest as _edustream_enrollment_v1_EnrollRequest } from '../../../edustream/enrollment/v1/EnrollRequest';
import type { EnrollResponse__Input as _edustream_enrollment_v1_EnrollResponse__Input, EnrollResponse as _edustream_enrollment_v1_EnrollResponse } from '../../../edustream/enrollment/v1/EnrollResponse';
import type { FinalizeRosterRequest__Input as _edustream_enrollment_v1_FinalizeRosterRequest__Input, FinalizeRosterRequest as _edustream_enrollment_v1_FinalizeRosterRequest } from '../../../edustream/enrollment/v1/FinalizeRosterRequest';
import type { FinalizeRosterResponse__Input as _edustream_enrollment_v1_FinalizeRosterResponse__Input, FinalizeRosterResponse as _edustream_enrollment_v1_FinalizeRosterResponse } from '../../../edustream/enrollment/v1/FinalizeRosterResponse';
import type { GetPlanRequest__Input as _edustream_enrollment_v1_GetPlanRequest__Input, GetPlanRequest as _edustream_enrollment_v1_GetPlanRequest } from '../../../edustream/enrollment/v1/GetPlanRequest';
import type { GetPlanResponse__Input as _edustream_enrollment_v1_GetPlanResponse__Input, GetPlanResponse as _edustream_enrollment_v1_GetPlanResponse } from '../../../edustream/enrollment/v1/GetPlanResponse';
import type { GetRegistrationSummaryRequest__Input as _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, GetRegistrationSummaryRequest as _edustream_enrollment_v1_GetRegistrationSummaryRequest } from '../../../edustream/enrollment/v1/GetRegistrationSummaryRequest';
import type { GetRegistrationSummaryResponse__Input as _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input, GetRegistrationSummaryResponse as _edustream_enrollment_v1_GetRegistrationSummaryResponse } from '../../../edustream/enrollment/v1/GetRegistrationSummaryResponse';
import type { GetRosterRequest__Input as _edustream_enrollment_v1_GetRosterRequest__Input, GetRosterRequest as _edustream_enrollment_v1_GetRosterRequest } from '../../../edustream/enrollment/v1/GetRosterRequest';
import type { GetRosterResponse__Input as _edustream_enrollment_v1_GetRosterResponse__Input, GetRosterResponse as _edustream_enrollment_v1_GetRosterResponse } from '../../../edustream/enrollment/v1/GetRosterResponse';
import type { ListMyEnrollmentsRequest__Input as _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, ListMyEnrollmentsRequest as _edustream_enrollment_v1_ListMyEnrollmentsRequest } from '../../../edustream/enrollment/v1/ListMyEnrollmentsRequest';
import type { ListMyEnrollmentsResponse__Input as _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input, ListMyEnrollmentsResponse as _edustream_enrollment_v1_ListMyEnrollmentsResponse } from '../../../edustream/enrollment/v1/ListMyEnrollmentsResponse';
import type { ListWithdrawalsRequest__Input as _edustream_enrollment_v1_ListWithdrawalsRequest__Input, ListWithdrawalsRequest as _edustream_enrollment_v1_ListWithdrawalsRequest } from '../../../edustream/enrollment/v1/ListWithdrawalsRequest';
import type { ListWithdrawalsResponse__Input as _edustream_enrollment_v1_ListWithdrawalsResponse__Input, ListWithdrawalsResponse as _edustream_enrollment_v1_ListWithdrawalsResponse } from '../../../edustream/enrollment/v1/ListWithdrawalsResponse';
import type { RegisterPlanRequest__Input as _edustream_enrollment_v1_RegisterPlanRequest__Input, RegisterPlanRequest as _edustream_enrollment_v1_RegisterPlanRequest } from '../../../edustream/enrollment/v1/RegisterPlanRequest';
import type { RegisterPlanResponse__Input as _edustream_enrollment_v1_RegisterPlanResponse__Input, RegisterPlanResponse as _edustream_enrollment_v1_RegisterPlanResponse } from '../../../edustream/enrollment/v1/RegisterPlanResponse';
import type { RemoveFromPlanRequest__Input as _edustream_enrollment_v1_RemoveFromPlanRequest__Input, RemoveFromPlanRequest as _edustream_enrollment_v1_RemoveFromPlanRequest } from '../../../edustream/enrollment/v1/RemoveFromPlanRequest';
import type { RemoveFromPlanResponse__Input as _edustream_enrollment_v1_RemoveFromPlanResponse__Input, RemoveFromPlanResponse as _edustream_enrollment_v1_RemoveFromPlanResponse } from '../../../edustream/enrollment/v1/RemoveFromPlanResponse';
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
  
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  ListMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  listMyEnrollments(argument: _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListMyEnrollmentsResponse>): grpc.ClientUnaryCall;
  
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  ListWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  listWithdrawals(argument: _edustream_enrollment_v1_ListWithdrawalsRequest__Input, callback: grpc.requestCallback<_edustream_enrollment_v1_ListWithdrawalsResponse>): grpc.ClientUnaryCall;
  
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
  
  BatchGetRosterSizes: grpc.handleUnaryCall<_edustream_enrollment_v1_BatchGetRosterSizesRequest, _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input>;
  
  CheckPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_CheckPlanRequest, _edustream_enrollment_v1_CheckPlanResponse__Input>;
  
  Drop: grpc.handleUnaryCall<_edustream_enrollment_v1_DropRequest, _edustream_enrollment_v1_DropResponse__Input>;
  
  Enroll: grpc.handleUnaryCall<_edustream_enrollment_v1_EnrollRequest, _edustream_enrollment_v1_EnrollResponse__Input>;
  
  FinalizeRoster: grpc.handleUnaryCall<_edustream_enrollment_v1_FinalizeRosterRequest, _edustream_enrollment_v1_FinalizeRosterResponse__Input>;
  
  GetPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_GetPlanRequest, _edustream_enrollment_v1_GetPlanResponse__Input>;
  
  GetRegistrationSummary: grpc.handleUnaryCall<_edustream_enrollment_v1_GetRegistrationSummaryRequest, _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input>;
  
  GetRoster: grpc.handleUnaryCall<_edustream_enrollment_v1_GetRosterRequest, _edustream_enrollment_v1_GetRosterResponse__Input>;
  
  ListMyEnrollments: grpc.handleUnaryCall<_edustream_enrollment_v1_ListMyEnrollmentsRequest, _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input>;
  
  ListWithdrawals: grpc.handleUnaryCall<_edustream_enrollment_v1_ListWithdrawalsRequest, _edustream_enrollment_v1_ListWithdrawalsResponse__Input>;
  
  RegisterPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_RegisterPlanRequest, _edustream_enrollment_v1_RegisterPlanResponse__Input>;
  
  RemoveFromPlan: grpc.handleUnaryCall<_edustream_enrollment_v1_RemoveFromPlanRequest, _edustream_enrollment_v1_RemoveFromPlanResponse__Input>;
  
  Swap: grpc.handleUnaryCall<_edustream_enrollment_v1_SwapRequest, _edustream_enrollment_v1_SwapResponse__Input>;
  
}

export interface EnrollmentServiceDefinition extends grpc.ServiceDefinition {
  AddToPlan: MethodDefinition<_edustream_enrollment_v1_AddToPlanRequest__Input, _edustream_enrollment_v1_AddToPlanResponse__Input, _edustream_enrollment_v1_AddToPlanRequest, _edustream_enrollment_v1_AddToPlanResponse>
  ApplyCatalogEvents: MethodDefinition<_edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, _edustream_enrollment_v1_ApplyCatalogEventsResponse__Input, _edustream_enrollment_v1_ApplyCatalogEventsRequest, _edustream_enrollment_v1_ApplyCatalogEventsResponse>
  BatchGetRosterSizes: MethodDefinition<_edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input, _edustream_enrollment_v1_BatchGetRosterSizesRequest, _edustream_enrollment_v1_BatchGetRosterSizesResponse>
  CheckPlan: MethodDefinition<_edustream_enrollment_v1_CheckPlanRequest__Input, _edustream_enrollment_v1_CheckPlanResponse__Input, _edustream_enrollment_v1_CheckPlanRequest, _edustream_enrollment_v1_CheckPlanResponse>
  Drop: MethodDefinition<_edustream_enrollment_v1_DropRequest__Input, _edustream_enrollment_v1_DropResponse__Input, _edustream_enrollment_v1_DropRequest, _edustream_enrollment_v1_DropResponse>
  Enroll: MethodDefinition<_edustream_enrollment_v1_EnrollRequest__Input, _edustream_enrollment_v1_EnrollResponse__Input, _edustream_enrollment_v1_EnrollRequest, _edustream_enrollment_v1_EnrollResponse>
  FinalizeRoster: MethodDefinition<_edustream_enrollment_v1_FinalizeRosterRequest__Input, _edustream_enrollment_v1_FinalizeRosterResponse__Input, _edustream_enrollment_v1_FinalizeRosterRequest, _edustream_enrollment_v1_FinalizeRosterResponse>
  GetPlan: MethodDefinition<_edustream_enrollment_v1_GetPlanRequest__Input, _edustream_enrollment_v1_GetPlanResponse__Input, _edustream_enrollment_v1_GetPlanRequest, _edustream_enrollment_v1_GetPlanResponse>
  GetRegistrationSummary: MethodDefinition<_edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input, _edustream_enrollment_v1_GetRegistrationSummaryRequest, _edustream_enrollment_v1_GetRegistrationSummaryResponse>
  GetRoster: MethodDefinition<_edustream_enrollment_v1_GetRosterRequest__Input, _edustream_enrollment_v1_GetRosterResponse__Input, _edustream_enrollment_v1_GetRosterRequest, _edustream_enrollment_v1_GetRosterResponse>
  ListMyEnrollments: MethodDefinition<_edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input, _edustream_enrollment_v1_ListMyEnrollmentsRequest, _edustream_enrollment_v1_ListMyEnrollmentsResponse>
  ListWithdrawals: MethodDefinition<_edustream_enrollment_v1_ListWithdrawalsRequest__Input, _edustream_enrollment_v1_ListWithdrawalsResponse__Input, _edustream_enrollment_v1_ListWithdrawalsRequest, _edustream_enrollment_v1_ListWithdrawalsResponse>
  RegisterPlan: MethodDefinition<_edustream_enrollment_v1_RegisterPlanRequest__Input, _edustream_enrollment_v1_RegisterPlanResponse__Input, _edustream_enrollment_v1_RegisterPlanRequest, _edustream_enrollment_v1_RegisterPlanResponse>
  RemoveFromPlan: MethodDefinition<_edustream_enrollment_v1_RemoveFromPlanRequest__Input, _edustream_enrollment_v1_RemoveFromPlanResponse__Input, _edustream_enrollment_v1_RemoveFromPlanRequest, _edustream_enrollment_v1_RemoveFromPlanResponse>
  Swap: MethodDefinition<_edustream_enrollment_v1_SwapRequest__Input, _edustream_enrollment_v1_SwapResponse__Input, _edustream_enrollment_v1_SwapRequest, _edustream_enrollment_v1_SwapResponse>
}
