// Demo catalog for EduStream: a small but realistic university.
//
// Pure data module: no imports from the rest of the project and no database
// code. The seed script maps these plain arrays onto the real tables.
//
// Shape of the demo:
// - 8 departments, 49 courses (30 of them with prerequisites).
// - "past" term: 22 sections of introductory courses the demo students took.
// - "current" term: 90 sections, 18 per faculty member, one per weekly slot.
//   Each instructor owns a disjoint set of rooms, so rooms never clash.
// - student1..student20 start with an empty current schedule;
//   student21..student40 are already enrolled in 2-4 sections each.
// - A handful of small sections are nearly full or full (see demo notes in
//   demo-catalog.test.ts).

export type Day = "MON" | "TUE" | "WED" | "THU" | "FRI";
export interface DemoMeeting {
  day: Day;
  start: string /* "HH:MM" 24h */;
  end: string;
}
export interface DemoDepartment {
  code: string;
  name: string;
}
export interface DemoCourse {
  code: string /* e.g. "CS 101" */;
  title: string;
  description: string /* 1-2 real-sounding sentences */;
  credits: number /* 1-5 */;
  department: string /* DemoDepartment.code */;
  prerequisites: string[] /* course codes */;
}
export type DemoTermKey = "past" | "current";
export interface DemoSection {
  courseCode: string;
  term: DemoTermKey;
  code: string /* "001", "002" */;
  instructor: "faculty1" | "faculty2" | "faculty3" | "faculty4" | "faculty5";
  room: string /* e.g. "SCI 120" */;
  meetings: DemoMeeting[];
  capacity: number;
}
export interface DemoEnrollment {
  student: string /* "student1".."student40" */;
  courseCode: string;
  sectionCode: string;
} // current term, already enrolled at seed time
export interface DemoPastGrade {
  student: string;
  courseCode: string;
  grade: string;
} // past term, released

// ---------------------------------------------------------------------------
// Departments and courses
// ---------------------------------------------------------------------------

export const DEPARTMENTS: DemoDepartment[] = [
  { code: "CS", name: "Computer Science" },
  { code: "MATH", name: "Mathematics" },
  { code: "PHYS", name: "Physics and Astronomy" },
  { code: "BIO", name: "Biology" },
  { code: "ENG", name: "English" },
  { code: "HIST", name: "History" },
  { code: "ECON", name: "Economics" },
  { code: "PSYC", name: "Psychology" },
];

function course(
  code: string,
  title: string,
  credits: number,
  prerequisites: string[],
  description: string,
): DemoCourse {
  return { code, title, description, credits, department: code.split(" ")[0] ?? "", prerequisites };
}

