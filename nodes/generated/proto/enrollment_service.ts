import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { ApplyCatalogEventsRequest__Input as _edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, ApplyCatalogEventsRequest as _edustream_enrollment_v1_ApplyCatalogEventsRequest } from './edustream/enrollment/v1/ApplyCatalogEventsRequest';
import type { ApplyCatalogEventsResponse__Input as _edustream_enrollment_v1_ApplyCatalogEventsResponse__Input, ApplyCatalogEventsResponse as _edustream_enrollment_v1_ApplyCatalogEventsResponse } from './edustream/enrollment/v1/ApplyCatalogEventsResponse';
import type { AppointmentGroup__Input as _edustream_enrollment_v1_AppointmentGroup__Input, AppointmentGroup as _edustream_enrollment_v1_AppointmentGroup } from './edustream/enrollment/v1/AppointmentGroup';
import type { AssignAppointmentsRequest__Input as _edustream_enrollment_v1_AssignAppointmentsRequest__Input, AssignAppointmentsRequest as _edustream_enrollment_v1_AssignAppointmentsRequest } from './edustream/enrollment/v1/AssignAppointmentsRequest';
import type { AssignAppointmentsResponse__Input as _edustream_enrollment_v1_AssignAppointmentsResponse__Input, AssignAppointmentsResponse as _edustream_enrollment_v1_AssignAppointmentsResponse } from './edustream/enrollment/v1/AssignAppointmentsResponse';
import type { BatchGetRosterSizesRequest__Input as _edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, BatchGetRosterSizesRequest as _edustream_enrollment_v1_BatchGetRosterSizesRequest } from './edustream/enrollment/v1/BatchGetRosterSizesRequest';
import type { BatchGetRosterSizesResponse__Input as _edustream_enrollment_v1_BatchGetRosterSizesResponse__Input, BatchGetRosterSizesResponse as _edustream_enrollment_v1_BatchGetRosterSizesResponse } from './edustream/enrollment/v1/BatchGetRosterSizesResponse';
import type { CalendarTerm__Input as _edustream_enrollment_v1_CalendarTerm__Input, CalendarTerm as _edustream_enrollment_v1_CalendarTerm } from './edustream/enrollment/v1/CalendarTerm';
import type { CatalogEventOutcome__Input as _edustream_enrollment_v1_CatalogEventOutcome__Input, CatalogEventOutcome as _edustream_enrollment_v1_CatalogEventOutcome } from './edustream/enrollment/v1/CatalogEventOutcome';
import type { CreateAppointmentGroupRequest__Input as _edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, CreateAppointmentGroupRequest as _edustream_enrollment_v1_CreateAppointmentGroupRequest } from './edustream/enrollment/v1/CreateAppointmentGroupRequest';
import type { CreateAppointmentGroupResponse__Input as _edustream_enrollment_v1_CreateAppointmentGroupResponse__Input, CreateAppointmentGroupResponse as _edustream_enrollment_v1_CreateAppointmentGroupResponse } from './edustream/enrollment/v1/CreateAppointmentGroupResponse';
import type { CreateCalendarFeedRequest__Input as _edustream_enrollment_v1_CreateCalendarFeedRequest__Input, CreateCalendarFeedRequest as _edustream_enrollment_v1_CreateCalendarFeedRequest } from './edustream/enrollment/v1/CreateCalendarFeedRequest';
import type { CreateCalendarFeedResponse__Input as _edustream_enrollment_v1_CreateCalendarFeedResponse__Input, CreateCalendarFeedResponse as _edustream_enrollment_v1_CreateCalendarFeedResponse } from './edustream/enrollment/v1/CreateCalendarFeedResponse';
import type { DeleteAppointmentGroupRequest__Input as _edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, DeleteAppointmentGroupRequest as _edustream_enrollment_v1_DeleteAppointmentGroupRequest } from './edustream/enrollment/v1/DeleteAppointmentGroupRequest';
import type { DeleteAppointmentGroupResponse__Input as _edustream_enrollment_v1_DeleteAppointmentGroupResponse__Input, DeleteAppointmentGroupResponse as _edustream_enrollment_v1_DeleteAppointmentGroupResponse } from './edustream/enrollment/v1/DeleteAppointmentGroupResponse';
import type { DropRequest__Input as _edustream_enrollment_v1_DropRequest__Input, DropRequest as _edustream_enrollment_v1_DropRequest } from './edustream/enrollment/v1/DropRequest';
import type { DropResponse__Input as _edustream_enrollment_v1_DropResponse__Input, DropResponse as _edustream_enrollment_v1_DropResponse } from './edustream/enrollment/v1/DropResponse';
import type { EnrollRequest__Input as _edustream_enrollment_v1_EnrollRequest__Input, EnrollRequest as _edustream_enrollment_v1_EnrollRequest } from './edustream/enrollment/v1/EnrollRequest';
import type { EnrollResponse__Input as _edustream_enrollment_v1_EnrollResponse__Input, EnrollResponse as _edustream_enrollment_v1_EnrollResponse } from './edustream/enrollment/v1/EnrollResponse';
import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from './edustream/enrollment/v1/Enrollment';
import type { EnrollmentRecord__Input as _edustream_enrollment_v1_EnrollmentRecord__Input, EnrollmentRecord as _edustream_enrollment_v1_EnrollmentRecord } from './edustream/enrollment/v1/EnrollmentRecord';
import type { EnrollmentServiceClient as _edustream_enrollment_v1_EnrollmentServiceClient, EnrollmentServiceDefinition as _edustream_enrollment_v1_EnrollmentServiceDefinition } from './edustream/enrollment/v1/EnrollmentService';
import type { FinalizeRosterRequest__Input as _edustream_enrollment_v1_FinalizeRosterRequest__Input, FinalizeRosterRequest as _edustream_enrollment_v1_FinalizeRosterRequest } from './edustream/enrollment/v1/FinalizeRosterRequest';
import type { FinalizeRosterResponse__Input as _edustream_enrollment_v1_FinalizeRosterResponse__Input, FinalizeRosterResponse as _edustream_enrollment_v1_FinalizeRosterResponse } from './edustream/enrollment/v1/FinalizeRosterResponse';
import type { GetCalendarByFeedRequest__Input as _edustream_enrollment_v1_GetCalendarByFeedRequest__Input, GetCalendarByFeedRequest as _edustream_enrollment_v1_GetCalendarByFeedRequest } from './edustream/enrollment/v1/GetCalendarByFeedRequest';
import type { GetCalendarFeedRequest__Input as _edustream_enrollment_v1_GetCalendarFeedRequest__Input, GetCalendarFeedRequest as _edustream_enrollment_v1_GetCalendarFeedRequest } from './edustream/enrollment/v1/GetCalendarFeedRequest';
import type { GetCalendarFeedResponse__Input as _edustream_enrollment_v1_GetCalendarFeedResponse__Input, GetCalendarFeedResponse as _edustream_enrollment_v1_GetCalendarFeedResponse } from './edustream/enrollment/v1/GetCalendarFeedResponse';
import type { GetCalendarRequest__Input as _edustream_enrollment_v1_GetCalendarRequest__Input, GetCalendarRequest as _edustream_enrollment_v1_GetCalendarRequest } from './edustream/enrollment/v1/GetCalendarRequest';
import type { GetCalendarResponse__Input as _edustream_enrollment_v1_GetCalendarResponse__Input, GetCalendarResponse as _edustream_enrollment_v1_GetCalendarResponse } from './edustream/enrollment/v1/GetCalendarResponse';
import type { GetRegistrationSummaryRequest__Input as _edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, GetRegistrationSummaryRequest as _edustream_enrollment_v1_GetRegistrationSummaryRequest } from './edustream/enrollment/v1/GetRegistrationSummaryRequest';
import type { GetRegistrationSummaryResponse__Input as _edustream_enrollment_v1_GetRegistrationSummaryResponse__Input, GetRegistrationSummaryResponse as _edustream_enrollment_v1_GetRegistrationSummaryResponse } from './edustream/enrollment/v1/GetRegistrationSummaryResponse';
import type { GetRosterRequest__Input as _edustream_enrollment_v1_GetRosterRequest__Input, GetRosterRequest as _edustream_enrollment_v1_GetRosterRequest } from './edustream/enrollment/v1/GetRosterRequest';
import type { GetRosterResponse__Input as _edustream_enrollment_v1_GetRosterResponse__Input, GetRosterResponse as _edustream_enrollment_v1_GetRosterResponse } from './edustream/enrollment/v1/GetRosterResponse';
import type { Hold__Input as _edustream_enrollment_v1_Hold__Input, Hold as _edustream_enrollment_v1_Hold } from './edustream/enrollment/v1/Hold';
import type { LiftHoldRequest__Input as _edustream_enrollment_v1_LiftHoldRequest__Input, LiftHoldRequest as _edustream_enrollment_v1_LiftHoldRequest } from './edustream/enrollment/v1/LiftHoldRequest';
import type { LiftHoldResponse__Input as _edustream_enrollment_v1_LiftHoldResponse__Input, LiftHoldResponse as _edustream_enrollment_v1_LiftHoldResponse } from './edustream/enrollment/v1/LiftHoldResponse';
import type { ListAppointmentGroupsRequest__Input as _edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, ListAppointmentGroupsRequest as _edustream_enrollment_v1_ListAppointmentGroupsRequest } from './edustream/enrollment/v1/ListAppointmentGroupsRequest';
import type { ListAppointmentGroupsResponse__Input as _edustream_enrollment_v1_ListAppointmentGroupsResponse__Input, ListAppointmentGroupsResponse as _edustream_enrollment_v1_ListAppointmentGroupsResponse } from './edustream/enrollment/v1/ListAppointmentGroupsResponse';
import type { ListEnrollmentsRequest__Input as _edustream_enrollment_v1_ListEnrollmentsRequest__Input, ListEnrollmentsRequest as _edustream_enrollment_v1_ListEnrollmentsRequest } from './edustream/enrollment/v1/ListEnrollmentsRequest';
import type { ListEnrollmentsResponse__Input as _edustream_enrollment_v1_ListEnrollmentsResponse__Input, ListEnrollmentsResponse as _edustream_enrollment_v1_ListEnrollmentsResponse } from './edustream/enrollment/v1/ListEnrollmentsResponse';
import type { ListHoldsRequest__Input as _edustream_enrollment_v1_ListHoldsRequest__Input, ListHoldsRequest as _edustream_enrollment_v1_ListHoldsRequest } from './edustream/enrollment/v1/ListHoldsRequest';
import type { ListHoldsResponse__Input as _edustream_enrollment_v1_ListHoldsResponse__Input, ListHoldsResponse as _edustream_enrollment_v1_ListHoldsResponse } from './edustream/enrollment/v1/ListHoldsResponse';
import type { ListMyEnrollmentsRequest__Input as _edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, ListMyEnrollmentsRequest as _edustream_enrollment_v1_ListMyEnrollmentsRequest } from './edustream/enrollment/v1/ListMyEnrollmentsRequest';
import type { ListMyEnrollmentsResponse__Input as _edustream_enrollment_v1_ListMyEnrollmentsResponse__Input, ListMyEnrollmentsResponse as _edustream_enrollment_v1_ListMyEnrollmentsResponse } from './edustream/enrollment/v1/ListMyEnrollmentsResponse';
import type { ListWithdrawalsRequest__Input as _edustream_enrollment_v1_ListWithdrawalsRequest__Input, ListWithdrawalsRequest as _edustream_enrollment_v1_ListWithdrawalsRequest } from './edustream/enrollment/v1/ListWithdrawalsRequest';
import type { ListWithdrawalsResponse__Input as _edustream_enrollment_v1_ListWithdrawalsResponse__Input, ListWithdrawalsResponse as _edustream_enrollment_v1_ListWithdrawalsResponse } from './edustream/enrollment/v1/ListWithdrawalsResponse';
import type { Meeting__Input as _edustream_enrollment_v1_Meeting__Input, Meeting as _edustream_enrollment_v1_Meeting } from './edustream/enrollment/v1/Meeting';
import type { PlaceHoldRequest__Input as _edustream_enrollment_v1_PlaceHoldRequest__Input, PlaceHoldRequest as _edustream_enrollment_v1_PlaceHoldRequest } from './edustream/enrollment/v1/PlaceHoldRequest';
import type { PlaceHoldResponse__Input as _edustream_enrollment_v1_PlaceHoldResponse__Input, PlaceHoldResponse as _edustream_enrollment_v1_PlaceHoldResponse } from './edustream/enrollment/v1/PlaceHoldResponse';
import type { RegistrationSummary__Input as _edustream_enrollment_v1_RegistrationSummary__Input, RegistrationSummary as _edustream_enrollment_v1_RegistrationSummary } from './edustream/enrollment/v1/RegistrationSummary';
import type { RegistrationWindow__Input as _edustream_enrollment_v1_RegistrationWindow__Input, RegistrationWindow as _edustream_enrollment_v1_RegistrationWindow } from './edustream/enrollment/v1/RegistrationWindow';
import type { RevokeCalendarFeedRequest__Input as _edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, RevokeCalendarFeedRequest as _edustream_enrollment_v1_RevokeCalendarFeedRequest } from './edustream/enrollment/v1/RevokeCalendarFeedRequest';
import type { RevokeCalendarFeedResponse__Input as _edustream_enrollment_v1_RevokeCalendarFeedResponse__Input, RevokeCalendarFeedResponse as _edustream_enrollment_v1_RevokeCalendarFeedResponse } from './edustream/enrollment/v1/RevokeCalendarFeedResponse';
import type { RosterEntry__Input as _edustream_enrollment_v1_RosterEntry__Input, RosterEntry as _edustream_enrollment_v1_RosterEntry } from './edustream/enrollment/v1/RosterEntry';
import type { RosterSize__Input as _edustream_enrollment_v1_RosterSize__Input, RosterSize as _edustream_enrollment_v1_RosterSize } from './edustream/enrollment/v1/RosterSize';
import type { ScheduleSummary__Input as _edustream_enrollment_v1_ScheduleSummary__Input, ScheduleSummary as _edustream_enrollment_v1_ScheduleSummary } from './edustream/enrollment/v1/ScheduleSummary';
import type { SectionSeats__Input as _edustream_enrollment_v1_SectionSeats__Input, SectionSeats as _edustream_enrollment_v1_SectionSeats } from './edustream/enrollment/v1/SectionSeats';
import type { SectionSummary__Input as _edustream_enrollment_v1_SectionSummary__Input, SectionSummary as _edustream_enrollment_v1_SectionSummary } from './edustream/enrollment/v1/SectionSummary';
import type { WaitlistSkip__Input as _edustream_enrollment_v1_WaitlistSkip__Input, WaitlistSkip as _edustream_enrollment_v1_WaitlistSkip } from './edustream/enrollment/v1/WaitlistSkip';
import type { Withdrawal__Input as _edustream_enrollment_v1_Withdrawal__Input, Withdrawal as _edustream_enrollment_v1_Withdrawal } from './edustream/enrollment/v1/Withdrawal';
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
    enrollment: {
      v1: {
        ApplyCatalogEventsRequest: MessageTypeDefinition<_edustream_enrollment_v1_ApplyCatalogEventsRequest__Input, _edustream_enrollment_v1_ApplyCatalogEventsRequest>
        ApplyCatalogEventsResponse: MessageTypeDefinition<_edustream_enrollment_v1_ApplyCatalogEventsResponse__Input, _edustream_enrollment_v1_ApplyCatalogEventsResponse>
        AppointmentGroup: MessageTypeDefinition<_edustream_enrollment_v1_AppointmentGroup__Input, _edustream_enrollment_v1_AppointmentGroup>
        AssignAppointmentsRequest: MessageTypeDefinition<_edustream_enrollment_v1_AssignAppointmentsRequest__Input, _edustream_enrollment_v1_AssignAppointmentsRequest>
        AssignAppointmentsResponse: MessageTypeDefinition<_edustream_enrollment_v1_AssignAppointmentsResponse__Input, _edustream_enrollment_v1_AssignAppointmentsResponse>
        BatchGetRosterSizesRequest: MessageTypeDefinition<_edustream_enrollment_v1_BatchGetRosterSizesRequest__Input, _edustream_enrollment_v1_BatchGetRosterSizesRequest>
        BatchGetRosterSizesResponse: MessageTypeDefinition<_edustream_enrollment_v1_BatchGetRosterSizesResponse__Input, _edustream_enrollment_v1_BatchGetRosterSizesResponse>
        CalendarTerm: MessageTypeDefinition<_edustream_enrollment_v1_CalendarTerm__Input, _edustream_enrollment_v1_CalendarTerm>
        CatalogEventOutcome: MessageTypeDefinition<_edustream_enrollment_v1_CatalogEventOutcome__Input, _edustream_enrollment_v1_CatalogEventOutcome>
        CreateAppointmentGroupRequest: MessageTypeDefinition<_edustream_enrollment_v1_CreateAppointmentGroupRequest__Input, _edustream_enrollment_v1_CreateAppointmentGroupRequest>
        CreateAppointmentGroupResponse: MessageTypeDefinition<_edustream_enrollment_v1_CreateAppointmentGroupResponse__Input, _edustream_enrollment_v1_CreateAppointmentGroupResponse>
        CreateCalendarFeedRequest: MessageTypeDefinition<_edustream_enrollment_v1_CreateCalendarFeedRequest__Input, _edustream_enrollment_v1_CreateCalendarFeedRequest>
        CreateCalendarFeedResponse: MessageTypeDefinition<_edustream_enrollment_v1_CreateCalendarFeedResponse__Input, _edustream_enrollment_v1_CreateCalendarFeedResponse>
        DeleteAppointmentGroupRequest: MessageTypeDefinition<_edustream_enrollment_v1_DeleteAppointmentGroupRequest__Input, _edustream_enrollment_v1_DeleteAppointmentGroupRequest>
        DeleteAppointmentGroupResponse: MessageTypeDefinition<_edustream_enrollment_v1_DeleteAppointmentGroupResponse__Input, _edustream_enrollment_v1_DeleteAppointmentGroupResponse>
        DropRequest: MessageTypeDefinition<_edustream_enrollment_v1_DropRequest__Input, _edustream_enrollment_v1_DropRequest>
        DropResponse: MessageTypeDefinition<_edustream_enrollment_v1_DropResponse__Input, _edustream_enrollment_v1_DropResponse>
        EnrollRequest: MessageTypeDefinition<_edustream_enrollment_v1_EnrollRequest__Input, _edustream_enrollment_v1_EnrollRequest>
        EnrollResponse: MessageTypeDefinition<_edustream_enrollment_v1_EnrollResponse__Input, _edustream_enrollment_v1_EnrollResponse>
        Enrollment: MessageTypeDefinition<_edustream_enrollment_v1_Enrollment__Input, _edustream_enrollment_v1_Enrollment>
        EnrollmentRecord: MessageTypeDefinition<_edustream_enrollment_v1_EnrollmentRecord__Input, _edustream_enrollment_v1_EnrollmentRecord>
        EnrollmentService: SubtypeConstructor<typeof grpc.Client, _edustream_enrollment_v1_EnrollmentServiceClient> & { service: _edustream_enrollment_v1_EnrollmentServiceDefinition }
        EnrollmentStatus: EnumTypeDefinition
        FinalizeRosterRequest: MessageTypeDefinition<_edustream_enrollment_v1_FinalizeRosterRequest__Input, _edustream_enrollment_v1_FinalizeRosterRequest>
        FinalizeRosterResponse: MessageTypeDefinition<_edustream_enrollment_v1_FinalizeRosterResponse__Input, _edustream_enrollment_v1_FinalizeRosterResponse>
        GetCalendarByFeedRequest: MessageTypeDefinition<_edustream_enrollment_v1_GetCalendarByFeedRequest__Input, _edustream_enrollment_v1_GetCalendarByFeedRequest>
        GetCalendarFeedRequest: MessageTypeDefinition<_edustream_enrollment_v1_GetCalendarFeedRequest__Input, _edustream_enrollment_v1_GetCalendarFeedRequest>
        GetCalendarFeedResponse: MessageTypeDefinition<_edustream_enrollment_v1_GetCalendarFeedResponse__Input, _edustream_enrollment_v1_GetCalendarFeedResponse>
        GetCalendarRequest: MessageTypeDefinition<_edustream_enrollment_v1_GetCalendarRequest__Input, _edustream_enrollment_v1_GetCalendarRequest>
        GetCalendarResponse: MessageTypeDefinition<_edustream_enrollment_v1_GetCalendarResponse__Input, _edustream_enrollment_v1_GetCalendarResponse>
        GetRegistrationSummaryRequest: MessageTypeDefinition<_edustream_enrollment_v1_GetRegistrationSummaryRequest__Input, _edustream_enrollment_v1_GetRegistrationSummaryRequest>
        GetRegistrationSummaryResponse: MessageTypeDefinition<_edustream_enrollment_v1_GetRegistrationSummaryResponse__Input, _edustream_enrollment_v1_GetRegistrationSummaryResponse>
        GetRosterRequest: MessageTypeDefinition<_edustream_enrollment_v1_GetRosterRequest__Input, _edustream_enrollment_v1_GetRosterRequest>
        GetRosterResponse: MessageTypeDefinition<_edustream_enrollment_v1_GetRosterResponse__Input, _edustream_enrollment_v1_GetRosterResponse>
        Hold: MessageTypeDefinition<_edustream_enrollment_v1_Hold__Input, _edustream_enrollment_v1_Hold>
        LiftHoldRequest: MessageTypeDefinition<_edustream_enrollment_v1_LiftHoldRequest__Input, _edustream_enrollment_v1_LiftHoldRequest>
        LiftHoldResponse: MessageTypeDefinition<_edustream_enrollment_v1_LiftHoldResponse__Input, _edustream_enrollment_v1_LiftHoldResponse>
        ListAppointmentGroupsRequest: MessageTypeDefinition<_edustream_enrollment_v1_ListAppointmentGroupsRequest__Input, _edustream_enrollment_v1_ListAppointmentGroupsRequest>
        ListAppointmentGroupsResponse: MessageTypeDefinition<_edustream_enrollment_v1_ListAppointmentGroupsResponse__Input, _edustream_enrollment_v1_ListAppointmentGroupsResponse>
        ListEnrollmentsRequest: MessageTypeDefinition<_edustream_enrollment_v1_ListEnrollmentsRequest__Input, _edustream_enrollment_v1_ListEnrollmentsRequest>
        ListEnrollmentsResponse: MessageTypeDefinition<_edustream_enrollment_v1_ListEnrollmentsResponse__Input, _edustream_enrollment_v1_ListEnrollmentsResponse>
        ListHoldsRequest: MessageTypeDefinition<_edustream_enrollment_v1_ListHoldsRequest__Input, _edustream_enrollment_v1_ListHoldsRequest>
        ListHoldsResponse: MessageTypeDefinition<_edustream_enrollment_v1_ListHoldsResponse__Input, _edustream_enrollment_v1_ListHoldsResponse>
        ListMyEnrollmentsRequest: MessageTypeDefinition<_edustream_enrollment_v1_ListMyEnrollmentsRequest__Input, _edustream_enrollment_v1_ListMyEnrollmentsRequest>
        ListMyEnrollmentsResponse: MessageTypeDefinition<_edustream_enrollment_v1_ListMyEnrollmentsResponse__Input, _edustream_enrollment_v1_ListMyEnrollmentsResponse>
        ListWithdrawalsRequest: MessageTypeDefinition<_edustream_enrollment_v1_ListWithdrawalsRequest__Input, _edustream_enrollment_v1_ListWithdrawalsRequest>
        ListWithdrawalsResponse: MessageTypeDefinition<_edustream_enrollment_v1_ListWithdrawalsResponse__Input, _edustream_enrollment_v1_ListWithdrawalsResponse>
        Meeting: MessageTypeDefinition<_edustream_enrollment_v1_Meeting__Input, _edustream_enrollment_v1_Meeting>
        PlaceHoldRequest: MessageTypeDefinition<_edustream_enrollment_v1_PlaceHoldRequest__Input, _edustream_enrollment_v1_PlaceHoldRequest>
        PlaceHoldResponse: MessageTypeDefinition<_edustream_enrollment_v1_PlaceHoldResponse__Input, _edustream_enrollment_v1_PlaceHoldResponse>
        RegistrationSummary: MessageTypeDefinition<_edustream_enrollment_v1_RegistrationSummary__Input, _edustream_enrollment_v1_RegistrationSummary>
        RegistrationWindow: MessageTypeDefinition<_edustream_enrollment_v1_RegistrationWindow__Input, _edustream_enrollment_v1_RegistrationWindow>
        RevokeCalendarFeedRequest: MessageTypeDefinition<_edustream_enrollment_v1_RevokeCalendarFeedRequest__Input, _edustream_enrollment_v1_RevokeCalendarFeedRequest>
        RevokeCalendarFeedResponse: MessageTypeDefinition<_edustream_enrollment_v1_RevokeCalendarFeedResponse__Input, _edustream_enrollment_v1_RevokeCalendarFeedResponse>
        RosterEntry: MessageTypeDefinition<_edustream_enrollment_v1_RosterEntry__Input, _edustream_enrollment_v1_RosterEntry>
        RosterSize: MessageTypeDefinition<_edustream_enrollment_v1_RosterSize__Input, _edustream_enrollment_v1_RosterSize>
        ScheduleSummary: MessageTypeDefinition<_edustream_enrollment_v1_ScheduleSummary__Input, _edustream_enrollment_v1_ScheduleSummary>
        SectionSeats: MessageTypeDefinition<_edustream_enrollment_v1_SectionSeats__Input, _edustream_enrollment_v1_SectionSeats>
        SectionSummary: MessageTypeDefinition<_edustream_enrollment_v1_SectionSummary__Input, _edustream_enrollment_v1_SectionSummary>
        WaitlistSkip: MessageTypeDefinition<_edustream_enrollment_v1_WaitlistSkip__Input, _edustream_enrollment_v1_WaitlistSkip>
        Withdrawal: MessageTypeDefinition<_edustream_enrollment_v1_Withdrawal__Input, _edustream_enrollment_v1_Withdrawal>
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

