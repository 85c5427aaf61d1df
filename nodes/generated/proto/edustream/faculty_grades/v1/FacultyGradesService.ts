// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetGradeDistributionRequest__Input as _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, GetGradeDistributionRequest as _edustream_faculty_grades_v1_GetGradeDistributionRequest } from '../../../edustream/faculty_grades/v1/GetGradeDistributionRequest';
import type { GetGradeDistributionResponse__Input as _edustream_faculty_grades_v1_GetGradeDistributionResponse__Input, GetGradeDistributionResponse as _edustream_faculty_grades_v1_GetGradeDistributionResponse } from '../../../edustream/faculty_grades/v1/GetGradeDistributionResponse';
import type { GetGradeHistoryRequest__Input as _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, GetGradeHistoryRequest as _edustream_faculty_grades_v1_GetGradeHistoryRequest } from '../../../edustream/faculty_grades/v1/GetGradeHistoryRequest';
import type { GetGradeHistoryResponse__Input as _edustream_faculty_grades_v1_GetGradeHistoryResponse__Input, GetGradeHistoryResponse as _edustream_faculty_grades_v1_GetGradeHistoryResponse } from '../../../edustream/faculty_grades/v1/GetGradeHistoryResponse';
import type { GetGradeSheetRequest__Input as _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, GetGradeSheetRequest as _edustream_faculty_grades_v1_GetGradeSheetRequest } from '../../../edustream/faculty_grades/v1/GetGradeSheetRequest';
import type { GetGradeSheetResponse__Input as _edustream_faculty_grades_v1_GetGradeSheetResponse__Input, GetGradeSheetResponse as _edustream_faculty_grades_v1_GetGradeSheetResponse } from '../../../edustream/faculty_grades/v1/GetGradeSheetResponse';
import type { ImportGradesRequest__Input as _edustream_faculty_grades_v1_ImportGradesRequest__Input, ImportGradesRequest as _edustream_faculty_grades_v1_ImportGradesRequest } from '../../../edustream/faculty_grades/v1/ImportGradesRequest';
import type { ImportGradesResponse__Input as _edustream_faculty_grades_v1_ImportGradesResponse__Input, ImportGradesResponse as _edustream_faculty_grades_v1_ImportGradesResponse } from '../../../edustream/faculty_grades/v1/ImportGradesResponse';
import type { ListMySectionsRequest__Input as _edustream_faculty_grades_v1_ListMySectionsRequest__Input, ListMySectionsRequest as _edustream_faculty_grades_v1_ListMySectionsRequest } from '../../../edustream/faculty_grades/v1/ListMySectionsRequest';
import type { ListMySectionsResponse__Input as _edustream_faculty_grades_v1_ListMySectionsResponse__Input, ListMySectionsResponse as _edustream_faculty_grades_v1_ListMySectionsResponse } from '../../../edustream/faculty_grades/v1/ListMySectionsResponse';
import type { ReleaseGradesRequest__Input as _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, ReleaseGradesRequest as _edustream_faculty_grades_v1_ReleaseGradesRequest } from '../../../edustream/faculty_grades/v1/ReleaseGradesRequest';
import type { ReleaseGradesResponse__Input as _edustream_faculty_grades_v1_ReleaseGradesResponse__Input, ReleaseGradesResponse as _edustream_faculty_grades_v1_ReleaseGradesResponse } from '../../../edustream/faculty_grades/v1/ReleaseGradesResponse';
import type { SetGradeRequest__Input as _edustream_faculty_grades_v1_SetGradeRequest__Input, SetGradeRequest as _edustream_faculty_grades_v1_SetGradeRequest } from '../../../edustream/faculty_grades/v1/SetGradeRequest';
import type { SetGradeResponse__Input as _edustream_faculty_grades_v1_SetGradeResponse__Input, SetGradeResponse as _edustream_faculty_grades_v1_SetGradeResponse } from '../../../edustream/faculty_grades/v1/SetGradeResponse';

export interface FacultyGradesServiceClient extends grpc.Client {
  GetGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  GetGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  GetGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  GetGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  getGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  getGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  getGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  getGradeDistribution(argument: _edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeDistributionResponse>): grpc.ClientUnaryCall;
  
  GetGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  GetGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  GetGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  GetGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  getGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  getGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  getGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  getGradeHistory(argument: _edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeHistoryResponse>): grpc.ClientUnaryCall;
  
  GetGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  GetGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  GetGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  GetGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  getGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  getGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  getGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  getGradeSheet(argument: _edustream_faculty_grades_v1_GetGradeSheetRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_GetGradeSheetResponse>): grpc.ClientUnaryCall;
  
  ImportGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  ImportGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  ImportGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  ImportGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  importGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  importGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  importGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  importGrades(argument: _edustream_faculty_grades_v1_ImportGradesRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ImportGradesResponse>): grpc.ClientUnaryCall;
  
  ListMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  ListMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  ListMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  ListMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  listMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  listMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  listMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  listMySections(argument: _edustream_faculty_grades_v1_ListMySectionsRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ListMySectionsResponse>): grpc.ClientUnaryCall;
  
  ReleaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  ReleaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  ReleaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  ReleaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  releaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  releaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  releaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  releaseGrades(argument: _edustream_faculty_grades_v1_ReleaseGradesRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_ReleaseGradesResponse>): grpc.ClientUnaryCall;
  
  SetGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  SetGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  SetGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  SetGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  setGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  setGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  setGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  setGrade(argument: _edustream_faculty_grades_v1_SetGradeRequest__Input, callback: grpc.requestCallback<_edustream_faculty_grades_v1_SetGradeResponse>): grpc.ClientUnaryCall;
  
}

export interface FacultyGradesServiceHandlers extends grpc.UntypedServiceImplementation {
  GetGradeDistribution: grpc.handleUnaryCall<_edustream_faculty_grades_v1_GetGradeDistributionRequest, _edustream_faculty_grades_v1_GetGradeDistributionResponse__Input>;
  
  GetGradeHistory: grpc.handleUnaryCall<_edustream_faculty_grades_v1_GetGradeHistoryRequest, _edustream_faculty_grades_v1_GetGradeHistoryResponse__Input>;
  
  GetGradeSheet: grpc.handleUnaryCall<_edustream_faculty_grades_v1_GetGradeSheetRequest, _edustream_faculty_grades_v1_GetGradeSheetResponse__Input>;
  
  ImportGrades: grpc.handleUnaryCall<_edustream_faculty_grades_v1_ImportGradesRequest, _edustream_faculty_grades_v1_ImportGradesResponse__Input>;
  
  ListMySections: grpc.handleUnaryCall<_edustream_faculty_grades_v1_ListMySectionsRequest, _edustream_faculty_grades_v1_ListMySectionsResponse__Input>;
  
  ReleaseGrades: grpc.handleUnaryCall<_edustream_faculty_grades_v1_ReleaseGradesRequest, _edustream_faculty_grades_v1_ReleaseGradesResponse__Input>;
  
  SetGrade: grpc.handleUnaryCall<_edustream_faculty_grades_v1_SetGradeRequest, _edustream_faculty_grades_v1_SetGradeResponse__Input>;
  
}

export interface FacultyGradesServiceDefinition extends grpc.ServiceDefinition {
  GetGradeDistribution: MethodDefinition<_edustream_faculty_grades_v1_GetGradeDistributionRequest__Input, _edustream_faculty_grades_v1_GetGradeDistributionResponse__Input, _edustream_faculty_grades_v1_GetGradeDistributionRequest, _edustream_faculty_grades_v1_GetGradeDistributionResponse>
  GetGradeHistory: MethodDefinition<_edustream_faculty_grades_v1_GetGradeHistoryRequest__Input, _edustream_faculty_grades_v1_GetGradeHistoryResponse__Input, _edustream_faculty_grades_v1_GetGradeHistoryRequest, _edustream_faculty_grades_v1_GetGradeHistoryResponse>
  GetGradeSheet: MethodDefinition<_edustream_faculty_grades_v1_GetGradeSheetRequest__Input, _edustream_faculty_grades_v1_GetGradeSheetResponse__Input, _edustream_faculty_grades_v1_GetGradeSheetRequest, _edustream_faculty_grades_v1_GetGradeSheetResponse>
  ImportGrades: MethodDefinition<_edustream_faculty_grades_v1_ImportGradesRequest__Input, _edustream_faculty_grades_v1_ImportGradesResponse__Input, _edustream_faculty_grades_v1_ImportGradesRequest, _edustream_faculty_grades_v1_ImportGradesResponse>
  ListMySections: MethodDefinition<_edustream_faculty_grades_v1_ListMySectionsRequest__Input, _edustream_faculty_grades_v1_ListMySectionsResponse__Input, _edustream_faculty_grades_v1_ListMySectionsRequest, _edustream_faculty_grades_v1_ListMySectionsResponse>
  ReleaseGrades: MethodDefinition<_edustream_faculty_grades_v1_ReleaseGradesRequest__Input, _edustream_faculty_grades_v1_ReleaseGradesResponse__Input, _edustream_faculty_grades_v1_ReleaseGradesRequest, _edustream_faculty_grades_v1_ReleaseGradesResponse>
  SetGrade: MethodDefinition<_edustream_faculty_grades_v1_SetGradeRequest__Input, _edustream_faculty_grades_v1_SetGradeResponse__Input, _edustream_faculty_grades_v1_SetGradeRequest, _edustream_faculty_grades_v1_SetGradeResponse>
}