export const COURSES: DemoCourse[] = [
  // Computer Science
  course("CS 101", "Introduction to Programming", 4, [],
    "A first course in programming using Python, covering variables, control flow, functions and basic data structures. Students write small programs every week and complete a final project."),
  course("CS 105", "Web Design and Development", 3, [],
    "An introduction to building websites with HTML, CSS and JavaScript. Emphasizes accessible, responsive design and publishing a personal portfolio site."),
  course("CS 201", "Data Structures", 4, ["CS 101"],
    "Design and implementation of lists, stacks, queues, hash tables, trees and graphs. Introduces asymptotic analysis and the trade-offs between competing representations."),
  course("CS 220", "Computer Organization", 4, ["CS 101"],
    "How programs run on real hardware: data representation, assembly language, memory hierarchy and the basics of processor design. Includes weekly programming exercises in C."),
  course("CS 230", "Discrete Structures", 3, ["CS 101", "MATH 101"],
    "Logic, sets, functions, relations, combinatorics and graph theory with applications to computing. Students learn to read and write rigorous proofs."),
  course("CS 310", "Algorithms", 4, ["CS 201", "CS 230"],
    "Techniques for designing and analyzing efficient algorithms, including divide and conquer, greedy methods, dynamic programming and graph algorithms. Also introduces NP-completeness."),
  course("CS 340", "Database Systems", 3, ["CS 201"],
    "The relational model, SQL, schema design and normalization, indexing and transaction processing. Students design and build a database-backed application in teams."),
  course("CS 490", "Senior Seminar in Computing", 2, ["CS 310"],
    "A capstone seminar in which students read recent research, present papers and write a substantial technical report. Topics vary by year."),

  // Mathematics
  course("MATH 101", "Calculus I", 4, [],
    "Limits, continuity, derivatives and their applications, and an introduction to the definite integral. Emphasizes both computation and conceptual understanding."),
  course("MATH 110", "Introduction to Statistics", 3, [],
    "Descriptive statistics, probability, sampling distributions, confidence intervals and hypothesis testing. Students analyze real data sets using statistical software."),
  course("MATH 102", "Calculus II", 4, ["MATH 101"],
    "Techniques and applications of integration, sequences and infinite series, and an introduction to differential equations."),
  course("MATH 201", "Linear Algebra", 3, ["MATH 101"],
    "Systems of linear equations, matrices, vector spaces, linear transformations, eigenvalues and eigenvectors. Applications are drawn from science, engineering and data analysis."),
  course("MATH 202", "Multivariable Calculus", 4, ["MATH 102"],
    "Vectors, partial derivatives, multiple integrals and the theorems of Green, Stokes and Gauss."),
  course("MATH 250", "Probability", 3, ["MATH 102"],
    "Discrete and continuous random variables, expectation, joint distributions, the law of large numbers and the central limit theorem."),
  course("MATH 310", "Real Analysis", 3, ["MATH 201", "MATH 202"],
    "A rigorous treatment of the real numbers, sequences, continuity, differentiation and Riemann integration. Serves as an introduction to proof-based mathematics."),

  // Physics and Astronomy
  course("PHYS 101", "General Physics I", 4, [],
    "Mechanics, including kinematics, Newton's laws, energy, momentum and rotational motion. Intended for science majors; students should take PHYS 105 alongside it."),
  course("PHYS 105", "General Physics Laboratory", 1, [],
    "Weekly laboratory experiments in mechanics and measurement. Students learn to collect data, estimate uncertainty and write lab reports."),
  course("PHYS 110", "Introduction to Astronomy", 3, [],
    "A survey of the solar system, stars, galaxies and cosmology for non-majors. Includes evening observing sessions at the campus observatory."),
  course("PHYS 102", "General Physics II", 4, ["PHYS 101", "MATH 101"],
    "Electricity, magnetism, circuits, waves and optics. Continues the calculus-based sequence begun in PHYS 101."),
  course("PHYS 210", "Classical Mechanics", 3, ["PHYS 101", "MATH 102"],
    "Newtonian mechanics at an intermediate level, oscillations, central forces and an introduction to Lagrangian methods."),
  course("PHYS 220", "Modern Physics", 3, ["PHYS 102"],
    "Special relativity, the quantum nature of light and matter, atomic structure and nuclear physics."),

  // Biology
  course("BIO 101", "Principles of Biology", 4, [],
    "An introduction to cell structure, genetics, evolution and ecology. Provides the foundation for all upper-level biology courses."),
  course("BIO 105", "Principles of Biology Laboratory", 1, [],
    "Hands-on laboratory work in microscopy, molecular techniques and experimental design that complements BIO 101."),
  course("BIO 110", "Human Biology", 3, [],
    "The structure and function of the human body, with attention to health, nutrition and disease. Designed for non-majors."),
  course("BIO 201", "Genetics", 4, ["BIO 101"],
    "Mendelian inheritance, molecular genetics, gene regulation and genomics. Problem sets emphasize quantitative reasoning about genetic data."),
  course("BIO 220", "General Ecology", 3, ["BIO 101"],
    "Interactions among organisms and their environment at the population, community and ecosystem levels. Includes several field trips to local habitats."),
  course("BIO 310", "Cell and Molecular Biology", 4, ["BIO 201"],
    "Membrane transport, cell signaling, the cytoskeleton and the cell cycle, studied through the primary literature."),

  // English
  course("ENG 101", "College Writing", 3, [],
    "Develops the reading, writing and revision skills needed for academic work. Students write several essays, including a researched argument."),
  course("ENG 120", "Introduction to Literature", 3, [],
    "Close reading of poetry, fiction and drama from a range of periods and cultures. Students learn the vocabulary of literary analysis."),
  course("ENG 210", "Shakespeare", 3, ["ENG 101"],
    "A study of representative comedies, histories and tragedies, with attention to performance and historical context."),
  course("ENG 230", "Creative Writing: Fiction", 3, ["ENG 101"],
    "A workshop in the craft of short fiction. Students read published stories and write and revise their own work for peer critique."),
  course("ENG 260", "American Literature since 1865", 3, ["ENG 120"],
    "Fiction, poetry and essays from the end of the Civil War to the present, including realism, modernism and contemporary writing."),
  course("ENG 390", "Seminar in Modernist Fiction", 3, ["ENG 260"],
    "An advanced seminar on Joyce, Woolf, Faulkner and their contemporaries. Students complete a long research paper."),

  // History
  course("HIST 101", "World History to 1500", 3, [],
    "A survey of the world's major civilizations from the earliest societies to the end of the fifteenth century."),
  course("HIST 102", "World History since 1500", 3, [],
    "Global connections, empires, revolutions and the making of the modern world from 1500 to the present."),
  course("HIST 210", "The United States to 1877", 3, [],
    "American history from colonial settlement through the Revolution, the early republic, the Civil War and Reconstruction."),
  course("HIST 250", "Modern Europe, 1789-1945", 3, ["HIST 102"],
    "Revolution, nationalism, industrialization, imperialism and the two world wars in European history."),
  course("HIST 390", "Historical Methods Seminar", 3, ["HIST 102"],
    "A seminar on how historians work with primary sources, archives and historiography. Each student writes an original research paper."),

  // Economics
  course("ECON 101", "Principles of Microeconomics", 3, [],
    "How individuals and firms make decisions, how markets work, and when markets fail. Covers supply and demand, elasticity, market structure and public policy."),
  course("ECON 102", "Principles of Macroeconomics", 3, [],
    "National income, unemployment, inflation, economic growth, and monetary and fiscal policy."),
  course("ECON 201", "Intermediate Microeconomic Theory", 3, ["ECON 101", "MATH 101"],
    "A calculus-based treatment of consumer and producer theory, general equilibrium and welfare economics."),
  course("ECON 210", "Introduction to Econometrics", 4, ["ECON 101", "MATH 110"],
    "Regression analysis and its use in testing economic theories and evaluating policy. Students carry out an empirical project with real data."),
  course("ECON 320", "Game Theory", 3, ["ECON 201"],
    "Strategic interaction in economics and politics: Nash equilibrium, repeated games, bargaining and auctions."),

  // Psychology
  course("PSYC 101", "Introduction to Psychology", 3, [],
    "A survey of the science of behavior and mental processes, including perception, learning, memory, development, personality and psychological disorders."),
  course("PSYC 110", "Lifespan Development", 3, [],
    "Physical, cognitive and social development from infancy through old age, with attention to research methods and cultural context."),
  course("PSYC 201", "Research Methods in Psychology", 4, ["PSYC 101", "MATH 110"],
    "Experimental and correlational designs, measurement, ethics and data analysis. Students design, run and report an original study."),
  course("PSYC 220", "Cognitive Psychology", 3, ["PSYC 101"],
    "Attention, perception, memory, language and decision making, examined through classic and current experiments."),
  course("PSYC 230", "Social Psychology", 3, ["PSYC 101"],
    "How people think about, influence and relate to one another, including attitudes, conformity, prejudice and group behavior."),
  course("PSYC 390", "Seminar in Clinical Psychology", 3, ["PSYC 201"],
    "An advanced seminar on the assessment and treatment of psychological disorders and the evidence behind current therapies."),
];

