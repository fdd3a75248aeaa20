/**
 * The question-writing form's values (everything as the teacher typed it) and their two-way
 * conversion to a `Question`. Client-safe and pure: the server action turns a submitted form into
 * values, values into a draft question, and the draft goes through `QuestionSchema`; the schema's
 * issue paths come back here to become messages under the right inputs.
 */
import { parseQuestion, type QuestionIssue } from "../../questions/question-schema";
import { QUESTION_TYPES, type Question, type QuestionType } from "../../questions/types";

/** The documents a teacher may cite, by title (citations store the file name; people never see it). */
export interface SourceChoice {
  file: string;
  title: string;
  sections: string[];
}

export interface StudySetChoice {
  id: string;
  title: string;
}

export interface ChoiceRow {
  text: string;
  correct: boolean;
}

export interface PairRow {
  left: string;
  right: string;
}

/** What the form holds. Strings for numbers, so a half-typed value comes back as typed. */
export interface QuestionFormValues {
  type: QuestionType;
  prompt: string;
  explanation: string;
  category: string;
  skill: string;
  difficulty: string;
  /** A source file name, or "" for none. */
  citationDoc: string;
  citationSection: string;
  /** Free-text citation, used when no document is chosen. */
  citationText: string;
  topics: string[];
  choices: ChoiceRow[];
  selectMany: boolean;
  statementTrue: string;
  items: string[];
  pairs: PairRow[];
  /** Extra right-hand options, one per line. */
  extraOptions: string;
  answerText: string;
  /** Other accepted spellings, one per line. */
  variants: string;
  number: string;
  min: string;
  max: string;
  tolerance: string;
  unit: string;
  lat: string;
  lon: string;
  fullCreditKm: string;
  partialCreditKm: string;
  placeName: string;
}

export type QuestionFormErrors = Partial<Record<string, string>>;

export const MAX_FORM_ROWS = 12;

/** Between the file and the section in the citation select's values. */
export const CITATION_SEPARATOR = "::";

/** "Introduction" for "lead", "Summary box" for "infobox", the heading otherwise. */
export function sectionLabel(section: string): string {
  return section === "lead" ? "Introduction" : section === "infobox" ? "Summary box" : section;
}

export function isQuestionType(value: unknown): value is QuestionType {
  return typeof value === "string" && (QUESTION_TYPES as readonly string[]).includes(value);
}

export function emptyFormValues(type: QuestionType): QuestionFormValues {
  return {
    type,
    prompt: "",
    explanation: "",
    category: "chronology",
    skill: "recall",
    difficulty: "2",
    citationDoc: "",
    citationSection: "",
    citationText: "",
    topics: [],
    choices: [0, 1, 2, 3].map(() => ({ text: "", correct: false })),
    selectMany: false,
    statementTrue: "",
    items: ["", "", ""],
    pairs: [0, 1, 2].map(() => ({ left: "", right: "" })),
    extraOptions: "",
    answerText: "",
    variants: "",
    number: "",
    min: "",
    max: "",
    tolerance: "",
    unit: "",
    lat: "",
    lon: "",
    fullCreditKm: "10",
    partialCreditKm: "30",
    placeName: "",
  };
}

