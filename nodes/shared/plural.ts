// Counted nouns in messages and pages: "1 section", "2 sections". One helper, so no message says
// "1 sections" or "1 accounts found".

/** "1 student", "2 students"; `pluralForm` for nouns that do not just take an s ("1 match", "2 matches"). */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
