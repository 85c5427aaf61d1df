// The `filter` parameter of the OneRoster 1.2 REST binding: `field<op>'value'` predicates joined
// by AND / OR (AND binds tighter), ops = != > >= < <= ~ (~ is "contains"). Parsed with a
// Chevrotain lexer and parser into a tree, then evaluated against the records served.
import { createToken, EmbeddedActionsParser, Lexer, type IToken } from "chevrotain";

/** One comparison of a field with a value. */
export interface Predicate {
  kind: "predicate";
  field: string;
  op: Operator;
  value: string;
}
/** Predicates joined by AND (all) or OR (any). */
export interface Junction {
  kind: "and" | "or";
  parts: Filter[];
}
export type Filter = Predicate | Junction;
export type Operator = "=" | "!=" | ">" | ">=" | "<" | "<=" | "~";

/** A filter the parser or the field check refused, with where and why (a 400 names it). */
export class FilterError extends Error {
  constructor(
    message: string,
    /** invalid_filter_field when a field is unknown, invalid_data for bad syntax. */
    readonly codeMinor: "invalid_filter_field" | "invalid_data" = "invalid_data",
  ) {
    super(message);
  }
}

/** The most predicates one filter may hold (the specification's examples use one or two). */
export const MAX_PREDICATES = 10;
/** The longest filter accepted. */
export const MAX_FILTER_LENGTH = 1000;

const WhiteSpace = createToken({ name: "WhiteSpace", pattern: /\s+/, group: Lexer.SKIPPED });
const Identifier = createToken({ name: "Identifier", pattern: /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/ });
const And = createToken({ name: "And", pattern: /AND/, longer_alt: Identifier });
const Or = createToken({ name: "Or", pattern: /OR/, longer_alt: Identifier });
const Quoted = createToken({ name: "Quoted", pattern: /'(?:[^']|'')*'/ });
const NumberLiteral = createToken({ name: "NumberLiteral", pattern: /-?\d+(?:\.\d+)?/ });
const NotEquals = createToken({ name: "NotEquals", pattern: /!=/ });
const GreaterOrEqual = createToken({ name: "GreaterOrEqual", pattern: />=/ });
const LessOrEqual = createToken({ name: "LessOrEqual", pattern: /<=/ });
const Equals = createToken({ name: "Equals", pattern: /=/ });
const Greater = createToken({ name: "Greater", pattern: />/ });
const Less = createToken({ name: "Less", pattern: /</ });
const Contains = createToken({ name: "Contains", pattern: /~/ });

const OPERATORS = [NotEquals, GreaterOrEqual, LessOrEqual, Equals, Greater, Less, Contains];
const TOKENS = [WhiteSpace, And, Or, Identifier, Quoted, NumberLiteral, ...OPERATORS];
const lexer = new Lexer(TOKENS, { positionTracking: "onlyOffset" });

class FilterParser extends EmbeddedActionsParser {
  constructor() {
    super(TOKENS, { maxLookahead: 1 });
    this.performSelfAnalysis();
  }

  /** expression := conjunction (OR conjunction)* */
  expression = this.RULE("expression", (): Filter => {
    const parts: Filter[] = [this.SUBRULE(this.conjunction)];
    this.MANY(() => {
      this.CONSUME(Or);
      parts.push(this.SUBRULE2(this.conjunction));
    });
    return parts.length === 1 ? parts[0]! : { kind: "or", parts };
  });

  /** conjunction := predicate (AND predicate)* */
  conjunction = this.RULE("conjunction", (): Filter => {
    const parts: Filter[] = [this.SUBRULE(this.predicate)];
    this.MANY(() => {
      this.CONSUME(And);
      parts.push(this.SUBRULE2(this.predicate));
    });
    return parts.length === 1 ? parts[0]! : { kind: "and", parts };
  });

