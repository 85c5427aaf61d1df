// The catalog search's section and course filters (days, time of day, instructor, credits): how
// the URL carries them, what the gateway is asked, the form's fields with each one's error beside
// it, and the words that describe them in the results' summary. The gateway checks the values
// (one place for the rule): a refused one comes back as a 400 naming the field, shown beside it.
import { DAY_NAMES, DAY_SHORT, DAYS } from "../../../shared/schedule";
import { fieldLabel } from "../../../shared/field-labels";
import { plural } from "../../../shared/plural";
import { text } from "./params";

/** The filters as the URL carries them, as typed (the gateway judges them). */
export interface CatalogFilters {
  days: string[];
  startsAfter: string;
  endsBefore: string;
  instructor: string;
  minCredits: string;
  maxCredits: string;
}

/** The filters' fields, in the order of the form; the gateway names them the same. */
export const FILTER_FIELDS = ["days", "starts_after", "ends_before", "instructor", "min_credits", "max_credits"] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** Messages for the filters the gateway refused, by field. */
export type FilterErrors = Partial<Record<FilterField, string>>;

/** Days from the URL: `days=MON,WED` (a shared link) or `days=MON&days=WED` (the form's checkboxes). */
function readDays(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const days = items.flatMap((item) => text(item, 40).split(",")).map((day) => day.trim().toUpperCase()).filter(Boolean);
  return [...new Set(days)].slice(0, 7);
}

/** The filters of a catalog query string. */
export function readFilters(query: Record<string, unknown>): CatalogFilters {
  return {
    days: readDays(query.days),
    startsAfter: text(query.starts_after, 5),
    endsBefore: text(query.ends_before, 5),
    instructor: text(query.instructor, 100),
    minCredits: text(query.min_credits, 3),
    maxCredits: text(query.max_credits, 3),
  };
}

/** The filters as URL parameters (empty ones left out by the caller). */
export function filterParams(filters: CatalogFilters): Record<string, string> {
  return {
    days: filters.days.join(","),
    starts_after: filters.startsAfter,
    ends_before: filters.endsBefore,
    instructor: filters.instructor,
    min_credits: filters.minCredits,
    max_credits: filters.maxCredits,
  };
}

/** A credits value for the gateway: a number as typed ("x" travels as NaN and is refused there, naming the field). */
const credits = (value: string) => (value ? Number(value) : undefined);

/** The filters as the gateway's search query takes them. */
export function filterQuery(filters: CatalogFilters) {
  return {
    days: filters.days.length ? filters.days.join(",") : undefined,
    starts_after: filters.startsAfter || undefined,
    ends_before: filters.endsBefore || undefined,
    instructor: filters.instructor || undefined,
    min_credits: credits(filters.minCredits),
    max_credits: credits(filters.maxCredits),
  };
}

/** No filter set. */
export const NO_FILTERS: CatalogFilters = { days: [], startsAfter: "", endsBefore: "", instructor: "", minCredits: "", maxCredits: "" };

/** Whether any filter is set. */
export const hasFilters = (filters: CatalogFilters) => Object.values(filterParams(filters)).some(Boolean);

/** The filters in words for the results' summary: "with sections on Mon, Wed only, from 09:00, taught by “Lee”", "of 3-4 credits". */
export function describeFilters(filters: CatalogFilters): string[] {
  const sections: string[] = [];
  if (filters.days.length) sections.push(`on ${filters.days.map((day) => DAY_SHORT[day] ?? day).join(", ")} only`);
  if (filters.startsAfter && filters.endsBefore) sections.push(`between ${filters.startsAfter} and ${filters.endsBefore}`);
  else if (filters.startsAfter) sections.push(`starting at ${filters.startsAfter} or later`);
  else if (filters.endsBefore) sections.push(`ending by ${filters.endsBefore}`);
  if (filters.instructor) sections.push(`taught by “${filters.instructor}”`);
  const words = sections.length ? [`with sections ${sections.join(", ")}`] : [];
  const [min, max] = [filters.minCredits, filters.maxCredits];
  if (min && max) words.push(min === max ? `of ${plural(Number(min), "credit")}` : `of ${min}-${max} credits`);
  else if (min) words.push(`of ${min} or more credits`);
  else if (max) words.push(`of at most ${plural(Number(max), "credit")}`);
  return words;
}

