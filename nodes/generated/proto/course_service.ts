import type * as grpc from '@grpc/grpc-js';
import type { EnumTypeDefinition, MessageTypeDefinition } from '@grpc/proto-loader';

import type { AuditEvent__Input as _edustream_course_v1_AuditEvent__Input, AuditEvent as _edustream_course_v1_AuditEvent } from './edustream/course/v1/AuditEvent';
import type { BatchGetSectionsRequest__Input as _edustream_course_v1_BatchGetSectionsRequest__Input, BatchGetSectionsRequest as _edustream_course_v1_BatchGetSectionsRequest } from './edustream/course/v1/BatchGetSectionsRequest';
import type { BatchGetSectionsResponse__Input as _edustream_course_v1_BatchGetSectionsResponse__Input, BatchGetSectionsResponse as _edustream_course_v1_BatchGetSectionsResponse } from './edustream/course/v1/BatchGetSectionsResponse';
import type { CancelSectionRequest__Input as _edustream_course_v1_CancelSectionRequest__Input, CancelSectionRequest as _edustream_course_v1_CancelSectionRequest } from './edustream/course/v1/CancelSectionRequest';
import type { CancelSectionResponse__Input as _edustream_course_v1_CancelSectionResponse__Input, CancelSectionResponse as _edustream_course_v1_CancelSectionResponse } from './edustream/course/v1/CancelSectionResponse';
import type { Course__Input as _edustream_course_v1_Course__Input, Course as _edustream_course_v1_Course } from './edustream/course/v1/Course';
import type { CourseRef__Input as _edustream_course_v1_CourseRef__Input, CourseRef as _edustream_course_v1_CourseRef } from './edustream/course/v1/CourseRef';
import type { CourseServiceClient as _edustream_course_v1_CourseServiceClient, CourseServiceDefinition as _edustream_course_v1_CourseServiceDefinition } from './edustream/course/v1/CourseService';
import type { CreateCourseRequest__Input as _edustream_course_v1_CreateCourseRequest__Input, CreateCourseRequest as _edustream_course_v1_CreateCourseRequest } from './edustream/course/v1/CreateCourseRequest';
import type { CreateCourseResponse__Input as _edustream_course_v1_CreateCourseResponse__Input, CreateCourseResponse as _edustream_course_v1_CreateCourseResponse } from './edustream/course/v1/CreateCourseResponse';
import type { CreateSectionRequest__Input as _edustream_course_v1_CreateSectionRequest__Input, CreateSectionRequest as _edustream_course_v1_CreateSectionRequest } from './edustream/course/v1/CreateSectionRequest';
import type { CreateSectionResponse__Input as _edustream_course_v1_CreateSectionResponse__Input, CreateSectionResponse as _edustream_course_v1_CreateSectionResponse } from './edustream/course/v1/CreateSectionResponse';
import type { CreateTermRequest__Input as _edustream_course_v1_CreateTermRequest__Input, CreateTermRequest as _edustream_course_v1_CreateTermRequest } from './edustream/course/v1/CreateTermRequest';
import type { CreateTermResponse__Input as _edustream_course_v1_CreateTermResponse__Input, CreateTermResponse as _edustream_course_v1_CreateTermResponse } from './edustream/course/v1/CreateTermResponse';
import type { DeleteTermRequest__Input as _edustream_course_v1_DeleteTermRequest__Input, DeleteTermRequest as _edustream_course_v1_DeleteTermRequest } from './edustream/course/v1/DeleteTermRequest';
import type { DeleteTermResponse__Input as _edustream_course_v1_DeleteTermResponse__Input, DeleteTermResponse as _edustream_course_v1_DeleteTermResponse } from './edustream/course/v1/DeleteTermResponse';
import type { Department__Input as _edustream_course_v1_Department__Input, Department as _edustream_course_v1_Department } from './edustream/course/v1/Department';
import type { GetCatalogVersionRequest__Input as _edustream_course_v1_GetCatalogVersionRequest__Input, GetCatalogVersionRequest as _edustream_course_v1_GetCatalogVersionRequest } from './edustream/course/v1/GetCatalogVersionRequest';
import type { GetCatalogVersionResponse__Input as _edustream_course_v1_GetCatalogVersionResponse__Input, GetCatalogVersionResponse as _edustream_course_v1_GetCatalogVersionResponse } from './edustream/course/v1/GetCatalogVersionResponse';
import type { GetCourseRequest__Input as _edustream_course_v1_GetCourseRequest__Input, GetCourseRequest as _edustream_course_v1_GetCourseRequest } from './edustream/course/v1/GetCourseRequest';
import type { GetCourseResponse__Input as _edustream_course_v1_GetCourseResponse__Input, GetCourseResponse as _edustream_course_v1_GetCourseResponse } from './edustream/course/v1/GetCourseResponse';
import type { GetSectionRequest__Input as _edustream_course_v1_GetSectionRequest__Input, GetSectionRequest as _edustream_course_v1_GetSectionRequest } from './edustream/course/v1/GetSectionRequest';
import type { GetSectionResponse__Input as _edustream_course_v1_GetSectionResponse__Input, GetSectionResponse as _edustream_course_v1_GetSectionResponse } from './edustream/course/v1/GetSectionResponse';
import type { GetTermRequest__Input as _edustream_course_v1_GetTermRequest__Input, GetTermRequest as _edustream_course_v1_GetTermRequest } from './edustream/course/v1/GetTermRequest';
import type { GetTermResponse__Input as _edustream_course_v1_GetTermResponse__Input, GetTermResponse as _edustream_course_v1_GetTermResponse } from './edustream/course/v1/GetTermResponse';
import type { ListAuditEventsRequest__Input as _edustream_course_v1_ListAuditEventsRequest__Input, ListAuditEventsRequest as _edustream_course_v1_ListAuditEventsRequest } from './edustream/course/v1/ListAuditEventsRequest';
import type { ListAuditEventsResponse__Input as _edustream_course_v1_ListAuditEventsResponse__Input, ListAuditEventsResponse as _edustream_course_v1_ListAuditEventsResponse } from './edustream/course/v1/ListAuditEventsResponse';
import type { ListDepartmentsRequest__Input as _edustream_course_v1_ListDepartmentsRequest__Input, ListDepartmentsRequest as _edustream_course_v1_ListDepartmentsRequest } from './edustream/course/v1/ListDepartmentsRequest';
import type { ListDepartmentsResponse__Input as _edustream_course_v1_ListDepartmentsResponse__Input, ListDepartmentsResponse as _edustream_course_v1_ListDepartmentsResponse } from './edustream/course/v1/ListDepartmentsResponse';
import type { ListSectionsRequest__Input as _edustream_course_v1_ListSectionsRequest__Input, ListSectionsRequest as _edustream_course_v1_ListSectionsRequest } from './edustream/course/v1/ListSectionsRequest';
import type { ListSectionsResponse__Input as _edustream_course_v1_ListSectionsResponse__Input, ListSectionsResponse as _edustream_course_v1_ListSectionsResponse } from './edustream/course/v1/ListSectionsResponse';
import type { ListTermsRequest__Input as _edustream_course_v1_ListTermsRequest__Input, ListTermsRequest as _edustream_course_v1_ListTermsRequest } from './edustream/course/v1/ListTermsRequest';
import type { ListTermsResponse__Input as _edustream_course_v1_ListTermsResponse__Input, ListTermsResponse as _edustream_course_v1_ListTermsResponse } from './edustream/course/v1/ListTermsResponse';
import type { Meeting__Input as _edustream_course_v1_Meeting__Input, Meeting as _edustream_course_v1_Meeting } from './edustream/course/v1/Meeting';
import type { RetireCourseRequest__Input as _edustream_course_v1_RetireCourseRequest__Input, RetireCourseRequest as _edustream_course_v1_RetireCourseRequest } from './edustream/course/v1/RetireCourseRequest';
import type { RetireCourseResponse__Input as _edustream_course_v1_RetireCourseResponse__Input, RetireCourseResponse as _edustream_course_v1_RetireCourseResponse } from './edustream/course/v1/RetireCourseResponse';
import type { SearchCoursesRequest__Input as _edustream_course_v1_SearchCoursesRequest__Input, SearchCoursesRequest as _edustream_course_v1_SearchCoursesRequest } from './edustream/course/v1/SearchCoursesRequest';
import type { SearchCoursesResponse__Input as _edustream_course_v1_SearchCoursesResponse__Input, SearchCoursesResponse as _edustream_course_v1_SearchCoursesResponse } from './edustream/course/v1/SearchCoursesResponse';
import type { Section__Input as _edustream_course_v1_Section__Input, Section as _edustream_course_v1_Section } from './edustream/course/v1/Section';
import type { SkippedStudent__Input as _edustream_course_v1_SkippedStudent__Input, SkippedStudent as _edustream_course_v1_SkippedStudent } from './edustream/course/v1/SkippedStudent';
import type { Term__Input as _edustream_course_v1_Term__Input, Term as _edustream_course_v1_Term } from './edustream/course/v1/Term';
import type { UpdateCourseRequest__Input as _edustream_course_v1_UpdateCourseRequest__Input, UpdateCourseRequest as _edustream_course_v1_UpdateCourseRequest } from './edustream/course/v1/UpdateCourseRequest';
import type { UpdateCourseResponse__Input as _edustream_course_v1_UpdateCourseResponse__Input, UpdateCourseResponse as _edustream_course_v1_UpdateCourseResponse } from './edustream/course/v1/UpdateCourseResponse';
import type { UpdateSectionRequest__Input as _edustream_course_v1_UpdateSectionRequest__Input, UpdateSectionRequest as _edustream_course_v1_UpdateSectionRequest } from './edustream/course/v1/UpdateSectionRequest';
import type { UpdateSectionResponse__Input as _edustream_course_v1_UpdateSectionResponse__Input, UpdateSectionResponse as _edustream_course_v1_UpdateSectionResponse } from './edustream/course/v1/UpdateSectionResponse';
import type { UpdateTermRequest__Input as _edustream_course_v1_UpdateTermRequest__Input, UpdateTermRequest as _edustream_course_v1_UpdateTermRequest } from './edustream/course/v1/UpdateTermRequest';
import type { UpdateTermResponse__Input as _edustream_course_v1_UpdateTermResponse__Input, UpdateTermResponse as _edustream_course_v1_UpdateTermResponse } from './edustream/course/v1/UpdateTermResponse';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  edustream: {
    course: {
      v1: {
        AuditEvent: MessageTypeDefinition<_edustream_course_v1_AuditEvent__Input, _edustream_course_v1_AuditEvent>
        BatchGetSectionsRequest: MessageTypeDefinition<_edustream_course_v1_BatchGetSectionsRequest__Input, _edustream_course_v1_BatchGetSectionsRequest>
        BatchGetSectionsResponse: MessageTypeDefinition<_edustream_course_v1_BatchGetSectionsResponse__Input, _edustream_course_v1_BatchGetSectionsResponse>
        CancelSectionRequest: MessageTypeDefinition<_edustream_course_v1_CancelSectionRequest__Input, _edustream_course_v1_CancelSectionRequest>
        CancelSectionResponse: MessageTypeDefinition<_edustream_course_v1_CancelSectionResponse__Input, _edustream_course_v1_CancelSectionResponse>
        Course: MessageTypeDefinition<_edustream_course_v1_Course__Input, _edustream_course_v1_Course>
        CourseRef: MessageTypeDefinition<_edustream_course_v1_CourseRef__Input, _edustream_course_v1_CourseRef>
        CourseService: SubtypeConstructor<typeof grpc.Client, _edustream_course_v1_CourseServiceClient> & { service: _edustream_course_v1_CourseServiceDefinition }
        CreateCourseRequest: MessageTypeDefinition<_edustream_course_v1_CreateCourseRequest__Input, _edustream_course_v1_CreateCourseRequest>
        CreateCourseResponse: MessageTypeDefinition<_edustream_course_v1_CreateCourseResponse__Input, _edustream_course_v1_CreateCourseResponse>
        CreateSectionRequest: MessageTypeDefinition<_edustream_course_v1_CreateSectionRequest__Input, _edustream_course_v1_CreateSectionRequest>
        CreateSectionResponse: MessageTypeDefinition<_edustream_course_v1_CreateSectionResponse__Input, _edustream_course_v1_CreateSectionResponse>
        CreateTermRequest: MessageTypeDefinition<_edustream_course_v1_CreateTermRequest__Input, _edustream_course_v1_CreateTermRequest>
        CreateTermResponse: MessageTypeDefinition<_edustream_course_v1_CreateTermResponse__Input, _edustream_course_v1_CreateTermResponse>
        DeleteTermRequest: MessageTypeDefinition<_edustream_course_v1_DeleteTermRequest__Input, _edustream_course_v1_DeleteTermRequest>
        DeleteTermResponse: MessageTypeDefinition<_edustream_course_v1_DeleteTermResponse__Input, _edustream_course_v1_DeleteTermResponse>
        Department: MessageTypeDefinition<_edustream_course_v1_Department__Input, _edustream_course_v1_Department>
        GetCatalogVersionRequest: MessageTypeDefinition<_edustream_course_v1_GetCatalogVersionRequest__Input, _edustream_course_v1_GetCatalogVersionRequest>
        GetCatalogVersionResponse: MessageTypeDefinition<_edustream_course_v1_GetCatalogVersionResponse__Input, _edustream_course_v1_GetCatalogVersionResponse>
        GetCourseRequest: MessageTypeDefinition<_edustream_course_v1_GetCourseRequest__Input, _edustream_course_v1_GetCourseRequest>
        GetCourseResponse: MessageTypeDefinition<_edustream_course_v1_GetCourseResponse__Input, _edustream_course_v1_GetCourseResponse>
        GetSectionRequest: MessageTypeDefinition<_edustream_course_v1_GetSectionRequest__Input, _edustream_course_v1_GetSectionRequest>
        GetSectionResponse: MessageTypeDefinition<_edustream_course_v1_GetSectionResponse__Input, _edustream_course_v1_GetSectionResponse>
        GetTermRequest: MessageTypeDefinition<_edustream_course_v1_GetTermRequest__Input, _edustream_course_v1_GetTermRequest>
        GetTermResponse: MessageTypeDefinition<_edustream_course_v1_GetTermResponse__Input, _edustream_course_v1_GetTermResponse>
        ListAuditEventsRequest: MessageTypeDefinition<_edustream_course_v1_ListAuditEventsRequest__Input, _edustream_course_v1_ListAuditEventsRequest>
        ListAuditEventsResponse: MessageTypeDefinition<_edustream_course_v1_ListAuditEventsResponse__Input, _edustream_course_v1_ListAuditEventsResponse>
        ListDepartmentsRequest: MessageTypeDefinition<_edustream_course_v1_ListDepartmentsRequest__Input, _edustream_course_v1_ListDepartmentsRequest>
        ListDepartmentsResponse: MessageTypeDefinition<_edustream_course_v1_ListDepartmentsResponse__Input, _edustream_course_v1_ListDepartmentsResponse>
        ListSectionsRequest: MessageTypeDefinition<_edustream_course_v1_ListSectionsRequest__Input, _edustream_course_v1_ListSectionsRequest>
        ListSectionsResponse: MessageTypeDefinition<_edustream_course_v1_ListSectionsResponse__Input, _edustream_course_v1_ListSectionsResponse>
        ListTermsRequest: MessageTypeDefinition<_edustream_course_v1_ListTermsRequest__Input, _edustream_course_v1_ListTermsRequest>
        ListTermsResponse: MessageTypeDefinition<_edustream_course_v1_ListTermsResponse__Input, _edustream_course_v1_ListTermsResponse>
        Meeting: MessageTypeDefinition<_edustream_course_v1_Meeting__Input, _edustream_course_v1_Meeting>
        RetireCourseRequest: MessageTypeDefinition<_edustream_course_v1_RetireCourseRequest__Input, _edustream_course_v1_RetireCourseRequest>
        RetireCourseResponse: MessageTypeDefinition<_edustream_course_v1_RetireCourseResponse__Input, _edustream_course_v1_RetireCourseResponse>
        SearchCoursesRequest: MessageTypeDefinition<_edustream_course_v1_SearchCoursesRequest__Input, _edustream_course_v1_SearchCoursesRequest>
        SearchCoursesResponse: MessageTypeDefinition<_edustream_course_v1_SearchCoursesResponse__Input, _edustream_course_v1_SearchCoursesResponse>
        Section: MessageTypeDefinition<_edustream_course_v1_Section__Input, _edustream_course_v1_Section>
        SectionStatus: EnumTypeDefinition
        SkippedStudent: MessageTypeDefinition<_edustream_course_v1_SkippedStudent__Input, _edustream_course_v1_SkippedStudent>
        Term: MessageTypeDefinition<_edustream_course_v1_Term__Input, _edustream_course_v1_Term>
        UpdateCourseRequest: MessageTypeDefinition<_edustream_course_v1_UpdateCourseRequest__Input, _edustream_course_v1_UpdateCourseRequest>
        UpdateCourseResponse: MessageTypeDefinition<_edustream_course_v1_UpdateCourseResponse__Input, _edustream_course_v1_UpdateCourseResponse>
        UpdateSectionRequest: MessageTypeDefinition<_edustream_course_v1_UpdateSectionRequest__Input, _edustream_course_v1_UpdateSectionRequest>
        UpdateSectionResponse: MessageTypeDefinition<_edustream_course_v1_UpdateSectionResponse__Input, _edustream_course_v1_UpdateSectionResponse>
        UpdateTermRequest: MessageTypeDefinition<_edustream_course_v1_UpdateTermRequest__Input, _edustream_course_v1_UpdateTermRequest>
        UpdateTermResponse: MessageTypeDefinition<_edustream_course_v1_UpdateTermResponse__Input, _edustream_course_v1_UpdateTermResponse>
      }
    }
  }
}

