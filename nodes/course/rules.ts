/**
 * A prerequisite cycle through `start`, as the list of course ids from `start` back to it, or
 * undefined. `requires` maps a course to the courses it requires.
 */
export function findPrerequisiteCycle(requires: ReadonlyMap<string, readonly string[]>, start: string): string[] | undefined {
  const visited = new Set<string>();
  const walk = (course: string, path: string[]): string[] | undefined => {
    for (const next of requires.get(course) ?? []) {
      if (next === start) return [...path, next];
      if (visited.has(next)) continue;
      visited.add(next);
      const found = walk(next, [...path, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}
