// A class section as the APIs show it: built by the course service, passed on by the gateway and
// read by the view's registration and admin pages.
import type { MeetingText } from "./schedule";

/** A section with its course, term, instructor, weekly meetings, seats and waitlist length. */
export interface SectionView {
  id: string;
  course_id: string;
  course_code: string;
  course_title: string;
  credits: number;
  term_id: string;
  term_code: string;
  /** The term as people read it, e.g. "Spring 2027". */
  term_name: string;
  code: string;
  instructor_id: string;
  instructor_name: string;
  room: string;
  meetings: MeetingText[];
  capacity: number;
  enrolled: number;
  waitlisted: number;
  status: "ACTIVE" | "CANCELLED";
}
