/**
 * The figures generator against the real knowledge base: ids, options, keys,
 * stems, citations and determinism, plus the honesty rules for numbers
 * (attributed claims, disputed figures never asked as one true number).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../content";
import type { KnowledgeBase } from "../../content/load";
import type { Figure, FigureValue } from "../../content/schema";
import { normalizeName } from "../../content/normalize-name";
import type { Option } from "../types";
import { attribution, createContext, formatFigureValue, mentionsAny, type QuestionDraft } from "./context";
import { generateFigureQuestions, numbersIn, numericAnswer } from "./figures";

let kb: KnowledgeBase;
let questions: QuestionDraft[];
let figureById: Map<string, Figure>;

beforeAll(() => {
  kb = loadKnowledgeBase();
  questions = generateFigureQuestions(createContext(kb, "bank-v1"));
  figureById = new Map(kb.figures.map((f) => [f.id, f]));
});

const TEMPLATES = [
  "figure-value-numeric",
  "figure-value-choice",
  "figure-claim-true-false",
  "figure-dispute-matching",
  "figure-dispute-range",
  "figure-dispute-choice",
];

function figureOf(q: QuestionDraft): Figure {
  const figure = figureById.get(q.refs.figures[0]!);
  if (!figure) throw new Error(`${q.id} refers to no figure`);
  return figure;
}

/** The numbers a value shows: n, or both ends of a range. */
function shown(value: FigureValue): number[] {
  return value.kind === "range" ? [value.min, value.max] : [value.n];
}

describe("numeric tolerance", () => {
  it("follows the documented rules", () => {
    expect(numericAnswer({ kind: "exact", n: 7 })).toMatchObject({ value: 7, min: 7, max: 7 });
    expect(numericAnswer({ kind: "exact", n: 196 })).toMatchObject({ value: 196, min: 176, max: 216 });
    expect(numericAnswer({ kind: "exact", n: 20 })).toMatchObject({ min: 18, max: 22 });
    expect(numericAnswer({ kind: "approx", n: 400 })).toMatchObject({ value: 400, min: 320, max: 480 });
    expect(numericAnswer({ kind: "at-least", n: 40 })).toMatchObject({ value: 40, min: 36, max: 50, display: "at least 40" });
    expect(numericAnswer({ kind: "at-least", n: 1 })).toMatchObject({ min: 1, max: 1 });
    expect(numericAnswer({ kind: "at-least", n: 0.5 })).toMatchObject({ value: 0.5, min: 0.5, max: 0.6 });
    expect(numericAnswer({ kind: "percent", n: 97 })).toMatchObject({ min: 92, max: 100 });
    expect(numericAnswer({ kind: "percent", n: 0 })).toMatchObject({ min: 0, max: 5 });
    expect(numericAnswer({ kind: "range", min: 24, max: 60 })).toMatchObject({ value: 42, min: 24, max: 60, display: "24–60" });
  });

  it("spots numbers written as digits or words, but not document numbers", () => {
    expect([...numbersIn("Air strikes kill 12 rebels")]).toContain(12);
    expect([...numbersIn("Sixteen soldiers die")]).toContain(16);
    expect([...numbersIn("about 1,500 fighters")]).toEqual(expect.arrayContaining([1500, 500]));
    expect([...numbersIn("source 002 (Idlib)")]).not.toContain(2);
  });
});

