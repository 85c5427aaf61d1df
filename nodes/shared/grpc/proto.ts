import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { join } from "node:path";
import type { ProtoGrpcType as AuthProto } from "../../generated/proto/auth_service";
import type { ProtoGrpcType as CourseProto } from "../../generated/proto/course_service";
import type { ProtoGrpcType as EnrollmentProto } from "../../generated/proto/enrollment_service";
import type { ProtoGrpcType as GradesProto } from "../../generated/proto/grades_service";
import type { ProtoGrpcType as FacultyGradesProto } from "../../generated/proto/faculty_grades_service";

/** Folder that holds the versioned proto packages. */
export const PROTO_ROOT = join(import.meta.dir, "..", "..", "..", "proto");

/**
 * The one set of proto-loader options used everywhere (servers, clients, generated types):
 * snake_case field names as in the REST API, enums as strings, 64-bit numbers as strings,
 * unset scalars filled with defaults; proto3 `optional` fields appear only when set (no
 * synthetic oneof marker fields such as `_gpa` in responses).
 */
export const PROTO_LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: false,
  includeDirs: [PROTO_ROOT],
};

/** Proto file of each service, relative to PROTO_ROOT. */
export const PROTO_FILES = {
  auth: "edustream/auth/v1/auth_service.proto",
  course: "edustream/course/v1/course_service.proto",
  enrollment: "edustream/enrollment/v1/enrollment_service.proto",
  grades: "edustream/grades/v1/grades_service.proto",
  facultyGrades: "edustream/faculty_grades/v1/faculty_grades_service.proto",
} as const;

function load<T>(file: string): T {
  const definition = protoLoader.loadSync(join(PROTO_ROOT, file), PROTO_LOADER_OPTIONS);
  return grpc.loadPackageDefinition(definition) as unknown as T;
}

let cache: {
  auth: AuthProto;
  course: CourseProto;
  enrollment: EnrollmentProto;
  grades: GradesProto;
  facultyGrades: FacultyGradesProto;
} | undefined;

/** Loads (once) and returns the typed package definitions of the five services. */
export function protos() {
  cache ??= {
    auth: load<AuthProto>(PROTO_FILES.auth),
    course: load<CourseProto>(PROTO_FILES.course),
    enrollment: load<EnrollmentProto>(PROTO_FILES.enrollment),
    grades: load<GradesProto>(PROTO_FILES.grades),
    facultyGrades: load<FacultyGradesProto>(PROTO_FILES.facultyGrades),
  };
  return cache;
}

/** The service definition (for addService) and client constructor of each service. */
export function serviceDefinitions() {
  const p = protos();
  return {
    auth: p.auth.edustream.auth.v1.AuthService,
    course: p.course.edustream.course.v1.CourseService,
    enrollment: p.enrollment.edustream.enrollment.v1.EnrollmentService,
    grades: p.grades.edustream.grades.v1.GradesService,
    facultyGrades: p.facultyGrades.edustream.faculty_grades.v1.FacultyGradesService,
  };
}

/** Fully-qualified service names, as used by the health and reflection services. */
export const SERVICE_NAMES = {
  auth: "edustream.auth.v1.AuthService",
  course: "edustream.course.v1.CourseService",
  enrollment: "edustream.enrollment.v1.EnrollmentService",
  grades: "edustream.grades.v1.GradesService",
  facultyGrades: "edustream.faculty_grades.v1.FacultyGradesService",
} as const;

export type ServiceKey = keyof typeof SERVICE_NAMES;
