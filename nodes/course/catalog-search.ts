// Catalog search as students expect it: the words of the query matched against the code (however
// it is typed: "cs101", "CS-101", "cs 101"), the title (words, beginnings of words, any part of
// a word) and the description, ranked by relevance; and filters on the sections (days, time of
// day, instructor) and the course (credits). Indexes: db/courses/migrations/0010 and 0011.
import { sql, type SQL } from "drizzle-orm";
import { courses } from "../../db/courses/schema";
import { Validation } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { dayBit, DAYS, parseClock } from "../shared/schedule";
import { escapeLike } from "./catalog-store";

/** The filters as the API sends them. */
export interface SearchFilterInput {
  days: string[];
  startsAfter: string;
  endsBefore: string;
  instructor: string;
  minCredits?: number;
  maxCredits?: number;
}

/** Checked filters: section conditions (on `s`) and course conditions. */
export interface SearchFilters {
  sections: SQL[];
  courses: SQL[];
}

/** The query's words and code key; undefined when the query has no letter or digit. */
export interface SearchText {
  text: string;
  codeKey: string;
  /** A tsquery: every word, each as a prefix ("intro" matches "introduction"); "cs101" also as cs and 101. */
  prefixQuery: string;
}

/** Splits the query into words of letters and digits; "CS-101" → cs, 101 and the code key cs101. */
export function searchText(query: string): SearchText | undefined {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12) ?? [];
  if (words.length === 0) return undefined;
  // A code typed as one word ("cs101") also matches its parts where a text mentions "CS 101".
  const term = (word: string) => {
    const parts = /^(\p{L}+)(\p{N}[\p{L}\p{N}]*)$/u.exec(word);
    return parts ? `(${word}:* | (${parts[1]}:* & ${parts[2]}:*))` : `${word}:*`;
  };
  return { text: query.trim(), codeKey: words.join(""), prefixQuery: words.map(term).join(" & ") };
}

/** Whether a course matches the text: the full-text words, the code typed any way, or a part of the title. */
export function textCondition(search: SearchText): SQL {
  return sql`(${courses.searchVector} @@ to_tsquery('english', ${search.prefixQuery})
    or ${courses.codeKey} like ${`${escapeLike(search.codeKey)}%`}
    or ${courses.title} ilike ${`%${escapeLike(search.text)}%`})`;
}

/**
 * Relevance, highest first: the exact code, then a code that starts with the query, then the
 * weighted full-text rank (code words A, title words B, description C), then a title that
 * contains the query as typed.
 */
export function relevance(search: SearchText): SQL {
  return sql`(case when ${courses.codeKey} = ${search.codeKey} then 100 when ${courses.codeKey} like ${`${escapeLike(search.codeKey)}%`} then 50 else 0 end
    + ts_rank('{0.02, 0.1, 0.4, 1}', ${courses.searchVector}, to_tsquery('english', ${search.prefixQuery}))
    + case when ${courses.title} ilike ${`%${escapeLike(search.text)}%`} then 0.5 else 0 end)`;
}

const DAY_NUMBERS = new Map<string, number>(DAYS.map((day, i) => [day, i + 1]));

/** Checks the filters, naming each field that is wrong; returns their SQL conditions. */
export function searchFilters(input: SearchFilterInput): SearchFilters {
  const days = input.days.map((d) => d.trim().toUpperCase()).filter(Boolean);
  const dayNumbers = days.map((d) => DAY_NUMBERS.get(d));
  const startMinute = input.startsAfter.trim() ? parseClock(input.startsAfter) : undefined;
  const endMinute = input.endsBefore.trim() ? parseClock(input.endsBefore) : undefined;
  const instructor = input.instructor.trim();
  const credits = (value: number | undefined) => value === undefined || (Number.isInteger(value) && value >= 0 && value <= 12);
  new Validation()
    .check(dayNumbers.every((n) => n !== undefined) && days.length <= 7, "days", fieldMessage("days", "must be days among MON, TUE, WED, THU, FRI, SAT and SUN."))
    .check(!input.startsAfter.trim() || startMinute !== undefined, "starts_after", fieldMessage("starts_after", "must be a 24-hour time like 09:00."))
    .check(!input.endsBefore.trim() || endMinute !== undefined, "ends_before", fieldMessage("ends_before", "must be a 24-hour time like 17:00."))
    .check(instructor.length <= 100, "instructor", fieldMessage("instructor", "must be at most 100 characters."))
    .check(credits(input.minCredits), "min_credits", fieldMessage("min_credits", "must be a whole number from 0 to 12."))
    .check(credits(input.maxCredits), "max_credits", fieldMessage("max_credits", "must be a whole number from 0 to 12."))
    .check(input.minCredits === undefined || input.maxCredits === undefined || input.minCredits <= input.maxCredits, "max_credits", "Credits up to must not be below Credits from.")
    .check(startMinute === undefined || endMinute === undefined || startMinute < endMinute, "ends_before", "Ending by must be later than Starting at or after.")
    .throwIfAny();
  // Day and time filters read each section's meeting summary (written with its meetings; indexed
  // with its term): sections without meeting times (days 0, times null) fit none of them.
  const sections: SQL[] = [];
  if (days.length) {
    const allowed = dayNumbers.reduce<number>((mask, n) => mask | dayBit(n!), 0);
    sections.push(sql`s.meeting_days <> 0 and s.meeting_days & ${~allowed & 127} = 0`);
  }
  if (startMinute !== undefined) sections.push(sql`s.first_start_minute >= ${startMinute}`);
  if (endMinute !== undefined) sections.push(sql`s.last_end_minute <= ${endMinute}`);
  if (instructor) sections.push(sql`s.instructor_name ilike ${`%${escapeLike(instructor)}%`}`);
  const courseConditions: SQL[] = [];
  if (input.minCredits !== undefined) courseConditions.push(sql`${courses.credits} >= ${input.minCredits}`);
  if (input.maxCredits !== undefined) courseConditions.push(sql`${courses.credits} <= ${input.maxCredits}`);
  return { sections, courses: courseConditions };
}