// ---------------------------------------------------------------------------
// Sections
// ---------------------------------------------------------------------------

// Weekly time slots. Each faculty member teaches at most one section per slot,
// and no two slots overlap, so instructors can never be double-booked.
// MWF: 50-minute meetings; TR: 75-minute meetings; the last four are single
// 170-minute meetings used for labs, seminars and evening sections.
const SLOTS = {
  MWF08: ["MWF", "08:00", "08:50"],
  MWF09: ["MWF", "09:00", "09:50"],
  MWF10: ["MWF", "10:00", "10:50"],
  MWF11: ["MWF", "11:00", "11:50"],
  MWF12: ["MWF", "12:00", "12:50"],
  MWF13: ["MWF", "13:00", "13:50"],
  MWF14: ["MWF", "14:00", "14:50"],
  MWF15: ["MWF", "15:00", "15:50"],
  TR0800: ["TR", "08:00", "09:15"],
  TR0930: ["TR", "09:30", "10:45"],
  TR1100: ["TR", "11:00", "12:15"],
  TR1300: ["TR", "13:00", "14:15"],
  TR1430: ["TR", "14:30", "15:45"],
  TR1600: ["TR", "16:00", "17:15"],
  MON16: ["MON", "16:00", "18:50"],
  WED16: ["WED", "16:00", "18:50"],
  TUE1730: ["TUE", "17:30", "20:20"],
  THU1730: ["THU", "17:30", "20:20"],
} as const satisfies Record<string, readonly [string, string, string]>;
type Slot = keyof typeof SLOTS;

