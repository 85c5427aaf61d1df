// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { BatchGetSectionsRequest__Input as _edustream_course_v1_BatchGetSectionsRequest__Input, BatchGetSectionsRequest as _edustream_course_v1_BatchGetSectionsRequest } from '../../../edustream/course/v1/BatchGetSectionsRequest';
import type { BatchGetSectionsResponse__Input as _edustream_course_v1_BatchGetSectionsResponse__Input, BatchGetSectionsResponse as _edustream_course_v1_BatchGetSectionsResponse } from '../../../edustream/course/v1/BatchGetSectionsResponse';
import type { CancelSectionRequest__Input as _edustream_course_v1_CancelSectionRequest__Input, CancelSectionRequest as _edustream_course_v1_CancelSectionRequest } from '../../../edustream/course/v1/CancelSectionRequest';
import type { CancelSectionResponse__Input as _edustream_course_v1_CancelSectionResponse__Input, CancelSectionResponse as _edustream_course_v1_CancelSectionResponse } from '../../../edustream/course/v1/CancelSectionResponse';
import type { CreateCourseRequest__Input as _edustream_course_v1_CreateCourseRequest__Input, CreateCourseRequest as _edustream_course_v1_CreateCourseRequest } from '../../../edustream/course/v1/CreateCourseRequest';
import type { CreateCourseResponse__Input as _edustream_course_v1_CreateCourseResponse__Input, CreateCourseResponse as _edustream_course_v1_CreateCourseResponse } from '../../../edustream/course/v1/CreateCourseResponse';
import type { CreateSectionRequest__Input as _edustream_course_v1_CreateSectionRequest__Input, CreateSectionRequest as _edustream_course_v1_CreateSectionRequest } from '../../../edustream/course/v1/CreateSectionRequest';
import type { CreateSectionResponse__Input as _edustream_course_v1_CreateSectionResponse__Input, CreateSectionResponse as _edustream_course_v1_CreateSectionResponse } from '../../../edustream/course/v1/CreateSectionResponse';
import type { CreateTermRequest__Input as _edustream_course_v1_CreateTermRequest__Input, CreateTermRequest as _edustream_course_v1_CreateTermRequest } from '../../../edustream/course/v1/CreateTermRequest';
import type { CreateTermResponse__Input as _edustream_course_v1_CreateTermResponse__Input, CreateTermResponse as _edustream_course_v1_CreateTermResponse } from '../../../edustream/course/v1/CreateTermResponse';
import type { DeleteTermRequest__Input as _edustream_course_v1_DeleteTermRequest__Input, DeleteTermRequest as _edustream_course_v1_DeleteTermRequest } from '../../../edustream/course/v1/DeleteTermRequest';
import type { DeleteTermResponse__Input as _edustream_course_v1_DeleteTermResponse__Input, DeleteTermResponse as _edustream_course_v1_DeleteTermResponse } from '../../../edustream/course/v1/DeleteTermResponse';
import type { GetCatalogVersionRequest__Input as _edustream_course_v1_GetCatalogVersionRequest__Input, GetCatalogVersionRequest as _edustream_course_v1_GetCatalogVersionRequest } from '../../../edustream/course/v1/GetCatalogVersionRequest';
import type { GetCatalogVersionResponse__Input as _edustream_course_v1_GetCatalogVersionResponse__Input, GetCatalogVersionResponse as _edustream_course_v1_GetCatalogVersionResponse } from '../../../edustream/course/v1/GetCatalogVersionResponse';
import type { GetCourseRequest__Input as _edustream_course_v1_GetCourseRequest__Input, GetCourseRequest as _edustream_course_v1_GetCourseRequest } from '../../../edustream/course/v1/GetCourseRequest';
import type { GetCourseResponse__Input as _edustream_course_v1_GetCourseResponse__Input, GetCourseResponse as _edustream_course_v1_GetCourseResponse } from '../../../edustream/course/v1/GetCourseResponse';
import type { GetSectionRequest__Input as _edustream_course_v1_GetSectionRequest__Input, GetSectionRequest as _edustream_course_v1_GetSectionRequest } from '../../../edustream/course/v1/GetSectionRequest';
import type { GetSectionResponse__Input as _edustream_course_v1_GetSectionResponse__Input, GetSectionResponse as _edustream_course_v1_GetSectionResponse } from '../../../edustream/course/v1/GetSectionResponse';
import type { GetTermRequest__Input as _edustream_course_v1_GetTermRequest__Input, GetTermRequest as _edustream_course_v1_GetTermRequest } from '../../../edustream/course/v1/GetTermRequest';
import type { GetTermResponse__Input as _edustream_course_v1_GetTermResponse__Input, GetTermResponse as _edustream_course_v1_GetTermResponse } from '../../../edustream/course/v1/GetTermResponse';
import type { ListAuditEventsRequest__Input as _edustream_course_v1_ListAuditEventsRequest__Input, ListAuditEventsRequest as _edustream_course_v1_ListAuditEventsRequest } from '../../../edustream/course/v1/ListAuditEventsRequest';
import type { ListAuditEventsResponse__Input as _edustream_course_v1_ListAuditEventsResponse__Input, ListAuditEventsResponse as _edustream_course_v1_ListAuditEventsResponse } from '../../../edustream/course/v1/ListAuditEventsResponse';
import type { ListDepartmentsRequest__Input as _edustream_course_v1_ListDepartmentsRequest__Input, ListDepartmentsRequest as _edustream_course_v1_ListDepartmentsRequest } from '../../../edustream/course/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse__Input as _edustream_course_v1_ListDepartmentsResponse__Input, ListDepartmentsResponse as _edustream_course_v1_ListDepartmentsResponse } from '../../../edustream/course/v1/ListDepartmentsResponse';
import type { ListSectionsRequest__Input as _edustream_course_v1_ListSectionsRequest__Input, ListSectionsRequest as _edustream_course_v1_ListSectionsRequest } from '../../../edustream/course/v1/ListSectionsRequest';
import type { ListSectionsResponse__Input as _edustream_course_v1_ListSectionsResponse__Input, ListSectionsResponse as _edustream_course_v1_ListSectionsResponse } from '../../../edustream/course/v1/ListSectionsResponse';
import type { ListTermsRequest__Input as _edustream_course_v1_ListTermsRequest__Input, ListTermsRequest as _edustream_course_v1_ListTermsRequest } from '../../../edustream/course/v1/ListTermsRequest';
import type { ListTermsResponse__Input as _edustream_course_v1_ListTermsResponse__Input, ListTermsResponse as _edustream_course_v1_ListTermsResponse } from '../../../edustream/course/v1/ListTermsResponse';
import type { RetireCourseRequest__Input as _edustream_course_v1_RetireCourseRequest__Input, RetireCourseRequest as _edustream_course_v1_RetireCourseRequest } from '../../../edustream/course/v1/RetireCourseRequest';
import type { RetireCourseResponse__Input as _edustream_course_v1_RetireCourseResponse__Input, RetireCourseResponse as _edustream_course_v1_RetireCourseResponse } from '../../../edustream/course/v1/RetireCourseResponse';
import type { SearchCoursesRequest__Input as _edustream_course_v1_SearchCoursesRequest__Input, SearchCoursesRequest as _edustream_course_v1_SearchCoursesRequest } from '../../../edustream/course/v1/SearchCoursesRequest';
import type { SearchCoursesResponse__Input as _edustream_course_v1_SearchCoursesResponse__Input, SearchCoursesResponse as _edustream_course_v1_SearchCoursesResponse } from '../../../edustream/course/v1/SearchCoursesResponse';
import type { UpdateCourseRequest__Input as _edustream_course_v1_UpdateCourseRequest__Input, UpdateCourseRequest as _edustream_course_v1_UpdateCourseRequest } from '../../../edustream/course/v1/UpdateCourseRequest';
import type { UpdateCourseResponse__Input as _edustream_course_v1_UpdateCourseResponse__Input, UpdateCourseResponse as _edustream_course_v1_UpdateCourseResponse } from '../../../edustream/course/v1/UpdateCourseResponse';
import type { UpdateSectionRequest__Input as _edustream_course_v1_UpdateSectionRequest__Input, UpdateSectionRequest as _edustream_course_v1_UpdateSectionRequest } from '../../../edustream/course/v1/UpdateSectionRequest';
import type { UpdateSectionResponse__Input as _edustream_course_v1_UpdateSectionResponse__Input, UpdateSectionResponse as _edustream_course_v1_UpdateSectionResponse } from '../../../edustream/course/v1/UpdateSectionResponse';
import type { UpdateTermRequest__Input as _edustream_course_v1_UpdateTermRequest__Input, UpdateTermRequest as _edustream_course_v1_UpdateTermRequest } from '../../../edustream/course/v1/UpdateTermRequest';
import type { UpdateTermResponse__Input as _edustream_course_v1_UpdateTermResponse__Input, UpdateTermResponse as _edustream_course_v1_UpdateTermResponse } from '../../../edustream/course/v1/UpdateTermResponse';

