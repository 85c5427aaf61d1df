/** The grade scale: reference data written into `grade_scale` by every setup (idempotent upsert). */
export const GRADE_SCALE = [
  { code: "A", points: 4.0, countsInGpa: true, passing: true, description: "Excellent" },
  { code: "A-", points: 3.7, countsInGpa: true, passing: true, description: "Excellent" },
  { code: "B+", points: 3.3, countsInGpa: true, passing: true, description: "Good" },
  { code: "B", points: 3.0, countsInGpa: true, passing: true, description: "Good" },
  { code: "B-", points: 2.7, countsInGpa: true, passing: true, description: "Good" },
  { code: "C+", points: 2.3, countsInGpa: true, passing: true, description: "Satisfactory" },
  { code: "C", points: 2.0, countsInGpa: true, passing: true, description: "Satisfactory" },
  { code: "C-", points: 1.7, countsInGpa: true, passing: true, description: "Satisfactory" },
  { code: "D+", points: 1.3, countsInGpa: true, passing: true, description: "Poor" },
  { code: "D", points: 1.0, countsInGpa: true, passing: true, description: "Poor" },
  { code: "D-", points: 0.7, countsInGpa: true, passing: true, description: "Poor" },
  { code: "F", points: 0.0, countsInGpa: true, passing: false, description: "Fail" },
  { code: "P", points: 0.0, countsInGpa: false, passing: true, description: "Pass" },
  { code: "NP", points: 0.0, countsInGpa: false, passing: false, description: "No pass" },
  { code: "I", points: 0.0, countsInGpa: false, passing: false, description: "Incomplete" },
  { code: "W", points: 0.0, countsInGpa: false, passing: false, description: "Withdrawn" },
] as const;