const PATTERN_DAYS: Record<string, Day[]> = {
  MWF: ["MON", "WED", "FRI"],
  TR: ["TUE", "THU"],
  MON: ["MON"],
  TUE: ["TUE"],
  WED: ["WED"],
  THU: ["THU"],
};

function meetingsFor(slot: Slot): DemoMeeting[] {
  const [pattern, start, end] = SLOTS[slot];
  return (PATTERN_DAYS[pattern] ?? []).map((day) => ({ day, start, end }));
}

type Instructor = DemoSection["instructor"];
// [course, section, slot, room, capacity]
type Row = [string, string, Slot, string, number];

function sections(term: DemoTermKey, instructor: Instructor, rows: Row[]): DemoSection[] {
  return rows.map(([courseCode, code, slot, room, capacity]) => ({
    courseCode,
    term,
    code,
    instructor,
    room,
    meetings: meetingsFor(slot),
    capacity,
  }));
}

// Rooms by instructor (disjoint, so rooms never clash):
//   faculty1 (CS):        SCI 140, SCI 215, SCI 310 (computer lab), SCI 312 (seminar)
//   faculty2 (MATH):      SCI 120, SCI 130, SCI 205, SCI 207 (seminar)
//   faculty3 (PHYS, BIO): SCI 101, SCI 230 (physics lab), LSB 100, LSB 210, LSB 215, LSB 220 (bio lab)
//   faculty4 (ENG, HIST): HUM 101, HUM 204, HUM 206, HUM 310 (seminar), HUM 312 (seminar)
//   faculty5 (ECON, PSYC): SSB 100, SSB 150, SSB 210, SSB 305 (seminar)
const CURRENT_SECTIONS: DemoSection[] = [
  ...sections("current", "faculty1", [
    ["CS 101", "001", "MWF08", "SCI 140", 80],
    ["CS 201", "001", "MWF09", "SCI 140", 60],
    ["CS 101", "002", "MWF10", "SCI 140", 80],
    ["CS 230", "001", "MWF11", "SCI 215", 40],
    ["CS 105", "001", "MWF12", "SCI 310", 36],
    ["CS 220", "001", "MWF13", "SCI 215", 45],
    ["CS 340", "001", "MWF14", "SCI 215", 40],
    ["CS 101", "003", "MWF15", "SCI 310", 36],
    ["CS 310", "001", "TR0800", "SCI 215", 40],
    ["CS 201", "002", "TR0930", "SCI 140", 60],
    ["CS 101", "004", "TR1100", "SCI 140", 80],
    ["CS 230", "002", "TR1300", "SCI 312", 6], // small section: nearly full
    ["CS 105", "002", "TR1430", "SCI 310", 36],
    ["CS 201", "003", "TR1600", "SCI 310", 36],
    ["CS 220", "002", "MON16", "SCI 310", 30],
    ["CS 490", "001", "WED16", "SCI 312", 12],
    ["CS 340", "002", "TUE1730", "SCI 310", 30],
    ["CS 310", "002", "THU1730", "SCI 215", 30],
  ]),
  ...sections("current", "faculty2", [
    ["MATH 101", "001", "MWF08", "SCI 120", 120],
    ["MATH 110", "001", "MWF09", "SCI 130", 60],
    ["MATH 102", "001", "MWF10", "SCI 130", 60],
    ["MATH 101", "002", "MWF11", "SCI 120", 120],
    ["MATH 201", "001", "MWF12", "SCI 205", 40],
    ["MATH 202", "001", "MWF13", "SCI 205", 40],
    ["MATH 110", "002", "MWF14", "SCI 130", 60],
    ["MATH 250", "001", "MWF15", "SCI 205", 35],
    ["MATH 101", "003", "TR0800", "SCI 130", 60],
    ["MATH 102", "002", "TR0930", "SCI 130", 60],
    ["MATH 201", "002", "TR1100", "SCI 207", 8], // small section: nearly full
    ["MATH 101", "004", "TR1300", "SCI 120", 120],
    ["MATH 310", "001", "TR1430", "SCI 205", 25],
    ["MATH 110", "003", "TR1600", "SCI 130", 60],
    ["MATH 101", "005", "MON16", "SCI 205", 40],
    ["MATH 102", "003", "WED16", "SCI 205", 40],
    ["MATH 202", "002", "TUE1730", "SCI 205", 30],
    ["MATH 250", "002", "THU1730", "SCI 205", 30],
  ]),
  ...sections("current", "faculty3", [
    ["BIO 101", "001", "MWF08", "LSB 100", 120],
    ["PHYS 101", "001", "MWF09", "SCI 101", 90],
    ["BIO 201", "001", "MWF10", "LSB 210", 48],
    ["PHYS 110", "001", "MWF11", "SCI 101", 90],
    ["BIO 110", "001", "MWF12", "LSB 100", 60],
    ["PHYS 102", "001", "MWF13", "SCI 101", 60],
    ["BIO 310", "001", "MWF14", "LSB 210", 36],
    ["PHYS 220", "001", "MWF15", "SCI 101", 30],
    ["PHYS 210", "001", "TR0800", "SCI 101", 30],
    ["BIO 101", "002", "TR0930", "LSB 100", 120],
    ["PHYS 101", "002", "TR1100", "SCI 101", 90],
    ["BIO 201", "002", "TR1300", "LSB 210", 48],
    ["BIO 220", "001", "TR1430", "LSB 215", 5], // small field section: nearly full
    ["BIO 110", "002", "TR1600", "LSB 100", 60],
    ["BIO 105", "001", "MON16", "LSB 220", 24], // lab
    ["PHYS 105", "001", "WED16", "SCI 230", 24], // lab
    ["BIO 105", "002", "TUE1730", "LSB 220", 24], // lab
    ["PHYS 105", "002", "THU1730", "SCI 230", 24], // lab
  ]),
  ...sections("current", "faculty4", [
    ["ENG 101", "001", "MWF08", "HUM 204", 25],
    ["HIST 101", "001", "MWF09", "HUM 101", 100],
    ["ENG 101", "002", "MWF10", "HUM 204", 25],
    ["HIST 102", "001", "MWF11", "HUM 101", 100],
    ["ENG 120", "001", "MWF12", "HUM 206", 40],
    ["ENG 210", "001", "MWF13", "HUM 206", 35],
    ["HIST 210", "001", "MWF14", "HUM 204", 40],
    ["ENG 101", "003", "MWF15", "HUM 204", 25],
    ["ENG 101", "004", "TR0800", "HUM 204", 25],
    ["HIST 250", "001", "TR0930", "HUM 206", 40],
    ["ENG 120", "002", "TR1100", "HUM 206", 40],
    ["ENG 260", "001", "TR1300", "HUM 310", 6], // small section: nearly full
    ["HIST 101", "002", "TR1430", "HUM 101", 100],
    ["HIST 102", "002", "TR1600", "HUM 101", 60],
    ["ENG 230", "001", "MON16", "HUM 312", 5], // writing workshop: full
    ["HIST 390", "001", "WED16", "HUM 310", 6], // seminar: full
    ["ENG 390", "001", "TUE1730", "HUM 312", 12],
    ["HIST 210", "002", "THU1730", "HUM 204", 40],
  ]),
  ...sections("current", "faculty5", [
    ["PSYC 101", "001", "MWF08", "SSB 100", 120],
    ["ECON 101", "001", "MWF09", "SSB 100", 120],
    ["PSYC 201", "001", "MWF10", "SSB 210", 30],
    ["ECON 102", "001", "MWF11", "SSB 100", 90],
    ["PSYC 110", "001", "MWF12", "SSB 150", 60],
    ["ECON 201", "001", "MWF13", "SSB 150", 45],
    ["PSYC 230", "001", "MWF14", "SSB 305", 8], // small section: nearly full
    ["ECON 101", "002", "MWF15", "SSB 150", 60],
    ["PSYC 220", "001", "TR0800", "SSB 150", 50],
    ["PSYC 101", "002", "TR0930", "SSB 100", 120],
    ["ECON 210", "001", "TR1100", "SSB 305", 6], // small section: nearly full
    ["ECON 101", "003", "TR1300", "SSB 100", 120],
    ["PSYC 110", "002", "TR1430", "SSB 150", 60],
    ["ECON 320", "001", "TR1600", "SSB 210", 30],
    ["PSYC 101", "003", "MON16", "SSB 150", 40],
    ["PSYC 390", "001", "WED16", "SSB 305", 12],
    ["ECON 102", "002", "TUE1730", "SSB 150", 40],
    ["PSYC 201", "002", "THU1730", "SSB 210", 30],
  ]),
];

