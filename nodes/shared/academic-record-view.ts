// A student's released grades by term as the APIs show them: computed by the grades service
// (nodes/grades/academic-record.ts) and read by the view's grades and transcript pages.

/** One released grade: the course, its credits, the grade and how it counts. */
export interface RecordEntry {
  section_id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  credits: number;
  grade: string;
  points: number;
  counts_in_gpa: boolean;
  repeated: boolean;
  released_at: string;
}

/** The released grades of one term with the term's GPA and credits. */
export interface RecordTerm {
  term_id: string;
  term_code: string;
  term_name: string;
  starts_on: string;
  entries: RecordEntry[];
  gpa?: number;
  credits_attempted: number;
  credits_earned: number;
}
