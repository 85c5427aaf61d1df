// Shared pieces of the micro-benchmarks that measure one node against stub neighbours.
import { readFileSync } from "node:fs";

const ID = "3f1e2d4c-1111-2222-3333-444455556666";

/** The fixed enrollment a stub Enroll answers (the shape of a real one, one meeting). */
export const STUB_ENROLLMENT = {
  id: ID, student_id: ID, section_id: ID, status: "ENROLLED", position: 0, created_at: "2026-11-25T00:00:00.000Z",
  section: { id: ID, code: "001", course_id: ID, course_code: "CS 9001A", course_title: "Rush seminar", credits: 1, term_id: ID, room: "R 1", instructor_name: "Prof", meetings: [{ day: "MON", start_time: "07:00", end_time: "07:50" }], cancelled: false },
};

/** User and system (kernel) CPU of a process so far, in microseconds (Linux clock ticks of 10 ms). */
export function processCpuMicros(pid: number): { user: number; system: number } {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { user: Number(fields[11]) * 10_000, system: Number(fields[12]) * 10_000 };
}

/** User + system CPU of a process so far, in milliseconds. */
export function processCpuMs(pid: number): number {
  const { user, system } = processCpuMicros(pid);
  return (user + system) / 1000;
}