// Past term: introductory courses only (the ones in PAST_GRADES).
const PAST_SECTIONS: DemoSection[] = [
  ...sections("past", "faculty1", [
    ["CS 101", "001", "MWF09", "SCI 140", 80],
    ["CS 101", "002", "TR1100", "SCI 140", 80],
    ["CS 105", "001", "MWF13", "SCI 310", 36],
  ]),
  ...sections("past", "faculty2", [
    ["MATH 101", "001", "MWF08", "SCI 120", 120],
    ["MATH 101", "002", "TR0930", "SCI 120", 60],
    ["MATH 110", "001", "MWF11", "SCI 130", 60],
  ]),
  ...sections("past", "faculty3", [
    ["PHYS 101", "001", "MWF09", "SCI 101", 90],
    ["PHYS 105", "001", "MON16", "SCI 230", 24],
    ["PHYS 110", "001", "TR1100", "SCI 101", 90],
    ["BIO 101", "001", "MWF10", "LSB 100", 120],
    ["BIO 105", "001", "WED16", "LSB 220", 24],
    ["BIO 110", "001", "TR1300", "LSB 100", 60],
  ]),
  ...sections("past", "faculty4", [
    ["ENG 101", "001", "MWF08", "HUM 204", 25],
    ["ENG 101", "002", "TR0930", "HUM 204", 25],
    ["ENG 120", "001", "MWF12", "HUM 206", 40],
    ["HIST 101", "001", "MWF10", "HUM 101", 100],
    ["HIST 102", "001", "TR1300", "HUM 101", 100],
  ]),
  ...sections("past", "faculty5", [
    ["PSYC 101", "001", "MWF08", "SSB 100", 120],
    ["ECON 101", "001", "MWF09", "SSB 100", 120],
    ["ECON 102", "001", "MWF11", "SSB 100", 90],
    ["PSYC 101", "002", "TR1100", "SSB 100", 120],
    ["PSYC 110", "001", "TR1430", "SSB 150", 60],
  ]),
];

