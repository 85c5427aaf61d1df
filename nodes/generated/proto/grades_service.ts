import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { CompletedCourse__Input as _edustream_grades_v1_CompletedCourse__Input, CompletedCourse as _edustream_grades_v1_CompletedCourse } from './edustream/grades/v1/CompletedCourse';
import type { GetGradeScaleRequest__Input as _edustream_grades_v1_GetGradeScaleRequest__Input, GetGradeScaleRequest as _edustream_grades_v1_GetGradeScaleRequest } from './edustream/grades/v1/GetGradeScaleRequest';
import type { GetGradeScaleResponse__Input as _edustream_grades_v1_GetGradeScaleResponse__Input, GetGradeScaleResponse as _edustream_grades_v1_GetGradeScaleResponse } from './edustream/grades/v1/GetGradeScaleResponse';
import type { GetTranscriptRequest__Input as _edustream_grades_v1_GetTranscriptRequest__Input, GetTranscriptRequest as _edustream_grades_v1_GetTranscriptRequest } from './edustream/grades/v1/GetTranscriptRequest';
import type { GetTranscriptResponse__Input as _edustream_grades_v1_GetTranscriptResponse__Input, GetTranscriptResponse as _edustream_grades_v1_GetTranscriptResponse } from './edustream/grades/v1/GetTranscriptResponse';
import type { GradeEntry__Input as _edustream_grades_v1_GradeEntry__Input, GradeEntry as _edustream_grades_v1_GradeEntry } from './edustream/grades/v1/GradeEntry';
import type { GradeScaleEntry__Input as _edustream_grades_v1_GradeScaleEntry__Input, GradeScaleEntry as _edustream_grades_v1_GradeScaleEntry } from './edustream/grades/v1/GradeScaleEntry';
import type { GradesServiceClient as _edustream_grades_v1_GradesServiceClient, GradesServiceDefinition as _edustream_grades_v1_GradesServiceDefinition } from './edustream/grades/v1/GradesService';
import type { ListCompletedCoursesRequest__Input as _edustream_grades_v1_ListCompletedCoursesRequest__Input, ListCompletedCoursesRequest as _edustream_grades_v1_ListCompletedCoursesRequest } from './edustream/grades/v1/ListCompletedCoursesRequest';
import type { ListCompletedCoursesResponse__Input as _edustream_grades_v1_ListCompletedCoursesResponse__Input, ListCompletedCoursesResponse as _edustream_grades_v1_ListCompletedCoursesResponse } from './edustream/grades/v1/ListCompletedCoursesResponse';
import type { ListCreditsEarnedRequest__Input as _edustream_grades_v1_ListCreditsEarnedRequest__Input, ListCreditsEarnedRequest as _edustream_grades_v1_ListCreditsEarnedRequest } from './edustream/grades/v1/ListCreditsEarnedRequest';
import type { ListCreditsEarnedResponse__Input as _edustream_grades_v1_ListCreditsEarnedResponse__Input, ListCreditsEarnedResponse as _edustream_grades_v1_ListCreditsEarnedResponse } from './edustream/grades/v1/ListCreditsEarnedResponse';
import type { ListMyGradesRequest__Input as _edustream_grades_v1_ListMyGradesRequest__Input, ListMyGradesRequest as _edustream_grades_v1_ListMyGradesRequest } from './edustream/grades/v1/ListMyGradesRequest';
import type { ListMyGradesResponse__Input as _edustream_grades_v1_ListMyGradesResponse__Input, ListMyGradesResponse as _edustream_grades_v1_ListMyGradesResponse } from './edustream/grades/v1/ListMyGradesResponse';
import type { StudentCredits__Input as _edustream_grades_v1_StudentCredits__Input, StudentCredits as _edustream_grades_v1_StudentCredits } from './edustream/grades/v1/StudentCredits';
import type { TermGrades__Input as _edustream_grades_v1_TermGrades__Input, TermGrades as _edustream_grades_v1_TermGrades } from './edustream/grades/v1/TermGrades';
import type { ListMyNotificationsRequest__Input as _edustream_notifications_v1_ListMyNotificationsRequest__Input, ListMyNotificationsRequest as _edustream_notifications_v1_ListMyNotificationsRequest } from './edustream/notifications/v1/ListMyNotificationsRequest';
import type { ListMyNotificationsResponse__Input as _edustream_notifications_v1_ListMyNotificationsResponse__Input, ListMyNotificationsResponse as _edustream_notifications_v1_ListMyNotificationsResponse } from './edustream/notifications/v1/ListMyNotificationsResponse';
import type { MarkNotificationsReadRequest__Input as _edustream_notifications_v1_MarkNotificationsReadRequest__Input, MarkNotificationsReadRequest as _edustream_notifications_v1_MarkNotificationsReadRequest } from './edustream/notifications/v1/MarkNotificationsReadRequest';
import type { MarkNotificationsReadResponse__Input as _edustream_notifications_v1_MarkNotificationsReadResponse__Input, MarkNotificationsReadResponse as _edustream_notifications_v1_MarkNotificationsReadResponse } from './edustream/notifications/v1/MarkNotificationsReadResponse';
import type { Notification__Input as _edustream_notifications_v1_Notification__Input, Notification as _edustream_notifications_v1_Notification } from './edustream/notifications/v1/Notification';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  edustream: {
    grades: {
      v1: {
        CompletedCourse: MessageTypeDefinition<_edustream_grades_v1_CompletedCourse__Input, _edustream_grades_v1_CompletedCourse>
        GetGradeScaleRequest: MessageTypeDefinition<_edustream_grades_v1_GetGradeScaleRequest__Input, _edustream_grades_v1_GetGradeScaleRequest>
        GetGradeScaleResponse: MessageTypeDefinition<_edustream_grades_v1_GetGradeScaleResponse__Input, _edustream_grades_v1_GetGradeScaleResponse>
        GetTranscriptRequest: MessageTypeDefinition<_edustream_grades_v1_GetTranscriptRequest__Input, _edustream_grades_v1_GetTranscriptRequest>
        GetTranscriptResponse: MessageTypeDefinition<_edustream_grades_v1_GetTranscriptResponse__Input, _edustream_grades_v1_GetTranscriptResponse>
        GradeEntry: MessageTypeDefinition<_edustream_grades_v1_GradeEntry__Input, _edustream_grades_v1_GradeEntry>
        GradeScaleEntry: MessageTypeDefinition<_edustream_grades_v1_GradeScaleEntry__Input, _edustream_grades_v1_GradeScaleEntry>
        GradesService: SubtypeConstructor<typeof grpc.Client, _edustream_grades_v1_GradesServiceClient> & { service: _edustream_grades_v1_GradesServiceDefinition }
        ListCompletedCoursesRequest: MessageTypeDefinition<_edustream_grades_v1_ListCompletedCoursesRequest__Input, _edustream_grades_v1_ListCompletedCoursesRequest>
        ListCompletedCoursesResponse: MessageTypeDefinition<_edustream_grades_v1_ListCompletedCoursesResponse__Input, _edustream_grades_v1_ListCompletedCoursesResponse>
        ListCreditsEarnedRequest: MessageTypeDefinition<_edustream_grades_v1_ListCreditsEarnedRequest__Input, _edustream_grades_v1_ListCreditsEarnedRequest>
        ListCreditsEarnedResponse: MessageTypeDefinition<_edustream_grades_v1_ListCreditsEarnedResponse__Input, _edustream_grades_v1_ListCreditsEarnedResponse>
        ListMyGradesRequest: MessageTypeDefinition<_edustream_grades_v1_ListMyGradesRequest__Input, _edustream_grades_v1_ListMyGradesRequest>
        ListMyGradesResponse: MessageTypeDefinition<_edustream_grades_v1_ListMyGradesResponse__Input, _edustream_grades_v1_ListMyGradesResponse>
        StudentCredits: MessageTypeDefinition<_edustream_grades_v1_StudentCredits__Input, _edustream_grades_v1_StudentCredits>
        TermGrades: MessageTypeDefinition<_edustream_grades_v1_TermGrades__Input, _edustream_grades_v1_TermGrades>
      }
    }
    notifications: {
      v1: {
        ListMyNotificationsRequest: MessageTypeDefinition<_edustream_notifications_v1_ListMyNotificationsRequest__Input, _edustream_notifications_v1_ListMyNotificationsRequest>
        ListMyNotificationsResponse: MessageTypeDefinition<_edustream_notifications_v1_ListMyNotificationsResponse__Input, _edustream_notifications_v1_ListMyNotificationsResponse>
        MarkNotificationsReadRequest: MessageTypeDefinition<_edustream_notifications_v1_MarkNotificationsReadRequest__Input, _edustream_notifications_v1_MarkNotificationsReadRequest>
        MarkNotificationsReadResponse: MessageTypeDefinition<_edustream_notifications_v1_MarkNotificationsReadResponse__Input, _edustream_notifications_v1_MarkNotificationsReadResponse>
        Notification: MessageTypeDefinition<_edustream_notifications_v1_Notification__Input, _edustream_notifications_v1_Notification>
        NotificationKind: EnumTypeDefinition
      }
    }
  }
}

