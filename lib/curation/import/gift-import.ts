/**
 * GIFT (Moodle's plain-text question format) → our questions. gift-pegjs does all the parsing;
 * the only text this module reads itself is the line numbers where questions start, so the preview
 * can point at them (the parser reports lines for syntax errors only).
 *
 * Mapping: MC (one answer, or several with weights → "pick every correct one"), TF, short answer →
 * typed, numerical (value:tolerance, low..high, or value) → numeric, matching → matching. GIFT has
 * no ordering or map questions; essays and descriptions are refused with the line they start on.
 * General feedback (####) becomes the explanation. Category, skill, difficulty and topics come from
 * the import page, since GIFT has none of them ($CATEGORY lines are Moodle's folders, not ours).
 */
import { parse, type GIFTQuestion, type NumericalFormat, type TextChoice, type TextFormat } from "gift-pegjs";
import type { QuestionFormValues } from "../authoring/question-form";
import { MAX_IMPORT_QUESTIONS, type ImportContext, type ImportResult, type PreviewLine } from "./import-types";
import { errorLine, previewFor, valuesWithDefaults, type Expectations } from "./to-question";
import type { Question } from "../../questions/types";

const EXPECT: Expectations = {
  default: "a question GIFT can describe, within the limits of the question form",
  prompt: "question text before the { of the answers, at most 500 characters",
  explanation: "general feedback after #### inside the braces, at most 2000 characters",
  choices: "at least two choices, with the right one marked = (or weights like %50% on several)",
  choice: "choices of at most 200 characters each",
  statementTrue: "{T} or {F}",
  pairs: "at least two pairs written =left -> right",
  pair: "pairs written =left -> right, each side at most 200 characters",
  answerText: "at least one accepted answer written =answer",
  variants: "accepted answers of at most 200 characters each",
  number: "a number: {#1200}, {#1200:100} or {#1000..1500}",
  min: "a range written low..high with low below high",
  max: "a range written low..high with low below high",
  tolerance: "a tolerance of 0 or more after the colon",
};

/** 1-based line where each parsed entry starts: blocks of lines separated by blank lines, comments skipped. */
export function giftBlockStarts(source: string): number[] {
  const starts: number[] = [];
  let inBlock = false;
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "") {
      inBlock = false;
      return;
    }
    if (line.startsWith("//")) return;
    if (!inBlock) starts.push(index + 1);
    inBlock = true;
  });
  return starts;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'", nbsp: " " };

/**
 * Text as students will read it. The app shows text as text, so [html] text loses its tags (and its
 * few common entities become characters) rather than showing "<b>" to students.
 */
