/**
 * What every export format shares: the formats, the report that comes with each file, citations
 * written as document title and section (never a file name), and the key written out for people.
 * Pure; no database.
 */
import { SECTION_WORDS } from "../content/citation-label";
import type { Citation } from "../content/schema";
import type { Question } from "../questions/types";
import { fileSlug } from "../teaching/csv";

export const EXPORT_FORMATS = ["gift", "qti", "apkg", "kahoot", "quizlet", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The formats a student may download their own flashcards in. */
export const DECK_FORMATS = ["apkg", "quizlet"] as const satisfies readonly ExportFormat[];
export type DeckFormat = (typeof DECK_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

export function isDeckFormat(value: string): value is DeckFormat {
  return (DECK_FORMATS as readonly string[]).includes(value);
}

export interface LeftOut {
  id: string;
  /** The prompt, shortened for the report. */
  prompt: string;
  reason: string;
}

export interface ExportReport {
  format: ExportFormat;
  exported: number;
  leftOut: LeftOut[];
}

export interface ExportContext {
  /** The set, assignment or deck name: the quiz title, deck name and file name come from it. */
  title: string;
  /** Source document id → its title, so citations never show a file name. */
  sourceTitles: ReadonlyMap<string, string>;
}

/** A question a format can hold, or the reason it cannot. */
export type Fit = { ok: true } | { ok: false; reason: string };
export const FITS: Fit = { ok: true };
export const doesNotFit = (reason: string): Fit => ({ ok: false, reason });

/** Splits questions into those a format holds and the report of those it leaves out. */
export function sortOut<Item extends { id: string; prompt: string }>(
  format: ExportFormat,
  items: readonly Item[],
  fit: (item: Item) => Fit,
): { kept: Item[]; report: ExportReport } {
  const kept: Item[] = [];
  const leftOut: LeftOut[] = [];
  for (const item of items) {
    const verdict = fit(item);
    if (verdict.ok) kept.push(item);
    else leftOut.push({ id: item.id, prompt: shorten(item.prompt, 80), reason: verdict.reason });
  }
  return { kept, report: { format, exported: kept.length, leftOut } };
}

export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/** "Battle of Maarat al-Numan (2012), introduction". */
export function citationText(citation: Citation, sourceTitles: ReadonlyMap<string, string>): string {
  const title = sourceTitles.get(citation.doc) ?? citation.doc;
  const word = SECTION_WORDS[citation.section];
  return word ? `${title}, ${word}` : `${title} § ${citation.section}`;
}

export function citationsText(citations: readonly Citation[], sourceTitles: ReadonlyMap<string, string>): string {
  return citations.map((c) => citationText(c, sourceTitles)).join("; ");
}

/** Explanation and sources, as the general feedback of every format. */
export function generalFeedback(question: Pick<Question, "explanation" | "sources">, context: ExportContext): string {
  const sources = citationsText(question.sources, context.sourceTitles);
  return sources ? `${question.explanation} Source: ${sources}.` : question.explanation;
}

/** The prompt with what the student chooses from, for formats that hold only text (Anki, Quizlet). */
export function promptWithChoices(question: Question): string {
  switch (question.type) {
    case "multiple-choice":
      return `${question.prompt} (${question.selectMany ? "choose every right answer" : "choose one"}: ${question.options.map((o) => o.text).join(" / ")})`;
    case "ordering":
      return `${question.prompt} (put in order: ${question.options.map((o) => o.text).join(" / ")})`;
    case "matching":
      return `${question.prompt} (match ${question.premises.map((p) => p.text).join(" / ")} with ${question.options.map((o) => o.text).join(" / ")})`;
    case "true-false":
      return `${question.prompt} (true or false?)`;
    case "numeric":
      return question.unit ? `${question.prompt} (in ${question.unit})` : question.prompt;
    case "map-pin":
      return `${question.prompt} (name or point to the place)`;
    case "typed":
      return question.prompt;
  }
}

/** "Idlib clashes" → "idlib-clashes" (ASCII, for file names). */
export function fileStem(title: string): string {
  return fileSlug(title, "questions");
}
