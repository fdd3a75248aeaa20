/**
 * Wording lint for the question bank: every prompt, option, premise and
 * explanation a student reads is checked for leftovers of generation (ids,
 * file names, placeholders, template braces), for prose slips (doubled words,
 * unbalanced quotes or brackets, stray spaces) and for house style (length,
 * sentence case, how a prompt ends).
 *
 * `lintText` checks one text; `lintQuestion` and `lintBank` walk the fields of
 * questions and tag each problem with the question id, template and field, so
 * a developer can find the template to fix. `lintContextFromKnowledgeBase`
 * builds what the rules need to know about the content: the ids that must
 * never leak, the acronyms that may be written in capitals, and the names whose
 * spelling carries quote-like marks (ʿayn, hamza) that are not quotes.
 *
 * Which tool each rule uses:
 * - Doubled words use retext-repeated-words (the unified/retext prose-lint
 *   ecosystem): its tokenizer knows words, whitespace and punctuation, it
 *   skips the pairs that are legitimately doubled ("had had", "that that") and
 *   capitalised doubles that are names ("Duran Duran"), and it is maintained
 *   by the same collective as the parser. A regex would get those wrong.
 * - Everything else is a small, exact rule about characters or tokens that no
 *   prose library covers for this content (raw ids, seed file names, our
 *   length limits, Arabic article forms, ʿayn marks written as ‘ ’), so it is
 *   written here, each with a comment saying why.
 */
import { MONTH_NAMES } from "../../taxonomy";
import { retext } from "retext";
import retextRepeatedWords from "retext-repeated-words";
import type { Option, Question } from "../types";

// ---------------------------------------------------------------------------
// Limits

/**
 * Longest prompt, in characters (code points). On the bank of the day this
 * lint was written (about 1,100 to 1,300 questions while the templates were
 * being rewritten), prompts ran from 29 to about 380 characters: median 74–118,
 * 90th percentile 193–240, 99th percentile 255–289. 300 keeps every ordinary
 * stem and catches the few that read like paragraphs.
 */
export const MAX_PROMPT_LENGTH = 300;
/**
 * Longest option or matching premise. Options ran 1–88 characters (median
 * about 15, 99th percentile about 70), premises 6–85 (99th percentile about
 * 80): 120 leaves room while stopping a sentence-long option.
 */
export const MAX_OPTION_LENGTH = 120;
/**
 * Longest explanation. Explanations ran 39–722 characters: median about 210,
 * 90th percentile 294–421, 99th percentile 558–617. 700 is about what fits on
 * a phone screen below the answer.
 */
export const MAX_EXPLANATION_LENGTH = 700;

export const MAX_LENGTH: Readonly<Record<TextKind, number>> = {
  prompt: MAX_PROMPT_LENGTH,
  option: MAX_OPTION_LENGTH,
  explanation: MAX_EXPLANATION_LENGTH,
};

// ---------------------------------------------------------------------------
// Types

/** A prompt, an option or matching premise, or an explanation. */
export type TextKind = "prompt" | "option" | "explanation";

export const WORDING_RULES = [
  "empty",
  "too-long",
  "placeholder",
  "template-leftover",
  "missing-value",
  "source-number",
  "file-name",
  "raw-id",
  "repeated-word",
  "unbalanced-quotes",
  "unbalanced-brackets",
  "sentence-case",
  "all-caps",
  "prompt-end",
  "double-space",
  "edge-space",
  "space-before-punctuation",
] as const;
export type WordingRule = (typeof WORDING_RULES)[number];

export interface Problem {
  rule: WordingRule;
  message: string;
}

/** A problem found in a question: where it is, so the template can be found and fixed. */
export interface QuestionProblem extends Problem {
  questionId: string;
  template: string;
  /** "prompt", "explanation", "options[2]" or "premises[0]". */
  field: string;
  /** The whole text the problem is in. */
  text: string;
}

export interface LintContext {
  /** Ids of events, places, forces, figures and claimants: none may appear in student-facing text. */
  knownIds: ReadonlySet<string>;
  /** Words that may be written in capitals, however long (SOHR, UNSMIS, ...). Upper case. */
  acronyms: ReadonlySet<string>;
  /**
   * Names whose spelling contains ‘ ’ ' ` or ʿ as letters (ʿayn, hamza), e.g. "‘Ayn al ‘Arab":
   * blanked before quotes are counted. Longest first.
   */
  markedNames: readonly string[];
}

// ---------------------------------------------------------------------------
// Context