/** The messages of a gateway refusal that name filter fields (undefined when it names none). */
export function filterErrorsOf(messages: Record<string, string>): FilterErrors | undefined {
  const errors: FilterErrors = {};
  for (const field of FILTER_FIELDS) if (messages[field]) errors[field] = messages[field];
  return Object.keys(errors).length ? errors : undefined;
}

const errorId = (field: FilterField) => `catalog-${field}-error`;

/** The error beside a field; htmx answers send every slot out of band, so fixed fields clear. */
export function FilterError(props: { field: FilterField; message?: string; outOfBand?: boolean }) {
  return (
    <p id={errorId(props.field)} class="mt-1 text-sm text-red-700" hx-swap-oob={props.outOfBand ? "true" : undefined} safe>
      {props.message ?? ""}
    </p>
  );
}

/** Every filter's error slot, out of band: what an htmx search answer carries besides the results. */
export function FilterErrorSlots(props: { errors?: FilterErrors }) {
  return (
    <>
      {FILTER_FIELDS.map((field) => (
        <FilterError field={field} message={props.errors?.[field]} outOfBand />
      ))}
    </>
  );
}

/** The state attributes of a filter control: invalid and described by its hint and error. */
function controlState(field: FilterField, errors: FilterErrors | undefined) {
  return { "aria-invalid": errors?.[field] ? "true" : undefined, "aria-describedby": errorId(field), class: `input ${errors?.[field] ? "border-red-500" : ""}` };
}

/** One filter input, labelled as the gateway's messages name it, with its error below. */
function FilterInput(props: { field: FilterField; value: string; errors?: FilterErrors; type: string; attrs?: Record<string, string | number> }) {
  const id = `catalog-${props.field}`;
  return (
    <div>
      <label for={id} class="mb-1 block text-sm font-medium" safe>
        {fieldLabel(props.field)}
      </label>
      <input id={id} name={props.field} type={props.type} value={props.value} {...props.attrs} {...controlState(props.field, props.errors)} />
      <FilterError field={props.field} message={props.errors?.[props.field]} />
    </div>
  );
}

/**
 * The filters of the search form, folded under "More filters" (open while one is set or wrong):
 * day checkboxes, a time window, the instructor's name and a credits range.
 */
export function FilterFields(props: { filters: CatalogFilters; errors?: FilterErrors }) {
  const { filters, errors } = props;
  return (
    <details class="sm:col-span-2 lg:col-span-4" open={hasFilters(filters) || !!errors}>
      <summary class="cursor-pointer text-sm font-medium text-indigo-800 focusable">More filters: days, times, instructor, credits</summary>
      <div class="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <fieldset class="sm:col-span-2 lg:col-span-4" aria-describedby={`catalog-days-hint ${errorId("days")}`}>
          <legend class="mb-1 block text-sm font-medium" safe>
            {fieldLabel("days")}
          </legend>
          <div class="flex flex-wrap gap-x-4 gap-y-2">
            {DAYS.map((day) => (
              <label class="inline-flex min-h-6 items-center gap-2 text-sm">
                <input type="checkbox" name="days" value={day} checked={filters.days.includes(day)} aria-invalid={errors?.days ? "true" : undefined} class="h-4 w-4 accent-indigo-700" />
                <span aria-hidden="true">{DAY_SHORT[day]}</span>
                <span class="sr-only">{DAY_NAMES[day]}</span>
              </label>
            ))}
          </div>
          <p id="catalog-days-hint" class="mt-1 text-xs text-slate-500">
            Sections that meet on no other day. Leave all unticked for any day.
          </p>
          <FilterError field="days" message={errors?.days} />
        </fieldset>
        <FilterInput field="starts_after" type="time" value={filters.startsAfter} errors={errors} attrs={{ step: 60 }} />
        <FilterInput field="ends_before" type="time" value={filters.endsBefore} errors={errors} attrs={{ step: 60 }} />
        <FilterInput field="instructor" type="search" value={filters.instructor} errors={errors} attrs={{ maxlength: 100, autocomplete: "off", placeholder: "Part of a name" }} />
        <div class="grid grid-cols-2 gap-3">
          <FilterInput field="min_credits" type="number" value={filters.minCredits} errors={errors} attrs={{ min: 0, max: 12, step: 1, inputmode: "numeric" }} />
          <FilterInput field="max_credits" type="number" value={filters.maxCredits} errors={errors} attrs={{ min: 0, max: 12, step: 1, inputmode: "numeric" }} />
        </div>
      </div>
    </details>
  );
}