function plainText(text: TextFormat): string {
  if (text.format !== "html") return text.text.trim();
  return text.text
    .replace(/<br\s*\/?>/gi, " ")
    .replace(/<[^>]*>/g, "")
    .replace(/&(amp|lt|gt|quot|#39|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? "")
    .replace(/\s+/g, " ")
    .trim();
}

const plain = (text: string) => text.trim();
const isRight = (choice: TextChoice) => choice.isCorrect || (choice.weight ?? 0) > 0;

function describeNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

function numericValues(format: NumericalFormat): Partial<QuestionFormValues> | string {
  if (format.type === "high-low" && format.numberLow !== undefined && format.numberHigh !== undefined) {
    const low = format.numberLow;
    const high = format.numberHigh;
    const middle = (low + high) / 2;
    return { number: describeNumber(middle), min: describeNumber(low), max: describeNumber(high) };
  }
  if (format.number === undefined) return "the numerical answer has no number";
  if (format.type === "range") return { number: describeNumber(format.number), tolerance: describeNumber(format.range ?? 0) };
  return { number: describeNumber(format.number) };
}

/** The form values for one GIFT entry, or why it cannot be one of our questions. */
function valuesFor(entry: Exclude<GIFTQuestion, { type: "Category" }>, context: ImportContext): QuestionFormValues | { unsupported: string; expected: string } {
  const prompt = plainText(entry.stem);
  const feedback = "globalFeedback" in entry && entry.globalFeedback ? plainText(entry.globalFeedback) : "";
  const common = { prompt, explanation: feedback };
  switch (entry.type) {
    case "MC": {
      const right = entry.choices.filter(isRight);
      const explanation = feedback || (right.length === 1 ? (right[0]!.feedback ? plainText(right[0]!.feedback) : "") : "");
      return valuesWithDefaults(context, {
        type: "multiple-choice",
        ...common,
        explanation,
        selectMany: right.length > 1,
        choices: entry.choices.map((c) => ({ text: plainText(c.text), correct: isRight(c) })),
      });
    }
    case "TF": {
      const own = entry.isTrue ? entry.trueFeedback : entry.falseFeedback;
      return valuesWithDefaults(context, {
        type: "true-false",
        ...common,
        explanation: feedback || (own ? plainText(own) : ""),
        statementTrue: String(entry.isTrue),
      });
    }
    case "Short": {
      const accepted = entry.choices.filter(isRight).map((c) => plainText(c.text));
      return valuesWithDefaults(context, {
        type: "typed",
        ...common,
        answerText: accepted[0] ?? "",
        variants: accepted.slice(1).join("\n"),
      });
    }
    case "Numerical": {
      const choices = Array.isArray(entry.choices) ? entry.choices.filter((c) => c.isCorrect || (c.weight ?? 0) >= 100) : null;
      if (choices && choices.length !== 1) {
        return {
          unsupported: "several numerical answers with different credit",
          expected: "one accepted number or range, e.g. {#1200:100}",
        };
      }
      const values = numericValues(choices ? choices[0]!.text : (entry.choices as NumericalFormat));
      if (typeof values === "string") return { unsupported: values, expected: EXPECT.number! };
      return valuesWithDefaults(context, { type: "numeric", ...common, ...values });
    }
    case "Matching":
      return valuesWithDefaults(context, {
        type: "matching",
        ...common,
        pairs: entry.matchPairs.map((pair) => ({ left: plainText(pair.subquestion), right: plain(pair.subanswer) })),
      });
    case "Essay":
      return { unsupported: "essay questions", expected: "a question with answers the app can mark: MC, TF, short answer, numerical or matching" };
    case "Description":
      return { unsupported: "descriptions (text without a question)", expected: "a question with answers in braces { }" };
  }
}

export function importGift(source: string, context: ImportContext): ImportResult {
  let entries: GIFTQuestion[];
  try {
    entries = parse(source);
  } catch (error) {
    const location = (error as { location?: { start?: { line?: number; column?: number } } }).location?.start;
    const found = (error as { found?: string | null }).found;
    return {
      lines: [],
      questions: [],
      fileProblems: [
        {
          line: location?.line ?? null,
          problem: `The GIFT text cannot be read${location?.column ? ` at column ${location.column}` : ""}: ${
            found === null || found === undefined ? "it ends too early" : `unexpected “${found}”`
          }.`,
          expected: error instanceof Error ? error.message.replace(/\.$/, "") : "GIFT syntax",
        },
      ],
    };
  }
  const starts = giftBlockStarts(source);
  // The blank-line count is a guess at where questions start; if it disagrees with the parser, say nothing rather than the wrong line.
  const lineOf = (index: number) => (starts.length === entries.length ? (starts[index] ?? null) : null);
  const questions = entries.flatMap((entry, index) => (entry.type === "Category" ? [] : [{ entry, line: lineOf(index) }]));
  if (questions.length > MAX_IMPORT_QUESTIONS) {
    return {
      lines: [],
      questions: [],
      fileProblems: [
        { line: null, problem: `The file holds ${questions.length} questions.`, expected: `at most ${MAX_IMPORT_QUESTIONS} per import; split it into several files` },
      ],
    };
  }
  const lines: PreviewLine[] = [];
  const ready: Question[] = [];
  questions.forEach(({ entry, line }, index) => {
    const number = index + 1;
    const values = valuesFor(entry, context);
    if ("unsupported" in values) {
      lines.push(errorLine(number, line, entry.type, entry.stem.text, `Not supported: ${values.unsupported}.`, values.expected));
      return;
    }
    const result = previewFor(number, line, values, context, EXPECT);
    lines.push(result.line);
    if (result.question) ready.push(result.question);
  });
  return { lines, questions: ready, fileProblems: [] };
}