/** Acronyms the texts may use beyond those in the knowledge base's force and claimant names. */
export const BASE_ACRONYMS: readonly string[] = [
  "AFP",
  "BBC",
  "CNN",
  "EU",
  "FSA",
  "HTS",
  "ICRC",
  "ISIL",
  "ISIS",
  "NATO",
  "OCHA",
  "PKK",
  "PYD",
  "SAA",
  "SANA",
  "SARC",
  "SDF",
  "SNC",
  "SOHR",
  "TIME",
  "UK",
  "UN",
  "UNHCR",
  "UNSMIS",
  "US",
  "USA",
  "YPG",
];

/** Characters that can stand for ʿayn or hamza inside a transliterated name. */
const NAME_MARKS = /[‘’'`ʿʼ]/;

/** Upper-case words of two or more letters in a name: "Agence France-Presse (AFP)" → AFP. */
function acronymsIn(name: string): string[] {
  return (name.match(/[\p{L}\d]+/gu) ?? []).filter((w) => /\p{Lu}.*\p{Lu}/u.test(w) && w === w.toUpperCase());
}

/** The parts of the knowledge base the lint reads (a `KnowledgeBase` fits). */
export interface LintKnowledge {
  events: readonly { id: string }[];
  places: readonly { id: string; name: string; aliases: readonly string[] }[];
  forces: readonly { id: string; name: string; aliases: readonly string[] }[];
  figures: readonly { id: string }[];
  claimants: readonly { id: string; name: string }[];
}

/** What the rules need to know about the content. */
export function lintContextFromKnowledgeBase(kb: LintKnowledge): LintContext {
  const knownIds = new Set<string>();
  for (const list of [kb.events, kb.places, kb.forces, kb.figures, kb.claimants]) {
    for (const item of list) knownIds.add(item.id);
  }
  const acronyms = new Set(BASE_ACRONYMS);
  const names: string[] = [];
  for (const f of kb.forces) names.push(f.name, ...f.aliases);
  for (const c of kb.claimants) names.push(c.name);
  for (const name of names) for (const a of acronymsIn(name)) acronyms.add(a);
  for (const p of kb.places) names.push(p.name, ...p.aliases);
  const markedNames = [...new Set(names.filter((n) => NAME_MARKS.test(n)))].sort((a, b) => b.length - a.length);
  return { knownIds, acronyms, markedNames };
}

/** Without a knowledge base: the static acronyms only, no ids, no marked names. */
export const DEFAULT_LINT_CONTEXT: LintContext = {
  knownIds: new Set(),
  acronyms: new Set(BASE_ACRONYMS),
  markedNames: [],
};

// ---------------------------------------------------------------------------
// Rules

// One frozen processor for every text: parsing is the expensive part.
const repeatedWords = retext().use(retextRepeatedWords).freeze();

/** Doubled words ("the the"), by retext-repeated-words (see the header for why a library). */
function checkRepeatedWords(text: string): Problem[] {
  const file = repeatedWords.processSync(text);
  return file.messages.map((m) => ({
    rule: "repeated-word" as const,
    message: `doubled word “${m.actual ?? m.reason}”`,
  }));
}

/**
 * Ellipses and blanks: a question must be complete, and a "fill in the blank"
 * with "___" reads as a generation leftover (and screen readers say
 * "underscore underscore"). Plain characters, so a regex is exact.
 */
function checkPlaceholders(text: string): Problem[] {
  const problems: Problem[] = [];
  if (/…|\.{3,}/.test(text)) problems.push({ rule: "placeholder", message: "contains an ellipsis (… or ...)" });
  if (/_{2,}/.test(text)) problems.push({ rule: "placeholder", message: "contains a blank (___)" });
  return problems;
}

/**
 * Braces never belong in prose; they are what an unfilled `{name}` or
 * `${value}` leaves behind. One character class: a regex is exact, and no prose
 * linter looks for template syntax.
 */
function checkTemplateLeftovers(text: string): Problem[] {
  const m = text.match(/\$?\{[^}]*\}?|\}/);
  return m ? [{ rule: "template-leftover", message: `template leftover “${m[0]}”` }] : [];
}

/**
 * What JavaScript prints for a missing value. Whole words only, so "nullify"
 * passes. A fixed word list: a regex is exact, and prose linters treat these
 * as ordinary words.
 */
function checkMissingValues(text: string): Problem[] {
  // "NaN" is matched case-sensitively: "Nan" could be part of a name.
  const m = text.match(/\b(?:undefined|null)\b/i) ?? text.match(/\bNaN\b|\[object Object\]/);
  return m ? [{ rule: "missing-value", message: `“${m[0]}” where a value should be` }] : [];
}