export const SECTIONS: DemoSection[] = [...CURRENT_SECTIONS, ...PAST_SECTIONS];

// ---------------------------------------------------------------------------
// Current-term enrollments (student21..student40 only)
// ---------------------------------------------------------------------------

// student number -> sections as "COURSE/SECTION"
const ENROLLED: [number, string[]][] = [
  [21, ["CS 230/002", "MATH 201/002", "ENG 230/001"]],
  [22, ["CS 230/002", "MATH 201/002", "PSYC 230/001"]],
  [23, ["CS 230/002", "MATH 201/002", "HIST 390/001"]],
  [24, ["CS 230/002", "MATH 201/002", "BIO 220/001"]],
  [25, ["CS 230/002", "MATH 201/002", "CS 201/001"]],
  [26, ["MATH 201/002", "ECON 201/001", "HIST 101/002"]],
  [27, ["ECON 210/001", "PSYC 230/001", "ECON 102/001"]],
  [28, ["ECON 210/001", "ENG 260/001", "PSYC 101/001"]],
  [29, ["ECON 210/001", "HIST 390/001"]],
  [30, ["ECON 210/001", "BIO 220/001", "BIO 201/001"]],
  [31, ["PSYC 230/001", "ENG 230/001", "ENG 260/001"]],
  [32, ["PSYC 230/001", "ENG 230/001", "HIST 390/001"]],
  [33, ["PSYC 230/001", "BIO 220/001", "ENG 260/001", "BIO 105/002"]],
  [34, ["PSYC 230/001", "HIST 390/001", "ENG 230/001"]],
  [35, ["PSYC 230/001", "PSYC 201/001"]],
  [36, ["BIO 220/001", "ENG 260/001", "HIST 390/001"]],
  [37, ["ENG 230/001", "ENG 260/001", "HIST 390/001", "ENG 210/001"]],
  [38, ["CS 201/002", "HIST 101/001", "PHYS 105/002"]],
  [39, ["BIO 101/002", "ECON 101/001", "PSYC 101/001", "BIO 105/001"]],
  [40, ["ENG 210/001", "HIST 210/001", "PHYS 110/001"]],
];

