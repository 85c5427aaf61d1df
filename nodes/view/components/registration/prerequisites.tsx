import type { Course } from "./model";

/** A course's prerequisites as links to their course pages ("none" when it has none). */
export function Prerequisites(props: { course: Pick<Course, "prerequisites"> }) {
  const list = props.course.prerequisites;
  return (
    <p class="mt-2 text-sm">
      <span class="font-medium">Prerequisites: </span>
      {list.length ? (
        list.map((p, i) => (
          <>
            {i > 0 && ", "}
            <a href={`/courses/${p.id}`} class="link" title={p.title} safe>
              {p.code}
            </a>
          </>
        ))
      ) : (
        <span>none</span>
      )}
    </p>
  );
}