/**
 * "source 002": the seed documents' numbers are ours, not the student's.
 * Sources are cited by title, not by file number. Project-specific, so a regex.
 */
function checkSourceNumbers(text: string): Problem[] {
  const m = text.match(/\bsource[\s_#-]*\d{3}\b/i);
  return m ? [{ rule: "source-number", message: `raw source number “${m[0]}”` }] : [];
}

/**
 * Seed file names ("002_475e68448c0becbd.txt") and any other file name with an
 * extension. Project-specific patterns, so a regex.
 */
function checkFileNames(text: string): Problem[] {
  const m =
    text.match(/\b\d{3}_[0-9a-f]{6,}(?:\.[a-z]+)?\b/i) ??
    text.match(/\b[\w-]+\.(?:txt|md|json|csv|tsv|tsx?|jsx?|mjs|html?|ya?ml|pdf)\b/i);
  return m ? [{ rule: "file-name", message: `file name “${m[0]}”` }] : [];
}

/**
 * Words that may sit between the parts of an ordinary English compound:
 * "hit-and-run", "door-to-door", "state-of-the-art", "house-by-house".
 */
const COMPOUND_LINKS = new Set(["a", "and", "by", "for", "in", "of", "on", "or", "the", "to"]);

/** Ages and measures: "eight-year-old", "twenty-one-year-old", "three-day-long", "40-vehicle-strong". */
const AGE_OR_MEASURE =
  /^[a-z0-9]+(?:-[a-z0-9]+)?-(?:year|month|week|day|hour|minute|mile|km|kilometre|kilometer|metre|meter|man|vehicle|tank)s?-(?:old|long|wide|high|deep|strong)$/;

function isEnglishCompound(token: string): boolean {
  if (AGE_OR_MEASURE.test(token)) return true;
  const parts = token.split("-");
  return parts.every((p) => /^[a-z]+$/.test(p)) && parts.slice(1, -1).every((p) => COMPOUND_LINKS.has(p));
}

/**
 * Raw ids: a token (between spaces, outer punctuation stripped) that is a
 * knowledge-base id with a hyphen in it, or that looks like one: all
 * lower-case ASCII letters and digits with two or more hyphens ("wadi-deif-base",
 * "2012-10-08-rebels-..."). Real names pass because they have capitals
 * ("al-Nusra", "Maarat al-Numan", "Tell-Rifaat"), and English compounds pass
 * when their inner parts are linking words ("hit-and-run") or they give an age
 * or a measure ("eight-year-old"). Known ids
 * without a hyphen ("rebels", "idlib", "sohr") are ordinary words and are
 * left alone. Token rules, so hand-written: no prose library knows our ids.
 */
function checkRawIds(text: string, context: LintContext): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
    if (!token.includes("-") || seen.has(token)) continue;
    seen.add(token);
    if (context.knownIds.has(token)) {
      problems.push({ rule: "raw-id", message: `knowledge-base id “${token}”` });
      continue;
    }
    if (/^[a-z0-9]+(?:-[a-z0-9]+){2,}$/.test(token) && !isEnglishCompound(token)) {
      problems.push({ rule: "raw-id", message: `looks like a raw id “${token}”` });
    }
  }
  return problems;
}

const OPENERS: Record<string, string> = { "(": ")", "[": "]", "“": "”", "‘": "’" };
const CLOSERS: Record<string, string> = { ")": "(", "]": "[", "”": "“", "’": "‘" };
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\d]/u.test(c);
const familyOf = (c: string): WordingRule => ("()[]".includes(c) ? "unbalanced-brackets" : "unbalanced-quotes");

/**
 * Balanced “ ” ‘ ’ " ( ) [ ], nested properly. The hard part is that ’ is also
 * the apostrophe and ‘ ’ also stand for ʿayn in transliterated names, so:
 * - names from the knowledge base that contain such marks are blanked first;
 * - ‘ or ’ between two letters is part of the word ("army’s", "Nu’man", "Nu‘man");
 * - ’ after a letter with no ‘ open is a possessive ("rebels’ base");
 * - ’ before a digit after a non-letter is an elision ("’80s").
 * retext-quotes checks quote style and nesting level, not balance, so this is
 * hand-written.
 */