  /** predicate := field operator value */
  predicate = this.RULE("predicate", (): Filter => {
    const field = this.CONSUME(Identifier).image;
    const op = this.OR(OPERATORS.map((token) => ({ ALT: () => this.CONSUME(token).image })));
    const value = this.OR2([
      { ALT: () => unquote(this.CONSUME(Quoted).image) },
      { ALT: () => this.CONSUME(NumberLiteral).image },
      { ALT: () => this.CONSUME2(Identifier).image },
    ]);
    return { kind: "predicate", field, op: op as Operator, value };
  });
}

const unquote = (image: string) => image.slice(1, -1).replace(/''/g, "'");
const parser = new FilterParser();

/** What a token looked like, for messages. */
const shown = (token: IToken | undefined) => (token && token.image ? `"${token.image.slice(0, 40)}"` : "the end of the filter");

/**
 * Parses a filter. `fields` are the field paths the collection may be filtered on: another
 * field is refused (invalid_filter_field), as is anything the grammar does not allow.
 */
export function parseFilter(text: string, fields: readonly string[]): Filter {
  if (text.length > MAX_FILTER_LENGTH) throw new FilterError(`The filter is longer than ${MAX_FILTER_LENGTH} characters.`);
  const lexed = lexer.tokenize(text);
  if (lexed.errors.length) {
    const error = lexed.errors[0]!;
    throw new FilterError(`The filter cannot be read at character ${error.offset + 1} ("${text.slice(error.offset, error.offset + 10)}"): write field='value', joined by AND or OR.`);
  }
  if (lexed.tokens.length === 0) throw new FilterError("The filter is empty: write field='value', joined by AND or OR.");
  parser.input = lexed.tokens;
  const tree = parser.expression();
  if (parser.errors.length) {
    const error = parser.errors[0]!;
    throw new FilterError(`The filter is not valid at ${shown(error.token)}: write field='value' (operators = != > >= < <= ~), joined by AND or OR.`);
  }
  const predicates = predicatesOf(tree);
  if (predicates.length > MAX_PREDICATES) throw new FilterError(`The filter has ${predicates.length} predicates: at most ${MAX_PREDICATES}.`);
  const unknown = predicates.find((p) => !fields.includes(p.field));
  if (unknown) throw new FilterError(`The filter names the field "${unknown.field}", which these records cannot be filtered on. Fields: ${fields.join(", ")}.`, "invalid_filter_field");
  return tree;
}

function predicatesOf(filter: Filter): Predicate[] {
  return filter.kind === "predicate" ? [filter] : filter.parts.flatMap(predicatesOf);
}

/** The values at a dotted path (arrays are looked through: `roles.role` is every role's). */
export function valuesAt(record: unknown, path: string): unknown[] {
  let current: unknown[] = [record];
  for (const key of path.split(".")) {
    current = current.flatMap((value) => {
      if (value === null || value === undefined) return [];
      const next = Array.isArray(value) ? value.map((item) => (item as Record<string, unknown>)?.[key]) : [(value as Record<string, unknown>)[key]];
      return next.flatMap((item) => (Array.isArray(item) ? item : [item])).filter((item) => item !== undefined && item !== null);
    });
  }
  return current;
}

/** Compares one record value with the filter's text: numbers as numbers, the rest as text. */
function compare(actual: unknown, op: Operator, expected: string): boolean {
  if (op === "~") return String(actual).toLowerCase().includes(expected.toLowerCase());
  const both = typeof actual === "number" && expected.trim() !== "" && Number.isFinite(Number(expected));
  const order = both ? Math.sign((actual as number) - Number(expected)) : String(actual) < expected ? -1 : String(actual) > expected ? 1 : 0;
  switch (op) {
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
    case ">":
      return order > 0;
    case ">=":
      return order >= 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
  }
}

/** True when the record passes the filter (a predicate on a list field passes when any item does; != when none equals). */
export function matches(record: unknown, filter: Filter): boolean {
  if (filter.kind !== "predicate") return filter.kind === "and" ? filter.parts.every((part) => matches(record, part)) : filter.parts.some((part) => matches(record, part));
  const values = valuesAt(record, filter.field);
  if (filter.op === "!=") return !values.some((value) => compare(value, "=", filter.value));
  return values.some((value) => compare(value, filter.op, filter.value));
}