export const CURRENT_ENROLLMENTS: DemoEnrollment[] = ENROLLED.flatMap(([n, list]) =>
  list.map((entry) => {
    const [courseCode = "", sectionCode = ""] = entry.split("/");
    return { student: `student${n}`, courseCode, sectionCode };
  }),
);

// ---------------------------------------------------------------------------
// Past-term grades (released)
// ---------------------------------------------------------------------------

// student number -> "COURSE:GRADE"
const GRADES: [number, string[]][] = [
  [1, ["CS 101:A", "MATH 101:B+", "ENG 101:A-", "PSYC 101:F"]],
  [2, ["CS 101:B", "MATH 101:C+", "HIST 101:A-"]],
  [3, ["BIO 101:A-", "PSYC 101:B+", "ENG 101:B"]],
  [4, ["ECON 101:B-", "MATH 110:C", "ENG 120:B+"]],
  [5, ["CS 101:F", "MATH 101:B-", "PHYS 101:C+"]],
  [6, ["HIST 101:B+", "HIST 102:A-", "ENG 120:A"]],
  [7, ["PSYC 101:A", "PSYC 110:A-", "MATH 110:B+", "BIO 110:B"]],
  [8, ["CS 105:A", "CS 101:B+", "ENG 101:C"]],
  [9, ["ECON 101:A-", "ECON 102:B+", "MATH 101:B"]],
  [10, ["BIO 101:C", "BIO 105:B+", "PHYS 110:W"]],
  [11, ["ENG 101:P", "HIST 102:C-", "PSYC 101:B"]],
  [12, ["MATH 101:A", "PHYS 101:A-", "PHYS 105:A", "CS 101:B+"]],
  [13, ["ECON 102:D+", "PSYC 110:C+", "ENG 101:B-"]],
  [14, ["CS 101:C", "MATH 110:B", "ECON 101:NP"]],
  [15, ["BIO 110:B+", "ENG 120:B", "HIST 101:C+"]],
  [16, ["MATH 101:C-", "CS 105:B", "PSYC 101:A-"]],
  [17, ["PHYS 110:A-", "HIST 102:B+", "ENG 101:A"]],
  [18, ["BIO 101:B-", "MATH 110:D", "PSYC 101:C"]],
  [19, ["CS 101:A-", "MATH 101:A-", "ECON 101:B+"]],
  [20, ["ENG 120:B+", "HIST 101:F", "PSYC 110:B"]],
  [21, ["CS 101:A", "MATH 101:A-", "ENG 101:B+"]],
  [22, ["CS 101:B+", "MATH 101:B", "PSYC 101:A"]],
  [23, ["CS 101:A-", "MATH 101:B-", "HIST 102:B"]],
  [24, ["CS 101:B", "MATH 101:C+", "BIO 101:B+"]],
  [25, ["CS 101:A", "MATH 101:A"]],
  [26, ["MATH 101:B+", "MATH 110:A-", "ECON 101:A"]],
  [27, ["ECON 101:B", "MATH 110:B+", "PSYC 101:B-"]],
  [28, ["ECON 101:A-", "MATH 110:C+", "ENG 120:B"]],
  [29, ["ECON 101:B+", "MATH 110:B", "HIST 102:A-"]],
  [30, ["ECON 101:C", "MATH 110:B-", "BIO 101:B"]],
  [31, ["PSYC 101:A", "ENG 101:B+", "ENG 120:A-"]],
  [32, ["PSYC 101:B", "ENG 101:A-", "HIST 102:B+"]],
  [33, ["PSYC 101:B+", "BIO 101:A-", "ENG 120:B"]],
  [34, ["PSYC 101:C+", "HIST 102:B", "ENG 101:B"]],
  [35, ["PSYC 101:A-", "MATH 110:B"]],
  [36, ["BIO 101:A", "ENG 120:B+", "HIST 102:B-"]],
  [37, ["ENG 101:A", "ENG 120:A-", "HIST 102:A"]],
  [38, ["CS 101:C-", "MATH 101:F", "PHYS 101:B"]],
  [39, ["BIO 101:W", "ECON 102:B", "PSYC 110:P"]],
  [40, ["ENG 101:B", "HIST 101:A-", "PHYS 110:I"]],
];

export const PAST_GRADES: DemoPastGrade[] = GRADES.flatMap(([n, list]) =>
  list.map((entry) => {
    const [courseCode = "", grade = ""] = entry.split(":");
    return { student: `student${n}`, courseCode, grade };
  }),
);
