/** One data row of a grades CSV file. */
export interface CsvGradeRow {
  /** Line number in the file, 1-based. */
  line: number;
  student: string;
  grade: string;
  /** Why the row is not "student,grade", when it is not. */
  malformed?: string;
}

// A first row whose second column is titled like this is a header (no grade is called that).
const GRADE_COLUMN_TITLES = new Set(["grade", "grades", "final grade", "final_grade", "letter grade", "mark", "result"]);

/** Splits one line into fields: the delimiter separates, double quotes enclose, "" is a quote. */
function splitLine(text: string, delimiter: string): string[] | undefined {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (char === delimiter) {
      fields.push(field);
      field = "";
    } else field += char;
  }
  if (quoted) return undefined;
  fields.push(field);
  return fields.map((f) => f.trim());
}

/** Comma unless the first line uses more semicolons than commas (a European spreadsheet's export). */
function detectDelimiter(firstLine: string): string {
  const count = (char: string) => firstLine.split(char).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/**
 * Reads a `student,grade` file: UTF-8 with or without BOM, comma or semicolon separated,
 * quoted fields allowed, an optional header row, blank lines ignored.
 */
export function parseGradeCsv(text: string): CsvGradeRow[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\n|\r/);
  const firstContent = lines.find((l) => l.trim() !== "");
  if (firstContent === undefined) return [];
  const delimiter = detectDelimiter(firstContent);
  const rows: CsvGradeRow[] = [];
  let headerChecked = false;
  for (const [index, text] of lines.entries()) {
    const line = index + 1;
    const fields = splitLine(text, delimiter);
    if (fields && fields.every((f) => f === "")) continue;
    // Spreadsheets often end rows with empty cells: those are not columns.
    while (fields && fields.length > 2 && fields[fields.length - 1] === "") fields.pop();
    if (!headerChecked) {
      headerChecked = true;
      if (fields && GRADE_COLUMN_TITLES.has((fields[1] ?? "").toLowerCase())) continue;
    }
    const raw = text.trim();
    if (!fields) {
      rows.push({ line, student: raw, grade: "", malformed: "A quoted field is not closed." });
    } else if (fields.length !== 2) {
      rows.push({ line, student: fields[0] ?? raw, grade: fields[1] ?? "", malformed: `Expected 2 columns (student${delimiter}grade), found ${fields.length}.` });
    } else if (!fields[0] || !fields[1]) {
      rows.push({ line, student: fields[0]!, grade: fields[1]!, malformed: fields[0] ? "The grade is missing." : "The student is missing." });
    } else {
      rows.push({ line, student: fields[0], grade: fields[1] });
    }
  }
  return rows;
}