describe("figures generator", () => {
  it("uses every template, with the expected types", () => {
    const types: Record<string, string> = {
      "figure-value-numeric": "numeric",
      "figure-value-choice": "multiple-choice",
      "figure-claim-true-false": "true-false",
      "figure-dispute-matching": "matching",
      "figure-dispute-range": "numeric",
      "figure-dispute-choice": "multiple-choice",
    };
    for (const template of TEMPLATES) {
      const own = questions.filter((q) => q.template === template);
      expect(own.length, template).toBeGreaterThan(0);
      for (const q of own) expect(q.type, q.id).toBe(types[template]);
    }
    for (const q of questions) {
      expect(TEMPLATES, q.id).toContain(q.template);
      expect(q.category).toBe("figures");
    }
    // Roughly 2–3 questions per figure.
    expect(questions.length).toBeGreaterThan(kb.figures.length * 2);
  });

  it("is deterministic, and ids do not depend on the seed", () => {
    const again = generateFigureQuestions(createContext(loadKnowledgeBase(), "bank-v1"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
    const reseeded = generateFigureQuestions(createContext(kb, "another-seed"));
    expect(reseeded.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it("has unique, url-safe ids", () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it("has unique options, and keys that point at them", () => {
    for (const q of questions) {
      const lists: Option[][] = [];
      if ("options" in q) lists.push(q.options);
      if (q.type === "matching") lists.push(q.premises);
      for (const list of lists) {
        expect(new Set(list.map((o) => o.id)).size, q.id).toBe(list.length);
        expect(new Set(list.map((o) => normalizeName(o.text))).size, q.id).toBe(list.length);
      }
      if (q.type === "multiple-choice") {
        expect(q.selectMany).toBe(false);
        expect(q.options.length, q.id).toBe(4);
        expect(q.answer.correct).toHaveLength(1);
        expect(q.options.map((o) => o.id), q.id).toContain(q.answer.correct[0]);
      }
      if (q.type === "matching") {
        expect(Object.keys(q.answer.pairs).sort(), q.id).toEqual(q.premises.map((p) => p.id).sort());
        const optionIds = new Set(q.options.map((o) => o.id));
        for (const id of Object.values(q.answer.pairs)) expect(optionIds.has(id), q.id).toBe(true);
        expect(new Set(Object.values(q.answer.pairs)).size, q.id).toBe(q.premises.length);
      }
      if (q.type === "numeric") {
        expect(q.answer.min, q.id).toBeLessThanOrEqual(q.answer.value);
        expect(q.answer.value, q.id).toBeLessThanOrEqual(q.answer.max);
        expect(q.unit.length, q.id).toBeGreaterThan(0);
      }
    }
  });

  it("keys match the claims: the right value is the claimed one, distractors fall outside every claim's tolerance", () => {
    for (const q of questions) {
      const figure = figureOf(q);
      const claimTexts = figure.claims.map((c) => formatFigureValue(c.value));
      if (q.type === "multiple-choice") {
        const correct = q.options.find((o) => o.id === q.answer.correct[0])!;
        expect(claimTexts, q.id).toContain(correct.text);
        for (const wrong of q.options.filter((o) => o.id !== correct.id)) {
          // A wrong option is either another source's claim (dispute-choice) or wrong for every claim.
          if (claimTexts.includes(wrong.text)) {
            expect(q.template, `${q.id}: ${wrong.text}`).toBe("figure-dispute-choice");
            continue;
          }
          const n = Number(wrong.text.replace(/,/g, "").match(/\d+(\.\d+)?/)![0]);
          for (const c of figure.claims) {
            const { min, max } = numericAnswer(c.value);
            expect(n < min || n > max, `${q.id}: ${wrong.text} is inside ${formatFigureValue(c.value)}`).toBe(true);
          }
        }
      }
      if (q.type === "matching") {
        for (const premise of q.premises) {
          const option = q.options.find((o) => o.id === q.answer.pairs[premise.id])!;
          const claim = figure.claims.find((c) => attribution(createContext(kb, "t"), c) === premise.text);
          expect(claim, `${q.id}: ${premise.text}`).toBeDefined();
          expect(option.text, q.id).toBe(formatFigureValue(claim!.value));
        }
      }
      if (q.type === "numeric" && q.template === "figure-value-numeric") {
        expect(q.answer).toEqual(numericAnswer(figure.claims[0]!.value));
      }
    }
  });

  it("names who made the claim in every prompt", () => {
    const ctx = createContext(kb, "t");
    for (const q of questions) {
      const figure = figureOf(q);
      const text = q.type === "matching" ? `${q.prompt} ${q.premises.map((p) => p.text).join(" ")}` : q.prompt;
      expect(
        figure.claims.some((c) => text.includes(attribution(ctx, c))),
        `${q.id}: ${q.prompt}`,
      ).toBe(true);
    }
  });

  it("never asks a disputed figure as one true number", () => {
    const ctx = createContext(kb, "t");
    for (const q of questions) {
      const figure = figureOf(q);
      if (!figure.disputed) {
        expect(q.template, q.id).not.toMatch(/^figure-dispute/);
        continue;
      }
      expect(q.template, q.id).toMatch(/^figure-dispute/);
      if (q.type === "numeric") {
        const lows = figure.claims.map((c) => (c.value.kind === "range" ? c.value.min : c.value.n));
        const highs = figure.claims.map((c) => (c.value.kind === "range" ? c.value.max : c.value.n));
        expect(q.answer.min, q.id).toBe(Math.min(...lows));
        expect(q.answer.max, q.id).toBe(Math.max(...highs));
      }
      if (q.type === "multiple-choice") {
        expect(figure.claims.filter((c) => q.prompt.includes(attribution(ctx, c))).length, q.id).toBe(1);
      }
      // Every claim and its source appear in the explanation.
      for (const c of figure.claims) {
        expect(q.explanation, q.id).toContain(attribution(ctx, c));
        expect(q.explanation, q.id).toContain(formatFigureValue(c.value).replace(/^at least /, ""));
      }
    }
    const disputedAsked = new Set(questions.filter((q) => figureOf(q).disputed).map((q) => q.refs.figures[0]));
    expect(disputedAsked.size).toBe(kb.figures.filter((f) => f.disputed).length);
  });

  it("never shows the number asked for in the stem", () => {
    for (const q of questions) {
      if (q.type === "true-false") continue; // the statement carries a number by design
      const figure = figureOf(q);
      const numbers = figure.claims.flatMap((c) => shown(c.value));
      const inPrompt = numbersIn(q.prompt);
      for (const n of numbers) expect(inPrompt.has(n), `${q.id}: "${q.prompt}" shows ${n}`).toBe(false);
      if (q.type === "numeric") {
        expect(q.prompt, q.id).not.toMatch(new RegExp(`(^|[^\\d])${q.answer.value}([^\\d]|$)`));
      }
      if (q.type === "multiple-choice") {
        for (const o of q.options.filter((x) => q.answer.correct.includes(x.id))) {
          expect(mentionsAny(q.prompt, [o.text]), `${q.id}: ${q.prompt}`).toBe(false);
        }
      }
    }
  });

  it("true-false statements are true exactly when they state the claimed value", () => {
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const trueFalse = questions.filter((q) => q.type === "true-false");
    for (const q of trueFalse) {
      if (q.type !== "true-false") continue;
      const figure = figureOf(q);
      expect(figure.disputed, q.id).toBe(false);
      const value = figure.claims[0]!.value;
      const text =
        value.kind === "range"
          ? `between ${value.min.toLocaleString("en-GB")} and ${value.max.toLocaleString("en-GB")}`
          : formatFigureValue(value);
      const statesClaim = new RegExp(`was ${escape(text)}( \\S+)?\\.$`).test(q.prompt);
      expect(statesClaim, `${q.id}: ${q.prompt}`).toBe(q.answer.value);
      expect(q.explanation.startsWith(q.answer.value ? "True" : "False"), q.id).toBe(true);
    }
    const share = trueFalse.filter((q) => q.type === "true-false" && q.answer.value).length / trueFalse.length;
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });

  it("cites real document sections, explains every answer, and refers to the figure and its event", () => {
    const sections = new Map(kb.sources.map((s) => [s.file, new Set(s.sections)]));
    for (const q of questions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const c of q.sources) expect(sections.get(c.doc)?.has(c.section), `${q.id} ${c.doc}#${c.section}`).toBe(true);
      expect(q.explanation.length, q.id).toBeGreaterThanOrEqual(20);
      const figure = figureOf(q);
      expect(q.refs.figures).toEqual([figure.id]);
      expect(q.refs.events).toEqual([figure.event]);
      expect([1, 2, 3]).toContain(q.difficulty);
    }
  });

  it("does not repeat a stem with the same choices", () => {
    const keys = new Set<string>();
    for (const q of questions) {
      const options = "options" in q ? q.options.map((o) => normalizeName(o.text)).sort().join("|") : "";
      const key = `${q.type}#${normalizeName(q.prompt)}#${options}`;
      expect(keys.has(key), q.id).toBe(false);
      keys.add(key);
    }
  });

  it("keeps wrong numbers within four times the answer (same order of magnitude)", () => {
    const numberOf = (text: string) => Number(text.replace(/,/g, "").match(/\d+(\.\d+)?/)?.[0]);
    for (const q of questions) {
      if (q.type !== "multiple-choice") continue;
      const answer = numberOf(q.options.find((o) => o.id === q.answer.correct[0])!.text);
      if (!answer) continue;
      for (const o of q.options) expect(numberOf(o.text), `${q.id}: ${o.text}`).toBeLessThanOrEqual(Math.max(answer * 4, answer + 10));
    }
  });
});