function checkBalance(text: string, context: LintContext): Problem[] {
  let s = text;
  for (const name of context.markedNames) {
    if (s.includes(name)) s = s.split(name).join("x".repeat([...name].length));
  }
  const problems: Problem[] = [];
  const stack: { c: string; at: number }[] = [];
  const chars = [...s];
  chars.forEach((c, i) => {
    const prev = chars[i - 1];
    const next = chars[i + 1];
    if ((c === "’" || c === "‘") && isWordChar(prev) && next !== undefined && /\p{L}/u.test(next)) return;
    if (c === "’" && isWordChar(prev) && !stack.some((e) => e.c === "‘")) return;
    if (c === "’" && !isWordChar(prev) && next !== undefined && /\d/.test(next)) return;
    if (OPENERS[c]) {
      stack.push({ c, at: i });
      return;
    }
    const opener = CLOSERS[c];
    if (!opener) return;
    const at = stack.map((e) => e.c).lastIndexOf(opener);
    if (at < 0) {
      problems.push({ rule: familyOf(c), message: `“${c}” at ${i} closes nothing` });
      return;
    }
    for (const e of stack.slice(at + 1)) {
      problems.push({ rule: familyOf(e.c), message: `“${e.c}” at ${e.at} is not closed before “${c}” at ${i}` });
    }
    stack.length = at;
  });
  for (const e of stack) problems.push({ rule: familyOf(e.c), message: `“${e.c}” at ${e.at} is never closed` });
  const straight = chars.filter((c) => c === '"').length;
  if (straight % 2 === 1) problems.push({ rule: "unbalanced-quotes", message: `odd number (${straight}) of " marks` });
  return problems;
}