export interface CourseServiceClient extends grpc.Client {
  BatchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  BatchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  BatchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  BatchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  batchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  batchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  batchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  batchGetSections(argument: _edustream_course_v1_BatchGetSectionsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_BatchGetSectionsResponse>): grpc.ClientUnaryCall;
  
  CancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  CancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  CancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  CancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  cancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  cancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  cancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  cancelSection(argument: _edustream_course_v1_CancelSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CancelSectionResponse>): grpc.ClientUnaryCall;
  
  CreateCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  CreateCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  CreateCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  CreateCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  createCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  createCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  createCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  createCourse(argument: _edustream_course_v1_CreateCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CreateCourseResponse>): grpc.ClientUnaryCall;
  
  CreateSection(argument: _edustream_course_v1_CreateSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  CreateSection(argument: _edustream_course_v1_CreateSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  CreateSection(argument: _edustream_course_v1_CreateSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  CreateSection(argument: _edustream_course_v1_CreateSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  createSection(argument: _edustream_course_v1_CreateSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  createSection(argument: _edustream_course_v1_CreateSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  createSection(argument: _edustream_course_v1_CreateSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  createSection(argument: _edustream_course_v1_CreateSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CreateSectionResponse>): grpc.ClientUnaryCall;
  
  CreateTerm(argument: _edustream_course_v1_CreateTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  CreateTerm(argument: _edustream_course_v1_CreateTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  CreateTerm(argument: _edustream_course_v1_CreateTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  CreateTerm(argument: _edustream_course_v1_CreateTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  createTerm(argument: _edustream_course_v1_CreateTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  createTerm(argument: _edustream_course_v1_CreateTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  createTerm(argument: _edustream_course_v1_CreateTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  createTerm(argument: _edustream_course_v1_CreateTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_CreateTermResponse>): grpc.ClientUnaryCall;
  
  DeleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  DeleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  DeleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  DeleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  deleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  deleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  deleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  deleteTerm(argument: _edustream_course_v1_DeleteTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_DeleteTermResponse>): grpc.ClientUnaryCall;
  
  GetCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  GetCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  GetCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  GetCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  getCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  getCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  getCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  getCatalogVersion(argument: _edustream_course_v1_GetCatalogVersionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetCatalogVersionResponse>): grpc.ClientUnaryCall;
  
  GetCourse(argument: _edustream_course_v1_GetCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  GetCourse(argument: _edustream_course_v1_GetCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  GetCourse(argument: _edustream_course_v1_GetCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  GetCourse(argument: _edustream_course_v1_GetCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  getCourse(argument: _edustream_course_v1_GetCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  getCourse(argument: _edustream_course_v1_GetCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  getCourse(argument: _edustream_course_v1_GetCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  getCourse(argument: _edustream_course_v1_GetCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetCourseResponse>): grpc.ClientUnaryCall;
  
  GetSection(argument: _edustream_course_v1_GetSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  GetSection(argument: _edustream_course_v1_GetSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  GetSection(argument: _edustream_course_v1_GetSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  GetSection(argument: _edustream_course_v1_GetSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  getSection(argument: _edustream_course_v1_GetSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  getSection(argument: _edustream_course_v1_GetSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  getSection(argument: _edustream_course_v1_GetSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  getSection(argument: _edustream_course_v1_GetSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetSectionResponse>): grpc.ClientUnaryCall;
  
  GetTerm(argument: _edustream_course_v1_GetTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  GetTerm(argument: _edustream_course_v1_GetTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  GetTerm(argument: _edustream_course_v1_GetTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  GetTerm(argument: _edustream_course_v1_GetTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  getTerm(argument: _edustream_course_v1_GetTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  getTerm(argument: _edustream_course_v1_GetTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  getTerm(argument: _edustream_course_v1_GetTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  getTerm(argument: _edustream_course_v1_GetTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_GetTermResponse>): grpc.ClientUnaryCall;
  
  ListAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  ListAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  listAuditEvents(argument: _edustream_course_v1_ListAuditEventsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListAuditEventsResponse>): grpc.ClientUnaryCall;
  
  ListDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  ListDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  ListDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  ListDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  listDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  listDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  listDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  listDepartments(argument: _edustream_course_v1_ListDepartmentsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListDepartmentsResponse>): grpc.ClientUnaryCall;
  
  ListSections(argument: _edustream_course_v1_ListSectionsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  ListSections(argument: _edustream_course_v1_ListSectionsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  ListSections(argument: _edustream_course_v1_ListSectionsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  ListSections(argument: _edustream_course_v1_ListSectionsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  listSections(argument: _edustream_course_v1_ListSectionsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  listSections(argument: _edustream_course_v1_ListSectionsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  listSections(argument: _edustream_course_v1_ListSectionsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  listSections(argument: _edustream_course_v1_ListSectionsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListSectionsResponse>): grpc.ClientUnaryCall;
  
  ListTerms(argument: _edustream_course_v1_ListTermsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  ListTerms(argument: _edustream_course_v1_ListTermsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  ListTerms(argument: _edustream_course_v1_ListTermsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  ListTerms(argument: _edustream_course_v1_ListTermsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  listTerms(argument: _edustream_course_v1_ListTermsRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  listTerms(argument: _edustream_course_v1_ListTermsRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  listTerms(argument: _edustream_course_v1_ListTermsRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  listTerms(argument: _edustream_course_v1_ListTermsRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_ListTermsResponse>): grpc.ClientUnaryCall;
  
  RetireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  RetireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  RetireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  RetireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  retireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  retireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  retireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  retireCourse(argument: _edustream_course_v1_RetireCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_RetireCourseResponse>): grpc.ClientUnaryCall;
  
  SearchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  SearchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  SearchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  SearchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  searchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  searchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  searchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  searchCourses(argument: _edustream_course_v1_SearchCoursesRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_SearchCoursesResponse>): grpc.ClientUnaryCall;
  
  UpdateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  UpdateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  UpdateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  UpdateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  updateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  updateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  updateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  updateCourse(argument: _edustream_course_v1_UpdateCourseRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_UpdateCourseResponse>): grpc.ClientUnaryCall;
  
  UpdateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  UpdateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  UpdateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  UpdateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  updateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  updateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  updateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  updateSection(argument: _edustream_course_v1_UpdateSectionRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_UpdateSectionResponse>): grpc.ClientUnaryCall;
  
  UpdateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  UpdateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  UpdateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  UpdateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  updateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  updateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, metadata: grpc.Metadata, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  updateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, options: grpc.CallOptions, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  updateTerm(argument: _edustream_course_v1_UpdateTermRequest__Input, callback: grpc.requestCallback<_edustream_course_v1_UpdateTermResponse>): grpc.ClientUnaryCall;
  
}

export interface CourseServiceHandlers extends grpc.UntypedServiceImplementation {
  BatchGetSections: grpc.handleUnaryCall<_edustream_course_v1_BatchGetSectionsRequest, _edustream_course_v1_BatchGetSectionsResponse__Input>;
  
  CancelSection: grpc.handleUnaryCall<_edustream_course_v1_CancelSectionRequest, _edustream_course_v1_CancelSectionResponse__Input>;
  
  CreateCourse: grpc.handleUnaryCall<_edustream_course_v1_CreateCourseRequest, _edustream_course_v1_CreateCourseResponse__Input>;
  
  CreateSection: grpc.handleUnaryCall<_edustream_course_v1_CreateSectionRequest, _edustream_course_v1_CreateSectionResponse__Input>;
  
  CreateTerm: grpc.handleUnaryCall<_edustream_course_v1_CreateTermRequest, _edustream_course_v1_CreateTermResponse__Input>;
  
  DeleteTerm: grpc.handleUnaryCall<_edustream_course_v1_DeleteTermRequest, _edustream_course_v1_DeleteTermResponse__Input>;
  
  GetCatalogVersion: grpc.handleUnaryCall<_edustream_course_v1_GetCatalogVersionRequest, _edustream_course_v1_GetCatalogVersionResponse__Input>;
  
  GetCourse: grpc.handleUnaryCall<_edustream_course_v1_GetCourseRequest, _edustream_course_v1_GetCourseResponse__Input>;
  
  GetSection: grpc.handleUnaryCall<_edustream_course_v1_GetSectionRequest, _edustream_course_v1_GetSectionResponse__Input>;
  
  GetTerm: grpc.handleUnaryCall<_edustream_course_v1_GetTermRequest, _edustream_course_v1_GetTermResponse__Input>;
  
  ListAuditEvents: grpc.handleUnaryCall<_edustream_course_v1_ListAuditEventsRequest, _edustream_course_v1_ListAuditEventsResponse__Input>;
  
  ListDepartments: grpc.handleUnaryCall<_edustream_course_v1_ListDepartmentsRequest, _edustream_course_v1_ListDepartmentsResponse__Input>;
  
  ListSections: grpc.handleUnaryCall<_edustream_course_v1_ListSectionsRequest, _edustream_course_v1_ListSectionsResponse__Input>;
  
  ListTerms: grpc.handleUnaryCall<_edustream_course_v1_ListTermsRequest, _edustream_course_v1_ListTermsResponse__Input>;
  
  RetireCourse: grpc.handleUnaryCall<_edustream_course_v1_RetireCourseRequest, _edustream_course_v1_RetireCourseResponse__Input>;
  
  SearchCourses: grpc.handleUnaryCall<_edustream_course_v1_SearchCoursesRequest, _edustream_course_v1_SearchCoursesResponse__Input>;
  
  UpdateCourse: grpc.handleUnaryCall<_edustream_course_v1_UpdateCourseRequest, _edustream_course_v1_UpdateCourseResponse__Input>;
  
  UpdateSection: grpc.handleUnaryCall<_edustream_course_v1_UpdateSectionRequest, _edustream_course_v1_UpdateSectionResponse__Input>;
  
  UpdateTerm: grpc.handleUnaryCall<_edustream_course_v1_UpdateTermRequest, _edustream_course_v1_UpdateTermResponse__Input>;
  
}

export interface CourseServiceDefinition extends grpc.ServiceDefinition {
  BatchGetSections: MethodDefinition<_edustream_course_v1_BatchGetSectionsRequest__Input, _edustream_course_v1_BatchGetSectionsResponse__Input, _edustream_course_v1_BatchGetSectionsRequest, _edustream_course_v1_BatchGetSectionsResponse>
  CancelSection: MethodDefinition<_edustream_course_v1_CancelSectionRequest__Input, _edustream_course_v1_CancelSectionResponse__Input, _edustream_course_v1_CancelSectionRequest, _edustream_course_v1_CancelSectionResponse>
  CreateCourse: MethodDefinition<_edustream_course_v1_CreateCourseRequest__Input, _edustream_course_v1_CreateCourseResponse__Input, _edustream_course_v1_CreateCourseRequest, _edustream_course_v1_CreateCourseResponse>
  CreateSection: MethodDefinition<_edustream_course_v1_CreateSectionRequest__Input, _edustream_course_v1_CreateSectionResponse__Input, _edustream_course_v1_CreateSectionRequest, _edustream_course_v1_CreateSectionResponse>
  CreateTerm: MethodDefinition<_edustream_course_v1_CreateTermRequest__Input, _edustream_course_v1_CreateTermResponse__Input, _edustream_course_v1_CreateTermRequest, _edustream_course_v1_CreateTermResponse>
  DeleteTerm: MethodDefinition<_edustream_course_v1_DeleteTermRequest__Input, _edustream_course_v1_DeleteTermResponse__Input, _edustream_course_v1_DeleteTermRequest, _edustream_course_v1_DeleteTermResponse>
  GetCatalogVersion: MethodDefinition<_edustream_course_v1_GetCatalogVersionRequest__Input, _edustream_course_v1_GetCatalogVersionResponse__Input, _edustream_course_v1_GetCatalogVersionRequest, _edustream_course_v1_GetCatalogVersionResponse>
  GetCourse: MethodDefinition<_edustream_course_v1_GetCourseRequest__Input, _edustream_course_v1_GetCourseResponse__Input, _edustream_course_v1_GetCourseRequest, _edustream_course_v1_GetCourseResponse>
  GetSection: MethodDefinition<_edustream_course_v1_GetSectionRequest__Input, _edustream_course_v1_GetSectionResponse__Input, _edustream_course_v1_GetSectionRequest, _edustream_course_v1_GetSectionResponse>
  GetTerm: MethodDefinition<_edustream_course_v1_GetTermRequest__Input, _edustream_course_v1_GetTermResponse__Input, _edustream_course_v1_GetTermRequest, _edustream_course_v1_GetTermResponse>
  ListAuditEvents: MethodDefinition<_edustream_course_v1_ListAuditEventsRequest__Input, _edustream_course_v1_ListAuditEventsResponse__Input, _edustream_course_v1_ListAuditEventsRequest, _edustream_course_v1_ListAuditEventsResponse>
  ListDepartments: MethodDefinition<_edustream_course_v1_ListDepartmentsRequest__Input, _edustream_course_v1_ListDepartmentsResponse__Input, _edustream_course_v1_ListDepartmentsRequest, _edustream_course_v1_ListDepartmentsResponse>
  ListSections: MethodDefinition<_edustream_course_v1_ListSectionsRequest__Input, _edustream_course_v1_ListSectionsResponse__Input, _edustream_course_v1_ListSectionsRequest, _edustream_course_v1_ListSectionsResponse>
  ListTerms: MethodDefinition<_edustream_course_v1_ListTermsRequest__Input, _edustream_course_v1_ListTermsResponse__Input, _edustream_course_v1_ListTermsRequest, _edustream_course_v1_ListTermsResponse>
  RetireCourse: MethodDefinition<_edustream_course_v1_RetireCourseRequest__Input, _edustream_course_v1_RetireCourseResponse__Input, _edustream_course_v1_RetireCourseRequest, _edustream_course_v1_RetireCourseResponse>
  SearchCourses: MethodDefinition<_edustream_course_v1_SearchCoursesRequest__Input, _edustream_course_v1_SearchCoursesResponse__Input, _edustream_course_v1_SearchCoursesRequest, _edustream_course_v1_SearchCoursesResponse>
  UpdateCourse: MethodDefinition<_edustream_course_v1_UpdateCourseRequest__Input, _edustream_course_v1_UpdateCourseResponse__Input, _edustream_course_v1_UpdateCourseRequest, _edustream_course_v1_UpdateCourseResponse>
  UpdateSection: MethodDefinition<_edustream_course_v1_UpdateSectionRequest__Input, _edustream_course_v1_UpdateSectionResponse__Input, _edustream_course_v1_UpdateSectionRequest, _edustream_course_v1_UpdateSectionResponse>
  UpdateTerm: MethodDefinition<_edustream_course_v1_UpdateTermRequest__Input, _edustream_course_v1_UpdateTermResponse__Input, _edustream_course_v1_UpdateTermRequest, _edustream_course_v1_UpdateTermResponse>
}