function text(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** Indexed rows ("choice.0.text", "choice.1.text", ...) up to the first missing index. */
function rowCount(form: FormData, prefix: string): number {
  let count = 0;
  while (count < MAX_FORM_ROWS + 1 && form.has(`${prefix}.${count}`)) count++;
  return count;
}

export function formValuesFrom(form: FormData): QuestionFormValues {
  const type = text(form, "type");
  const values = emptyFormValues(isQuestionType(type) ? type : "multiple-choice");
  const scalarNames = [
    "prompt",
    "explanation",
    "category",
    "skill",
    "difficulty",
    "citationDoc",
    "citationSection",
    "citationText",
    "statementTrue",
    "extraOptions",
    "answerText",
    "variants",
    "number",
    "min",
    "max",
    "tolerance",
    "unit",
    "lat",
    "lon",
    "fullCreditKm",
    "partialCreditKm",
    "placeName",
  ] as const;
  for (const name of scalarNames) values[name] = text(form, name);
  // The form's one citation select holds "file::section" (documents by title, grouped with their sections).
  const citation = text(form, "citation");
  if (citation !== "") {
    const at = citation.indexOf(CITATION_SEPARATOR);
    values.citationDoc = at === -1 ? citation : citation.slice(0, at);
    values.citationSection = at === -1 ? "" : citation.slice(at + CITATION_SEPARATOR.length);
  }
  values.topics = form.getAll("topics").filter((t): t is string => typeof t === "string").slice(0, 50);
  values.selectMany = text(form, "selectMany") === "on";
  const choiceCount = rowCount(form, "choice");
  values.choices = Array.from({ length: choiceCount }, (_, i) => ({
    text: text(form, `choice.${i}`),
    correct: form.getAll("correct").includes(String(i)),
  }));
  values.items = Array.from({ length: rowCount(form, "item") }, (_, i) => text(form, `item.${i}`));
  values.pairs = Array.from({ length: rowCount(form, "pair") }, (_, i) => ({
    left: text(form, `pair.${i}`),
    right: text(form, `pairRight.${i}`),
  }));
  return values;
}

/** "Add a row" and "Remove row n" buttons: the form comes back with the change and nothing is saved. */
export function applyRowIntent(values: QuestionFormValues, intent: string): QuestionFormValues | null {
  const match = /^(add|remove)-(choice|item|pair)(?:-(\d{1,2}))?$/.exec(intent);
  if (!match) return null;
  const [, verb, row, indexText] = match;
  const index = Number(indexText ?? -1);
  const next = { ...values, choices: [...values.choices], items: [...values.items], pairs: [...values.pairs] };
  const list = row === "choice" ? next.choices : row === "item" ? next.items : next.pairs;
  if (verb === "add" && list.length < MAX_FORM_ROWS) {
    if (row === "choice") next.choices.push({ text: "", correct: false });
    else if (row === "item") next.items.push("");
    else next.pairs.push({ left: "", right: "" });
  } else if (verb === "remove" && index >= 0 && index < list.length && list.length > 2) {
    list.splice(index, 1);
  }
  return next;
}

const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");

/** A number as people type it ("1,200", " 35.9 "); undefined when blank, so the schema says it is missing. */
function numberFrom(value: string): number | undefined {
  const cleaned = value.replace(/[\s,]/g, "");
  if (cleaned === "") return undefined;
  return Number(cleaned);
}

/** Neutral option ids: they say nothing about order or correctness. */
function makeIdMaker(): (prefix: string) => string {
  const used = new Set<string>();
  return (prefix) => {
    for (;;) {
      const bytes = new Uint8Array(4);
      crypto.getRandomValues(bytes);
      const id = `${prefix}${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
      if (!used.has(id)) {
        used.add(id);
        return id;
      }
    }
  };
}

export interface DraftContext {
  /** The stored id, "tq:<id>@<version>"; a placeholder while only checking. */
  id: string;
  sources: readonly SourceChoice[];
  studySets: readonly StudySetChoice[];
}

/**
 * The question the form describes, before validation, plus problems only the form can see
 * (an unknown document or study set). Rows left entirely blank are ignored.
 */
export function draftFromFormValues(values: QuestionFormValues, context: DraftContext): { draft: Record<string, unknown>; errors: QuestionFormErrors } {
  const errors: QuestionFormErrors = {};
  const newId = makeIdMaker();
  const sources: { doc: string; section: string }[] = [];
  if (values.citationDoc !== "") {
    const source = context.sources.find((s) => s.file === values.citationDoc);
    if (!source) errors.citationDoc = "Choose one of the unit's documents, or leave it empty.";
    else {
      const section = values.citationSection.trim();
      if (section !== "" && !source.sections.includes(section)) {
        errors.citationSection = `Choose a section of “${source.title}”, or leave it empty.`;
      }
      sources.push({ doc: source.file, section: section === "" ? (source.sections[0] ?? "lead") : section });
    }
  }
  const knownSets = new Set(context.studySets.map((s) => s.id));
  const topics = [...new Set(values.topics)];
  if (topics.some((t) => !knownSets.has(t))) errors.topics = "Choose study sets from the list.";
  const citationText = values.citationText.trim();
  const base: Record<string, unknown> = {
    id: context.id,
    type: values.type,
    category: values.category,
    template: "teacher",
    prompt: values.prompt,
    explanation: values.explanation,
    sources,
    ...(citationText !== "" && sources.length === 0 ? { sourceNote: values.citationText } : {}),
    topics: topics.filter((t) => knownSets.has(t)),
    coreIn: [],
    skill: values.skill,
    refs: { events: [], places: [], forces: [], figures: [] },
    difficulty: Number(values.difficulty),
  };
  if (citationText !== "" && sources.length > 0) errors.citationText = "Cite a document or write a citation, not both.";

  switch (values.type) {
    case "multiple-choice": {
      const rows = values.choices.filter((c) => c.text.trim() !== "");
      const options = rows.map((row) => ({ id: newId("c"), text: row.text }));
      const correct = options.filter((_, i) => rows[i]!.correct).map((o) => o.id);
      return { draft: { ...base, selectMany: values.selectMany, options, answer: { correct } }, errors };
    }
    case "true-false": {
      if (values.statementTrue !== "true" && values.statementTrue !== "false") {
        errors.statementTrue = "Say whether the statement is true or false.";
      }
      return { draft: { ...base, answer: { value: values.statementTrue === "true" } }, errors };
    }
    case "ordering": {
      const options = values.items.filter((item) => item.trim() !== "").map((item) => ({ id: newId("i"), text: item }));
      // The options are stored sorted by id, so their stored order gives nothing away.
      return {
        draft: { ...base, options: [...options].sort((a, b) => a.id.localeCompare(b.id)), answer: { order: options.map((o) => o.id) } },
        errors,
      };
    }
    case "matching": {
      const rows = values.pairs.filter((p) => p.left.trim() !== "" || p.right.trim() !== "");
      const options: { id: string; text: string }[] = [];
      const optionFor = (label: string) => {
        const key = label.trim().toLocaleLowerCase();
        const found = options.find((o) => o.text.trim().toLocaleLowerCase() === key);
        if (found) return found.id;
        const option = { id: newId("m"), text: label };
        options.push(option);
        return option.id;
      };
      const premises = rows.map((row) => ({ id: newId("p"), text: row.left }));
      const pairs: Record<string, string> = {};
      rows.forEach((row, i) => {
        if (row.right.trim() === "") errors[`pair.${values.pairs.indexOf(row)}`] = `Give “${row.left.trim()}” its match.`;
        else pairs[premises[i]!.id] = optionFor(row.right);
      });
      for (const extra of lines(values.extraOptions)) optionFor(extra);
      return { draft: { ...base, premises, options, answer: { pairs } }, errors };
    }
    case "typed": {
      const accept = [values.answerText.trim(), ...lines(values.variants)].filter((a) => a !== "");
      return { draft: { ...base, answer: { text: values.answerText }, accept: [...new Set(accept)] }, errors };
    }
    case "numeric": {
      const value = numberFrom(values.number);
      const tolerance = numberFrom(values.tolerance);
      let min = numberFrom(values.min);
      let max = numberFrom(values.max);
      if (tolerance !== undefined && value !== undefined) {
        if (!(tolerance >= 0)) errors.tolerance = "The tolerance must be 0 or more.";
        min ??= value - tolerance;
        max ??= value + tolerance;
      }
      min ??= value;
      max ??= value;
      return {
        draft: { ...base, unit: values.unit, answer: { value, min, max, display: values.number.trim() } },
        errors,
      };
    }
    case "map-pin":
      return {
        draft: {
          ...base,
          answer: {
            lat: numberFrom(values.lat),
            lon: numberFrom(values.lon),
            fullCreditKm: numberFrom(values.fullCreditKm),
            partialCreditKm: numberFrom(values.partialCreditKm),
            placeName: values.placeName,
          },
        },
        errors,
      };
  }
}

/** Which form field a schema issue belongs to ("options.2.text" → "choice.2"). */
export function formFieldFor(type: QuestionType, path: string): string {
  const [head, index, leaf] = path.split(".");
  if (head === "answer") {
    if (type === "multiple-choice") return "choices";
    if (type === "ordering") return "items";
    if (type === "matching") return "pairs";
    if (type === "typed") return index === "text" ? "answerText" : "variants";
    if (type === "numeric") return index === "value" || index === "display" ? "number" : (index ?? "number");
    if (type === "map-pin") return index ?? "lat";
    return "statementTrue";
  }
  if (head === "options" || head === "premises") {
    if (type === "multiple-choice") return index !== undefined && leaf === "text" ? `choice.${index}` : "choices";
    if (type === "ordering") return "items";
    if (type === "matching") return head === "premises" && index !== undefined && leaf === "text" ? `pair.${index}` : "pairs";
  }
  if (head === "accept") return "variants";
  if (head === "sourceNote") return "citationText";
  if (head === "sources") return "citationDoc";
  return head ?? "form";
}

export function formErrorsFrom(type: QuestionType, issues: readonly QuestionIssue[]): QuestionFormErrors {
  const errors: QuestionFormErrors = {};
  for (const issue of issues) {
    const field = formFieldFor(type, issue.path);
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * Matching and multiple choice drop blank rows before validation, so a schema index counts
 * non-blank rows. This maps it back to the row the teacher sees.
 */
function remapRowErrors(values: QuestionFormValues, errors: QuestionFormErrors): QuestionFormErrors {
  const visible = (rows: readonly boolean[]) => rows.flatMap((filled, i) => (filled ? [i] : []));
  const choiceRows = visible(values.choices.map((c) => c.text.trim() !== ""));
  const pairRows = visible(values.pairs.map((p) => p.left.trim() !== "" || p.right.trim() !== ""));
  const out: QuestionFormErrors = {};
  for (const [key, message] of Object.entries(errors)) {
    const [name, index] = key.split(".");
    const rows = name === "choice" ? choiceRows : name === "pair" ? pairRows : null;
    out[rows && index !== undefined ? `${name}.${rows[Number(index)] ?? index}` : key] ??= message;
  }
  return out;
}

export type QuestionFromForm = { ok: true; question: Question } | { ok: false; errors: QuestionFormErrors };

/** The form's question, validated by the shared schema, or the messages to show beside each field. */
export function questionFromFormValues(values: QuestionFormValues, context: DraftContext): QuestionFromForm {
  const { draft, errors } = draftFromFormValues(values, context);
  const parsed = parseQuestion(draft);
  if (parsed.ok && Object.keys(errors).length === 0) return { ok: true, question: parsed.question };
  const schemaErrors = parsed.ok ? {} : remapRowErrors(values, formErrorsFrom(values.type, parsed.issues));
  return { ok: false, errors: { ...schemaErrors, ...errors } };
}

/** A stored question back in the form, for editing. */
export function formValuesFromQuestion(question: Question): QuestionFormValues {
  const values = emptyFormValues(question.type);
  const citation = question.sources[0];
  Object.assign(values, {
    prompt: question.prompt,
    explanation: question.explanation,
    category: question.category,
    skill: question.skill,
    difficulty: String(question.difficulty),
    citationDoc: citation?.doc ?? "",
    citationSection: citation?.section ?? "",
    citationText: question.sourceNote ?? "",
    topics: [...question.topics],
  });
  switch (question.type) {
    case "multiple-choice":
      values.choices = question.options.map((o) => ({ text: o.text, correct: question.answer.correct.includes(o.id) }));
      values.selectMany = question.selectMany;
      break;
    case "true-false":
      values.statementTrue = String(question.answer.value);
      break;
    case "ordering": {
      const byId = new Map(question.options.map((o) => [o.id, o.text]));
      values.items = question.answer.order.map((id) => byId.get(id) ?? "");
      break;
    }
    case "matching": {
      const optionText = new Map(question.options.map((o) => [o.id, o.text]));
      values.pairs = question.premises.map((p) => ({ left: p.text, right: optionText.get(question.answer.pairs[p.id] ?? "") ?? "" }));
      const used = new Set(Object.values(question.answer.pairs));
      values.extraOptions = question.options
        .filter((o) => !used.has(o.id))
        .map((o) => o.text)
        .join("\n");
      break;
    }
    case "typed":
      values.answerText = question.answer.text;
      values.variants = question.accept.filter((a) => a !== question.answer.text).join("\n");
      break;
    case "numeric":
      values.number = question.answer.display;
      values.min = String(question.answer.min);
      values.max = String(question.answer.max);
      values.unit = question.unit;
      break;
    case "map-pin":
      values.lat = String(question.answer.lat);
      values.lon = String(question.answer.lon);
      values.fullCreditKm = String(question.answer.fullCreditKm);
      values.partialCreditKm = String(question.answer.partialCreditKm);
      values.placeName = question.answer.placeName;
      break;
  }
  return values;
}