/** Arabic article forms that begin a proper name in lower case: "al-Bab", "ash-Sham", "el-Faj". */
const ARABIC_ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az|ed|edh|en|er|es|esh|et|ez|ud|ul|un|us)-['‘’ʿ`]?\p{Lu}/u;

const MONTHS = MONTH_NAMES.join("|");
/**
 * Quantities and dates may start with a lower-case qualifier: "at least 40",
 * "about 1,100", "early January 2020", "around 16 July 2012", "mid-2012".
 */
const QUANTITY_OR_DATE = new RegExp(
  `^(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|up to|at least|at most|more than|fewer than|less than|between|from|early|mid|late|during|by|before|after|in|c\\.)[\\s-]+)+(?:\\d|(?:${MONTHS})\\b)`,
);

/**
 * Sentence case: a prompt or explanation starts with a capital or a digit,
 * possibly after an opening quote; so does the statement of a true/false
 * prompt, after "True or false: ". An option may also start with an Arabic
 * article ("al-Bab") or a quantity or date ("at least 40", "early May 2012").
 * Hand-written: the exceptions (Arabic articles, our option formats) are ours,
 * and retext has no maintained sentence-case plugin.
 */
function checkSentenceCase(text: string, kind: TextKind): Problem[] {
  const unquoted = text.trimStart().replace(/^[“‘"']+/, "");
  const body = kind === "prompt" ? unquoted.replace(/^True or false: /, "") : unquoted;
  const first = [...body][0];
  if (first === undefined || /[\p{Lu}\d]/u.test(first)) return [];
  if (kind === "option" && (ARABIC_ARTICLE.test(body) || QUANTITY_OR_DATE.test(body))) return [];
  const word = body.split(/\s/)[0];
  return [{ rule: "sentence-case", message: `${kind} starts with “${word}”, not a capital or a digit` }];
}

/**
 * Shouting: an all-capital word of more than 5 letters that is not a known
 * acronym. Hand-written because the allow-list comes from the knowledge base.
 */
function checkAllCaps(text: string, context: LintContext): Problem[] {
  const problems: Problem[] = [];
  for (const word of new Set(text.match(/[\p{L}\d]+/gu) ?? [])) {
    const letters = word.replace(/[^\p{L}]/gu, "");
    if (letters.length > 5 && word === word.toUpperCase() && letters !== letters.toLowerCase() && !context.acronyms.has(word)) {
      problems.push({ rule: "all-caps", message: `all-capital word “${word}”` });
    }
  }
  return problems;
}

/**
 * A prompt is a question, a statement to judge, or an instruction: it ends
 * with ? . or :, maybe followed by a closing quote. A house rule about the
 * last character, so a regex.
 */
function checkPromptEnd(text: string): Problem[] {
  if (/[?.:][”’"]?$/.test(text.trimEnd())) return [];
  const tail = [...text.trimEnd()].slice(-12).join("");
  return [{ rule: "prompt-end", message: `prompt ends “…${tail}”, not with ? . or :` }];
}

/**
 * Spacing: no two whitespace characters in a row, none at either end, none
 * before , . ? ; : or !. Plain character rules, so regexes; retext-sentence-spacing
 * only looks at the space between sentences, which the first rule covers.
 */
function checkSpacing(text: string): Problem[] {
  const problems: Problem[] = [];
  if (/\s{2,}/.test(text)) problems.push({ rule: "double-space", message: "two or more spaces in a row" });
  if (/^\s|\s$/.test(text)) problems.push({ rule: "edge-space", message: "leading or trailing whitespace" });
  const m = text.match(/\S\s+([,?;:!]|\.(?!\d))/);
  if (m) problems.push({ rule: "space-before-punctuation", message: `space before “${m[1]}”` });
  return problems;
}

/** Every rule over one text. */
export function lintText(text: string, kind: TextKind, context: LintContext = DEFAULT_LINT_CONTEXT): Problem[] {
  if (text.trim() === "") return [{ rule: "empty", message: `empty ${kind}` }];
  const problems: Problem[] = [];
  const length = [...text].length;
  if (length > MAX_LENGTH[kind]) {
    problems.push({ rule: "too-long", message: `${kind} is ${length} characters, over ${MAX_LENGTH[kind]}` });
  }
  problems.push(
    ...checkPlaceholders(text),
    ...checkTemplateLeftovers(text),
    ...checkMissingValues(text),
    ...checkSourceNumbers(text),
    ...checkFileNames(text),
    ...checkRawIds(text, context),
    ...checkRepeatedWords(text),
    ...checkBalance(text, context),
    ...checkSentenceCase(text, kind),
    ...checkAllCaps(text, context),
    ...(kind === "prompt" ? checkPromptEnd(text) : []),
    ...checkSpacing(text),
  );
  return problems;
}

// ---------------------------------------------------------------------------
// Questions and the bank

/**
 * What the lint reads of a question: any `Question` fits. Kept structural so
 * the lint (and its tests) do not change when a question gains a field.
 */
export type LintableQuestion = Pick<Question, "id" | "template" | "prompt" | "explanation"> & {
  options?: readonly Option[];
  premises?: readonly Option[];
};

/** Every student-facing text of a question that the lint reads, with its field name and kind. */
export function textsOfQuestion(q: LintableQuestion): { field: string; kind: TextKind; text: string }[] {
  const texts: { field: string; kind: TextKind; text: string }[] = [{ field: "prompt", kind: "prompt", text: q.prompt }];
  q.premises?.forEach((p, i) => texts.push({ field: `premises[${i}]`, kind: "option", text: p.text }));
  q.options?.forEach((o, i) => texts.push({ field: `options[${i}]`, kind: "option", text: o.text }));
  texts.push({ field: "explanation", kind: "explanation", text: q.explanation });
  return texts;
}

export function lintQuestion(q: LintableQuestion, context: LintContext = DEFAULT_LINT_CONTEXT): QuestionProblem[] {
  return textsOfQuestion(q).flatMap(({ field, kind, text }) =>
    lintText(text, kind, context).map((p) => ({ ...p, questionId: q.id, template: q.template, field, text })),
  );
}

/** Every question of a bank (a `QuestionBank` fits). */
export function lintBank(
  bank: { questions: readonly LintableQuestion[] },
  context: LintContext = DEFAULT_LINT_CONTEXT,
): QuestionProblem[] {
  return bank.questions.flatMap((q) => lintQuestion(q, context));
}

// ---------------------------------------------------------------------------
// Report

function clip(text: string, max = 100): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * A summary for a developer: counts by rule (with the templates involved),
 * one example of each rule, then the first `limit` problems, each with
 * question id, template, field, rule, message and the text.
 */
export function formatProblems(problems: readonly QuestionProblem[], limit = 20): string {
  if (problems.length === 0) return "no wording problems";
  const byRule = new Map<string, QuestionProblem[]>();
  for (const p of problems) byRule.set(p.rule, [...(byRule.get(p.rule) ?? []), p]);
  const lines = [`${problems.length} wording problem(s) in ${new Set(problems.map((p) => p.questionId)).size} question(s).`, "", "By rule:"];
  for (const [rule, list] of [...byRule].sort((a, b) => b[1].length - a[1].length)) {
    const templates = new Map<string, number>();
    for (const p of list) templates.set(p.template, (templates.get(p.template) ?? 0) + 1);
    const top = [...templates].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`);
    lines.push(`  ${rule.padEnd(26)} ${String(list.length).padStart(5)}  templates: ${top.join(", ")}`);
  }
  const show = (p: QuestionProblem) =>
    lines.push(`  ${p.questionId} [${p.template}] ${p.field} ${p.rule}: ${p.message}`, `      ${clip(p.text)}`);
  if (byRule.size > 1) {
    lines.push("", "One example per rule:");
    for (const list of byRule.values()) show(list[0]!);
  }
  lines.push("", `First ${Math.min(limit, problems.length)}:`);
  problems.slice(0, limit).forEach(show);
  return lines.join("\n");
}
