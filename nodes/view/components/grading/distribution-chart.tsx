import type { GradeDistribution } from "./types";
import { plural } from "../../../shared/plural";

const WIDTH = 640;
const HEIGHT = 220;
const TOP = 24;
const BOTTOM = 28;
const LEFT = 8;

/**
 * The section's grade distribution as a server-rendered SVG bar chart (no script), with the
 * same counts in a visually hidden table for screen readers.
 */
export function DistributionChart(props: { distribution: GradeDistribution; sectionLabel: string; drafts: number }) {
  const { counts, graded, enrolled } = props.distribution;
  const titleId = "distribution-title";
  const descId = "distribution-desc";
  if (graded === 0) {
    return (
      <section id="distribution" aria-labelledby="distribution-heading" class="card mb-6">
        <h2 id="distribution-heading" class="text-lg font-semibold">
          Grade distribution
        </h2>
        <p class="mt-2 text-sm text-slate-600">No grades entered yet: the chart appears once you enter the first grade.</p>
      </section>
    );
  }
  const max = Math.max(1, ...counts.map((c) => c.count));
  const slot = (WIDTH - LEFT * 2) / Math.max(1, counts.length);
  const barWidth = Math.min(36, slot * 0.7);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const summary = counts
    .filter((c) => c.count > 0)
    .map((c) => `${c.grade}: ${c.count}`)
    .join(", ");
  return (
    <section id="distribution" aria-labelledby="distribution-heading" class="card mb-6">
      <h2 id="distribution-heading" class="text-lg font-semibold">
        Grade distribution
      </h2>
      <p class="mt-1 text-sm text-slate-600" safe>
        {`${plural(graded, "student")} graded of ${enrolled} enrolled${props.drafts === 0 ? ", every grade released." : `, including ${plural(props.drafts, "draft")} students cannot see yet.`}`}
      </p>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} class="mt-3 h-auto w-full max-w-2xl" role="img" aria-labelledby={`${titleId} ${descId}`} xmlns="http://www.w3.org/2000/svg">
        <title id={titleId} safe>{`Grade distribution of ${props.sectionLabel}`}</title>
        <desc id={descId} safe>{summary}</desc>
        <line x1={LEFT} x2={WIDTH - LEFT} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="stroke-slate-400" stroke-width="1" />
        {counts.map((c, index) => {
          const height = Math.round((c.count / max) * plotHeight);
          const x = LEFT + index * slot + (slot - barWidth) / 2;
          const y = HEIGHT - BOTTOM - height;
          return (
            <g>
              <rect x={x.toFixed(1)} y={y} width={barWidth.toFixed(1)} height={height} rx="2" class="fill-indigo-600" />
              <text x={(x + barWidth / 2).toFixed(1)} y={y - 6} text-anchor="middle" font-size="13" class="fill-slate-800">
                {c.count > 0 ? String(c.count) : ""}
              </text>
              <text x={(x + barWidth / 2).toFixed(1)} y={HEIGHT - 8} text-anchor="middle" font-size="13" class="fill-slate-700" safe>
                {c.grade}
              </text>
            </g>
          );
        })}
      </svg>
      <table class="sr-only">
        <caption safe>{`Students per grade in ${props.sectionLabel}`}</caption>
        <thead>
          <tr>
            <th scope="col">Grade</th>
            <th scope="col">Students</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((c) => (
            <tr>
              <th scope="row" safe>
                {c.grade}
              </th>
              <td>{c.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
