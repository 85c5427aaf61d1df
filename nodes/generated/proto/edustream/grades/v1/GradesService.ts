// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetGradeScaleRequest__Input as _edustream_grades_v1_GetGradeScaleRequest__Input, GetGradeScaleRequest as _edustream_grades_v1_GetGradeScaleRequest } from '../../../edustream/grades/v1/GetGradeScaleRequest';
import type { GetGradeScaleResponse__Input as _edustream_grades_v1_GetGradeScaleResponse__Input, GetGradeScaleResponse as _edustream_grades_v1_GetGradeScaleResponse } from '../../../edustream/grades/v1/GetGradeScaleResponse';
import type { GetTranscriptRequest__Input as _edustream_grades_v1_GetTranscriptRequest__Input, GetTranscriptRequest as _edustream_grades_v1_GetTranscriptRequest } from '../../../edustream/grades/v1/GetTranscriptRequest';
import type { GetTranscriptResponse__Input as _edustream_grades_v1_GetTranscriptResponse__Input, GetTranscriptResponse as _edustream_grades_v1_GetTranscriptResponse } from '../../../edustream/grades/v1/GetTranscriptResponse';
import type { ListCompletedCoursesRequest__Input as _edustream_grades_v1_ListCompletedCoursesRequest__Input, ListCompletedCoursesRequest as _edustream_grades_v1_ListCompletedCoursesRequest } from '../../../edustream/grades/v1/ListCompletedCoursesRequest';
import type { ListCompletedCoursesResponse__Input as _edustream_grades_v1_ListCompletedCoursesResponse__Input, ListCompletedCoursesResponse as _edustream_grades_v1_ListCompletedCoursesResponse } from '../../../edustream/grades/v1/ListCompletedCoursesResponse';
import type { ListCreditsEarnedRequest__Input as _edustream_grades_v1_ListCreditsEarnedRequest__Input, ListCreditsEarnedRequest as _edustream_grades_v1_ListCreditsEarnedRequest } from '../../../edustream/grades/v1/ListCreditsEarnedRequest';
import type { ListCreditsEarnedResponse__Input as _edustream_grades_v1_ListCreditsEarnedResponse__Input, ListCreditsEarnedResponse as _edustream_grades_v1_ListCreditsEarnedResponse } from '../../../edustream/grades/v1/ListCreditsEarnedResponse';
import type { ListMyGradesRequest__Input as _edustream_grades_v1_ListMyGradesRequest__Input, ListMyGradesRequest as _edustream_grades_v1_ListMyGradesRequest } from '../../../edustream/grades/v1/ListMyGradesRequest';
import type { ListMyGradesResponse__Input as _edustream_grades_v1_ListMyGradesResponse__Input, ListMyGradesResponse as _edustream_grades_v1_ListMyGradesResponse } from '../../../edustream/grades/v1/ListMyGradesResponse';
import type { ListMyNotificationsRequest__Input as _edustream_notifications_v1_ListMyNotificationsRequest__Input, ListMyNotificationsRequest as _edustream_notifications_v1_ListMyNotificationsRequest } from '../../../edustream/notifications/v1/ListMyNotificationsRequest';
import type { ListMyNotificationsResponse__Input as _edustream_notifications_v1_ListMyNotificationsResponse__Input, ListMyNotificationsResponse as _edustream_notifications_v1_ListMyNotificationsResponse } from '../../../edustream/notifications/v1/ListMyNotificationsResponse';
import type { MarkNotificationsReadRequest__Input as _edustream_notifications_v1_MarkNotificationsReadRequest__Input, MarkNotificationsReadRequest as _edustream_notifications_v1_MarkNotificationsReadRequest } from '../../../edustream/notifications/v1/MarkNotificationsReadRequest';
import type { MarkNotificationsReadResponse__Input as _edustream_notifications_v1_MarkNotificationsReadResponse__Input, MarkNotificationsReadResponse as _edustream_notifications_v1_MarkNotificationsReadResponse } from '../../../edustream/notifications/v1/MarkNotificationsReadResponse';

export interface GradesServiceClient extends grpc.Client {
  GetGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  GetGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  GetGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  GetGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  getGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  getGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  getGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  getGradeScale(argument: _edustream_grades_v1_GetGradeScaleRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_GetGradeScaleResponse>): grpc.ClientUnaryCall;
  
  GetTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  GetTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  GetTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  GetTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  getTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  getTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  getTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  getTranscript(argument: _edustream_grades_v1_GetTranscriptRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_GetTranscriptResponse>): grpc.ClientUnaryCall;
  
  ListCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  ListCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  ListCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  ListCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  listCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  listCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  listCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  listCompletedCourses(argument: _edustream_grades_v1_ListCompletedCoursesRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_ListCompletedCoursesResponse>): grpc.ClientUnaryCall;
  
  ListCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  ListCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  ListCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  ListCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  listCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  listCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  listCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  listCreditsEarned(argument: _edustream_grades_v1_ListCreditsEarnedRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_ListCreditsEarnedResponse>): grpc.ClientUnaryCall;
  
  ListMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  ListMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  ListMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  ListMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  listMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  listMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  listMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  listMyGrades(argument: _edustream_grades_v1_ListMyGradesRequest__Input, callback: grpc.requestCallback<_edustream_grades_v1_ListMyGradesResponse>): grpc.ClientUnaryCall;
  
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  ListMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  listMyNotifications(argument: _edustream_notifications_v1_ListMyNotificationsRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_ListMyNotificationsResponse>): grpc.ClientUnaryCall;
  
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  MarkNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  markNotificationsRead(argument: _edustream_notifications_v1_MarkNotificationsReadRequest__Input, callback: grpc.requestCallback<_edustream_notifications_v1_MarkNotificationsReadResponse>): grpc.ClientUnaryCall;
  
}

export interface GradesServiceHandlers extends grpc.UntypedServiceImplementation {
  GetGradeScale: grpc.handleUnaryCall<_edustream_grades_v1_GetGradeScaleRequest, _edustream_grades_v1_GetGradeScaleResponse__Input>;
  
  GetTranscript: grpc.handleUnaryCall<_edustream_grades_v1_GetTranscriptRequest, _edustream_grades_v1_GetTranscriptResponse__Input>;
  
  ListCompletedCourses: grpc.handleUnaryCall<_edustream_grades_v1_ListCompletedCoursesRequest, _edustream_grades_v1_ListCompletedCoursesResponse__Input>;
  
  ListCreditsEarned: grpc.handleUnaryCall<_edustream_grades_v1_ListCreditsEarnedRequest, _edustream_grades_v1_ListCreditsEarnedResponse__Input>;
  
  ListMyGrades: grpc.handleUnaryCall<_edustream_grades_v1_ListMyGradesRequest, _edustream_grades_v1_ListMyGradesResponse__Input>;
  
  ListMyNotifications: grpc.handleUnaryCall<_edustream_notifications_v1_ListMyNotificationsRequest, _edustream_notifications_v1_ListMyNotificationsResponse__Input>;
  
  MarkNotificationsRead: grpc.handleUnaryCall<_edustream_notifications_v1_MarkNotificationsReadRequest, _edustream_notifications_v1_MarkNotificationsReadResponse__Input>;
  
}

export interface GradesServiceDefinition extends grpc.ServiceDefinition {
  GetGradeScale: MethodDefinition<_edustream_grades_v1_GetGradeScaleRequest__Input, _edustream_grades_v1_GetGradeScaleResponse__Input, _edustream_grades_v1_GetGradeScaleRequest, _edustream_grades_v1_GetGradeScaleResponse>
  GetTranscript: MethodDefinition<_edustream_grades_v1_GetTranscriptRequest__Input, _edustream_grades_v1_GetTranscriptResponse__Input, _edustream_grades_v1_GetTranscriptRequest, _edustream_grades_v1_GetTranscriptResponse>
  ListCompletedCourses: MethodDefinition<_edustream_grades_v1_ListCompletedCoursesRequest__Input, _edustream_grades_v1_ListCompletedCoursesResponse__Input, _edustream_grades_v1_ListCompletedCoursesRequest, _edustream_grades_v1_ListCompletedCoursesResponse>
  ListCreditsEarned: MethodDefinition<_edustream_grades_v1_ListCreditsEarnedRequest__Input, _edustream_grades_v1_ListCreditsEarnedResponse__Input, _edustream_grades_v1_ListCreditsEarnedRequest, _edustream_grades_v1_ListCreditsEarnedResponse>
  ListMyGrades: MethodDefinition<_edustream_grades_v1_ListMyGradesRequest__Input, _edustream_grades_v1_ListMyGradesResponse__Input, _edustream_grades_v1_ListMyGradesRequest, _edustream_grades_v1_ListMyGradesResponse>
  ListMyNotifications: MethodDefinition<_edustream_notifications_v1_ListMyNotificationsRequest__Input, _edustream_notifications_v1_ListMyNotificationsResponse__Input, _edustream_notifications_v1_ListMyNotificationsRequest, _edustream_notifications_v1_ListMyNotificationsResponse>
  MarkNotificationsRead: MethodDefinition<_edustream_notifications_v1_MarkNotificationsReadRequest__Input, _edustream_notifications_v1_MarkNotificationsReadResponse__Input, _edustream_notifications_v1_MarkNotificationsReadRequest, _edustream_notifications_v1_MarkNotificationsReadResponse>
}
