/** What a reader calls a document's opening and its summary box; every other section goes by its heading. */
export const SECTION_WORDS: Readonly<Record<string, string>> = { lead: "introduction", infobox: "summary box" };

/** "introduction", "summary box" or "section “October 2012”": a citation's section in running text. */
export function sectionLabel(section: string): string {
  return SECTION_WORDS[section] ?? `section “${section}”`;
}
