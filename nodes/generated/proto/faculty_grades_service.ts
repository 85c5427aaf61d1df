import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { FacultyGradesServiceClient as _edustream_faculty_grades_v1_FacultyGradesServiceClient, FacultyGradesServiceDefinition as _edustream_faculty_grades_v1_FacultyGradesServiceDefinition } from './edustream/faculty_grades/v1/FacultyGradesService';
import type { GetGradeDistributionRequest__Input as _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, GetGradeDistributionRequest as _edustream_faculty_grades_v1_GetGradeDistributionRequest } from './edustream/faculty_grades/v1/GetGradeDistributionRequest';
import type { GetGradeDistributionResponse__Input as _edustream_faculty_grades_v1_GetGradeDistributionResponse__Input, GetGradeDistributionResponse as _edustream_faculty_grades_v1_GetGradeDistributionResponse } from './edustream/faculty_grades/v1/GetGradeDistributionResponse';
import type { GetGradeHistoryRequest__Input as _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, GetGradeHistoryRequest as _edustream_faculty_grades_v1_GetGradeHistoryRequest } from './edustream/faculty_grades/v1/GetGradeHistoryRequest';
import type { GetGradeHistoryResponse__Input as _edustream_faculty_grades_v1_GetGradeHistoryResponse__Input, GetGradeHistoryResponse as _edustream_faculty_grades_v1_GetGradeHistoryResponse } from './edustream/faculty_grades/v1/GetGradeHistoryResponse';
import type { GetGradeSheetRequest__Input as _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, GetGradeSheetRequest as _edustream_faculty_grades_v1_GetGradeSheetRequest } from './edustream/faculty_grades/v1/GetGradeSheetRequest';
import type { GetGradeSheetResponse__Input as _edustream_faculty_grades_v1_GetGradeSheetResponse__Input, GetGradeSheetResponse as _edustream_faculty_grades_v1_GetGradeSheetResponse } from './edustream/faculty_grades/v1/GetGradeSheetResponse';
import type { GradeChange__Input as _edustream_faculty_grades_v1_GradeChange__Input, GradeChange as _edustream_faculty_grades_v1_GradeChange } from './edustream/faculty_grades/v1/GradeChange';
import type { GradeCount__Input as _edustream_faculty_grades_v1_GradeCount__Input, GradeCount as _edustream_faculty_grades_v1_GradeCount } from './edustream/faculty_grades/v1/GradeCount';
import type { GradeRow__Input as _edustream_faculty_grades_v1_GradeRow__Input, GradeRow as _edustream_faculty_grades_v1_GradeRow } from './edustream/faculty_grades/v1/GradeRow';
import type { ImportGradesRequest__Input as _edustream_faculty_grades_v1_ImportGradesRequest__Input, ImportGradesRequest as _edustream_faculty_grades_v1_ImportGradesRequest } from './edustream/faculty_grades/v1/ImportGradesRequest';
import type { ImportGradesResponse__Input as _edustream_faculty_grades_v1_ImportGradesResponse__Input, ImportGradesResponse as _edustream_faculty_grades_v1_ImportGradesResponse } from './edustream/faculty_grades/v1/ImportGradesResponse';
import type { ImportRow__Input as _edustream_faculty_grades_v1_ImportRow__Input, ImportRow as _edustream_faculty_grades_v1_ImportRow } from './edustream/faculty_grades/v1/ImportRow';
import type { ListMySectionsRequest__Input as _edustream_faculty_grades_v1_ListMySectionsRequest__Input, ListMySectionsRequest as _edustream_faculty_grades_v1_ListMySectionsRequest } from './edustream/faculty_grades/v1/ListMySectionsRequest';
import type { ListMySectionsResponse__Input as _edustream_faculty_grades_v1_ListMySectionsResponse__Input, ListMySectionsResponse as _edustream_faculty_grades_v1_ListMySectionsResponse } from './edustream/faculty_grades/v1/ListMySectionsResponse';
import type { ReleaseGradesRequest__Input as _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, ReleaseGradesRequest as _edustream_faculty_grades_v1_ReleaseGradesRequest } from './edustream/faculty_grades/v1/ReleaseGradesRequest';
import type { ReleaseGradesResponse__Input as _edustream_faculty_grades_v1_ReleaseGradesResponse__Input, ReleaseGradesResponse as _edustream_faculty_grades_v1_ReleaseGradesResponse } from './edustream/faculty_grades/v1/ReleaseGradesResponse';
import type { SetGradeRequest__Input as _edustream_faculty_grades_v1_SetGradeRequest__Input, SetGradeRequest as _edustream_faculty_grades_v1_SetGradeRequest } from './edustream/faculty_grades/v1/SetGradeRequest';
import type { SetGradeResponse__Input as _edustream_faculty_grades_v1_SetGradeResponse__Input, SetGradeResponse as _edustream_faculty_grades_v1_SetGradeResponse } from './edustream/faculty_grades/v1/SetGradeResponse';
import type { TaughtSection__Input as _edustream_faculty_grades_v1_TaughtSection__Input, TaughtSection as _edustream_faculty_grades_v1_TaughtSection } from './edustream/faculty_grades/v1/TaughtSection';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  edustream: {
    faculty_grades: {
      v1: {
        FacultyGradesService: SubtypeConstructor<typeof grpc.Client, _edustream_faculty_grades_v1_FacultyGradesServiceClient> & { service: _edustream_faculty_grades_v1_FacultyGradesServiceDefinition }
        GetGradeDistributionRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, _edustream_faculty_grades_v1_GetGradeDistributionRequest>
        GetGradeDistributionResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_GetGradeDistributionResponse__Input, _edustream_faculty_grades_v1_GetGradeDistributionResponse>
        GetGradeHistoryRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, _edustream_faculty_grades_v1_GetGradeHistoryRequest>
        GetGradeHistoryResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_GetGradeHistoryResponse__Input, _edustream_faculty_grades_v1_GetGradeHistoryResponse>
        GetGradeSheetRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_GetGradeSheetRequest__Input, _edustream_faculty_grades_v1_GetGradeSheetRequest>
        GetGradeSheetResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_GetGradeSheetResponse__Input, _edustream_faculty_grades_v1_GetGradeSheetResponse>
        GradeChange: MessageTypeDefinition<_edustream_faculty_grades_v1_GradeChange__Input, _edustream_faculty_grades_v1_GradeChange>
        GradeCount: MessageTypeDefinition<_edustream_faculty_grades_v1_GradeCount__Input, _edustream_faculty_grades_v1_GradeCount>
        GradeRow: MessageTypeDefinition<_edustream_faculty_grades_v1_GradeRow__Input, _edustream_faculty_grades_v1_GradeRow>
        GradeState: EnumTypeDefinition
        ImportGradesRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_ImportGradesRequest__Input, _edustream_faculty_grades_v1_ImportGradesRequest>
        ImportGradesResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_ImportGradesResponse__Input, _edustream_faculty_grades_v1_ImportGradesResponse>
        ImportOutcome: EnumTypeDefinition
        ImportRow: MessageTypeDefinition<_edustream_faculty_grades_v1_ImportRow__Input, _edustream_faculty_grades_v1_ImportRow>
        ListMySectionsRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_ListMySectionsRequest__Input, _edustream_faculty_grades_v1_ListMySectionsRequest>
        ListMySectionsResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_ListMySectionsResponse__Input, _edustream_faculty_grades_v1_ListMySectionsResponse>
        ReleaseGradesRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_ReleaseGradesRequest__Input, _edustream_faculty_grades_v1_ReleaseGradesRequest>
        ReleaseGradesResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_ReleaseGradesResponse__Input, _edustream_faculty_grades_v1_ReleaseGradesResponse>
        SetGradeRequest: MessageTypeDefinition<_edustream_faculty_grades_v1_SetGradeRequest__Input, _edustream_faculty_grades_v1_SetGradeRequest>
        SetGradeResponse: MessageTypeDefinition<_edustream_faculty_grades_v1_SetGradeResponse__Input, _edustream_faculty_grades_v1_SetGradeResponse>
        TaughtSection: MessageTypeDefinition<_edustream_faculty_grades_v1_TaughtSection__Input, _edustream_faculty_grades_v1_TaughtSection>
      }
    }
  }
}

