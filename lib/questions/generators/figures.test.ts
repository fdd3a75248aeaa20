/**
 * The figures generator against the real knowledge base: ids, options, keys,
 * stems, citations and determinism, plus the honesty rules for numbers
 * (attributed claims, disputed figures never asked as one true number).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../content/load-knowledge-base";
import type { KnowledgeBase } from "../../content/load";
import type { Figure, FigureValue } from "../../content/schema";
import { normalizeName } from "../../content/normalize-name";
import { attribution, createContext, formatFigureValue, mentionsAny, type QuestionDraft } from "./context";
import { claimantsMayOverlap, generateFigureQuestions, howManyClause, numbersIn, numericAnswer, statedAsNumber } from "./figures";
import { expectDeterministic, expectUniqueOptions, expectUniqueUrlSafeIds } from "./test-support";

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
  "figure-source-choice",
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

describe("how a counted subject becomes a question", () => {
  it.each([
    ["soldiers killed in the attack", { howMany: "soldiers were killed in the attack" }],
    ["towns and villages retaken by government forces", { howMany: "towns and villages were retaken by government forces" }],
    ["government armoured vehicles destroyed", { howMany: "government armoured vehicles were destroyed" }],
    ["checkpoints still held by the government", { howMany: "checkpoints were still held by the government" }],
    ["students protesting at the university", { howMany: "students were protesting at the university" }],
    ["fighters in the brigade", { howMany: "fighters were in the brigade" }],
    // No verb to hang "were" on: asked as "the number of …".
    ["members of the Damascus Falcons", { numberOf: "members of the Damascus Falcons" }],
    ["protesters after Sheikh Salqini's killing", { numberOf: "protesters after Sheikh Salqini's killing" }],
  ])("%s", (subject, clause) => {
    expect(howManyClause(subject)).toEqual(clause);
  });
});

describe("numeric tolerance", () => {
  it("follows the documented rules", () => {
    expect(numericAnswer({ kind: "exact", n: 7 })).toMatchObject({ value: 7, min: 7, max: 7 });
    expect(numericAnswer({ kind: "exact", n: 196 })).toMatchObject({ value: 196, min: 176, max: 216 });
    expect(numericAnswer({ kind: "exact", n: 20 })).toMatchObject({ min: 18, max: 22 });
    expect(numericAnswer({ kind: "approx", n: 400 })).toMatchObject({ value: 400, min: 320, max: 480 });
    expect(numericAnswer({ kind: "at-least", n: 40 })).toMatchObject({ value: 40, min: 40, max: 50, display: "at least 40" });
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
      "figure-source-choice": "multiple-choice",
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
    // At most one question per figure (each claim is asked once, in the type that suits it), and the tolls of
    // minor events are not asked.
    expect(questions.length).toBeGreaterThan(kb.figures.length * 0.4);
    expect(questions.length).toBeLessThan(kb.figures.length * 1.5);
  });

  it("does not ask the death toll of a minor event, but asks a landmark's", () => {
    const asked = (figureId: string) => {
      expect(kb.figures.some((f) => f.id === figureId), figureId).toBe(true);
      return questions.some((q) => q.refs.figures.includes(figureId));
    };
    // "How many soldiers were killed in Idlib province on 11 July 2012?": one report among dozens.
    expect(asked("idlib-11-jul-2012-soldiers-killed")).toBe(false);
    expect(asked("idlib-city-bomb-11-jun-2012-soldiers-killed")).toBe(false);
    // The soldiers killed when rebels overran the Taftanaz air base.
    expect(asked("taftanaz-jan-2013-soldiers-killed")).toBe(true);
    // A toll left out does not hand its place to the event's lesser numbers.
    expect(asked("azaz-air-raid-aug-2012-bombing-runs")).toBe(false);
  });

  it("is deterministic, and ids do not depend on the seed", () => {
    expectDeterministic(generateFigureQuestions, questions);
  });

  it("has unique, url-safe ids", () => {
    expectUniqueUrlSafeIds(questions);
  });

  it("has unique options, and keys that point at them", () => {
    for (const q of questions) {
      expectUniqueOptions(q);
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
      if (q.template === "figure-source-choice") continue; // its options are sources: tested below
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
      if (q.template === "figure-source-choice") continue; // the claimant is the answer, among the options
      const text = q.type === "matching" ? `${q.prompt} ${q.premises.map((p) => p.text).join(" ")}` : q.prompt;
      expect(
        figure.claims.some((c) => text.toLowerCase().includes(attribution(ctx, c).toLowerCase())),
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
      // Every claim and its source appear in the explanation (a number only where the source stated one).
      for (const c of figure.claims) {
        expect(q.explanation, q.id).toContain(attribution(ctx, c));
        if (statedAsNumber(c)) expect(q.explanation, q.id).toContain(formatFigureValue(c.value).replace(/^at least /, ""));
      }
    }
    // Every disputed figure is asked, unless fewer than two claims state a number or its claimants may overlap.
    const askable = kb.figures.filter((f) => {
      const stated = f.claims.filter(statedAsNumber);
      const overlap = stated.some((a, i) => stated.slice(i + 1).some((b) => claimantsMayOverlap(ctx, a, b)));
      return f.disputed && stated.length >= 2 && !overlap;
    });
    const disputedAsked = new Set(questions.filter((q) => figureOf(q).disputed).map((q) => q.refs.figures[0]));
    expect(disputedAsked.size).toBe(askable.length);
  });

  it("puts the place and date of a \u201cwho reported\u201d stem after the number, unless an aside ends the sentence", () => {
    const stems = questions.filter((q) => q.prompt.startsWith("Who reported that")).map((q) => q.prompt);
    expect(stems.length).toBeGreaterThan(12);
    // "388,000" holds a comma but no aside: place and date still follow the number.
    expect(stems).toContain("Who reported that at least 388,000 civilians were displaced in the north-west from 1 December 2019 to 29 January 2020?");
    for (const stem of stems) expect(stem, stem).not.toMatch(/ were (by|of|in the assault)\b| still were /);
  });

  it("names where the losses were in a \u201cwho reported\u201d stem, or does not ask it", () => {
    const losses = questions.filter((q) => q.template === "figure-source-choice" && /\b(killed|wounded|destroyed)\b/.test(q.prompt));
    expect(losses.length).toBeGreaterThan(2);
    // A place, the border, or a named group's action ("the Sham Falcons ambush") says which report is meant.
    const names = [...kb.places.flatMap((p) => [p.name, ...p.aliases]), ...kb.forces.filter((f) => f.kind !== "side").map((f) => f.name), "Sham Falcons"];
    for (const q of losses) expect(names.some((name) => q.prompt.includes(name)) || /Turk(ey|ish border)/.test(q.prompt), q.prompt).toBe(true);
    // Before: "Who reported that 16 soldiers were killed on 12 October 2012?", which fits many reports.
    expect(questions.map((q) => q.prompt)).not.toContain("Who reported that 16 soldiers were killed on 12 October 2012?");
  });

  it("asks a subject that is no clause as \u201cWhat figure did X give for …?\u201d, and a \u201cwho reported\u201d stem never says \u201creportedly\u201d", () => {
    const stems = questions.map((q) => q.prompt);
    for (const stem of stems) expect(stem, stem).not.toMatch(/minimum was given|what was, roughly|what, roughly, was|what was the number of/i);
    expect(stems).toContain(
      "On 18 July 2012, soldiers defected with tanks at Bab al-Hawa. What figure did the Idlib clashes article give for the number of tanks the Bab al-Hawa defectors brought with them?",
    );
    for (const stem of stems.filter((s) => s.startsWith("Who reported that"))) expect(stem, stem).not.toMatch(/\breportedly\b/);
  });

  it("tells a student a range accepts any number inside it only when they type the answer", () => {
    const withNote = questions.filter((q) => q.prompt.includes("any number inside it counts"));
    for (const q of withNote) expect(q.type, q.id).toBe("numeric");
  });

  it("leaves out a length, distance or duration of one episode that no summary gives", () => {
    const asked = new Set(questions.flatMap((q) => q.refs.figures));
    const details = kb.figures.filter((f) => /^(length of the fighting|distance south of)/.test(f.subject));
    expect(details.length).toBeGreaterThan(0);
    for (const f of details) expect(asked.has(f.id), f.id).toBe(false);
  });

  it("asks at most three undisputed figures about one event, its deaths first", () => {
    const undisputed = questions.filter((q) => ["figure-value-numeric", "figure-value-choice", "figure-source-choice"].includes(q.template));
    const perEvent = new Map<string, string[]>();
    for (const q of undisputed) perEvent.set(q.refs.events[0]!, [...(perEvent.get(q.refs.events[0]!) ?? []), q.refs.figures[0]!]);
    for (const [event, figures] of perEvent) expect(figures.length, event).toBeLessThanOrEqual(3);
    // The Aleppo clashes' summary box gives tanks, aircraft by type and strengths too: the deaths are what is asked.
    const aleppo = perEvent.get("2012-02-10-aleppo-governorate-clashes") ?? [];
    expect(aleppo.map((id) => figureById.get(id)!.measure)).toEqual(["killed", "killed", "killed"]);
  });

  it("never shows the number asked for in the stem", () => {
    for (const q of questions) {
      if (q.template === "figure-source-choice") continue; // "who reported that 13 soldiers…" carries it by design
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

  it("never tells a share through a fraction in the stem (“Two-thirds of … have left”)", () => {
    for (const q of questions) {
      if (figureOf(q).unit !== "percent") continue;
      expect(q.prompt, q.id).not.toMatch(/\b(half|halves|thirds?|quarters?|fifths?|tenths?)\b/i);
    }
  });

  it("asks each undisputed figure once: who reported it, or its value, never both", () => {
    const asked = new Map<string, string[]>();
    for (const q of questions.filter((q) => !q.template.startsWith("figure-dispute")))
      asked.set(q.refs.figures[0]!, [...(asked.get(q.refs.figures[0]!) ?? []), q.template]);
    for (const [figure, templates] of asked) expect(templates, figure).toHaveLength(1);
  });

  it("“who reported” keys the figure's only claimant, and no wrong option is a source that may include it", () => {
    const ctx = createContext(kb, "t");
    for (const q of questions.filter((q) => q.template === "figure-source-choice")) {
      if (q.type !== "multiple-choice") throw new Error("expected multiple choice");
      const figure = figureOf(q);
      expect(figure.claims).toHaveLength(1);
      const key = q.options.find((o) => o.id === q.answer.correct[0])!;
      expect(key.text.toLowerCase()).toBe(attribution(ctx, figure.claims[0]!).toLowerCase());
      expect(q.prompt.toLowerCase(), q.id).not.toContain(attribution(ctx, figure.claims[0]!).toLowerCase());
    }
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

  it("keeps wrong numbers near the answer: no 216 or 324 against 108, no 570 against 190", () => {
    const numberOf = (text: string) => Number(text.replace(/,/g, "").match(/\d+(\.\d+)?/)?.[0]);
    let checked = 0;
    for (const q of questions) {
      if (q.type !== "multiple-choice" || q.template === "figure-source-choice") continue;
      const key = q.options.find((o) => o.id === q.answer.correct[0])!.text;
      // A range's wrong ranges cannot overlap it, so they sit further off; shares are checked by points.
      if (key.includes("–") || key.endsWith("%")) continue;
      const answer = numberOf(key);
      // Another source's own claim is a real figure, however far from this one.
      const claims = new Set(figureOf(q).claims.map((c) => formatFigureValue(c.value)));
      for (const o of q.options.filter((x) => x.text !== key && !claims.has(x.text))) {
        const n = numberOf(o.text);
        expect(n, `${q.id}: ${o.text} against ${key}`).toBeLessThanOrEqual(Math.max(answer * 1.6, answer + 4));
        expect(n, `${q.id}: ${o.text} against ${key}`).toBeGreaterThanOrEqual(Math.min(answer * 0.5, answer - 4));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

// ---------------------------------------------------------------------------
// The teacher's review of the figure questions: key position, "at least", tense, repeated attributions,
// counts of one.

describe("number options that give nothing away", () => {
  /** The key's rank among a question's numeric options (0 = lowest), with the number of options. */
  function keyRanks(templates: readonly string[]): { id: string; rank: number; options: number }[] {
    const value = (text: string) => Number(/[\d,.]+/.exec(text)?.[0]?.replace(/,/g, ""));
    return questions
      .filter((q) => templates.includes(q.template))
      .flatMap((q) => {
        if (q.type !== "multiple-choice") return [];
        const sorted = [...q.options].sort((a, b) => value(a.text) - value(b.text));
        return [{ id: q.id, rank: sorted.findIndex((o) => o.id === q.answer.correct[0]), options: sorted.length }];
      });
  }

  it("puts the key at every rank among the options, the lowest no more than 40% of the time", () => {
    const ranks = keyRanks(["figure-value-choice", "figure-dispute-choice"]);
    expect(ranks.length).toBeGreaterThan(40);
    const share = (rank: number) => ranks.filter((r) => Math.min(r.rank, 3) === rank).length / ranks.length;
    const shares = [0, 1, 2, 3].map(share).map((x) => x.toFixed(2)).join("/");
    expect(share(0), shares).toBeLessThanOrEqual(0.4);
    for (const rank of [0, 1, 2, 3]) {
      expect(share(rank), shares).toBeGreaterThanOrEqual(0.1);
      expect(share(rank), shares).toBeLessThanOrEqual(0.45);
    }
  });

  it("asks an \"at least\" figure as what the source gave, with wrong options below it as well as above", () => {
    const atLeast = questions.filter(
      (q) => q.type === "multiple-choice" && q.options.find((o) => o.id === q.answer.correct[0])!.text.startsWith("at least"),
    );
    expect(atLeast.length).toBeGreaterThan(3);
    for (const q of questions) expect(q.prompt, q.id).not.toMatch(/at least how many/i);
    for (const q of atLeast) expect(q.prompt, q.id).toMatch(/What figure did .* give for /);
    // Before, every "at least" key was the lowest option: a student could pick it unread.
    const lowest = keyRanks(["figure-value-choice"]).filter((r) => atLeast.some((q) => q.id === r.id) && r.rank === 0);
    expect(lowest.length / atLeast.length).toBeLessThanOrEqual(0.5);
  });

  it("does not ask a count of one (the document saying \"a mosque\")", () => {
    const undisputed = questions.filter((q) => ["figure-value-choice", "figure-value-numeric", "figure-source-choice"].includes(q.template));
    expect(undisputed.length).toBeGreaterThan(40);
    for (const q of undisputed) {
      const value = figureOf(q).claims[0]!.value;
      if (value.kind !== "range" && value.kind !== "percent") expect(value.n, q.id).not.toBe(1);
    }
  });
});

describe("wording of scenes and explanations", () => {
  it("never opens a sentence with \"By <date>,\" before a simple past (\"By 9 October 2012, rebels seized…\")", () => {
    const byDate = kb.events.filter((e) => "qualifier" in e.date && e.date.qualifier === "by" && e.alternativeDates.length === 0);
    const clauses = byDate.map((e) => `${e.clause.charAt(0).toUpperCase()}${e.clause.slice(1)} by `);
    let scenes = 0;
    for (const q of questions) {
      for (const text of [q.prompt, q.explanation]) {
        expect(text, q.id).not.toMatch(/(^|\. )By (\d{1,2} )?[A-Z][a-z]+ \d{4}, /);
        if (clauses.some((clause) => text.includes(clause))) scenes++;
      }
    }
    // Such an event still sets the scene, its clause first and the date last.
    expect(byDate.length).toBeGreaterThan(0);
    expect(scenes).toBeGreaterThan(0);
  });

  it("names the claimant once in an explanation: no \"According to the military, … per the military\"", () => {
    const withAside = kb.figures.filter((f) => /,\s*(per|as|according to)\b/i.test(f.subject));
    expect(withAside.length).toBeGreaterThan(0);
    for (const q of questions) {
      expect(q.explanation, q.id).not.toMatch(/According to [^.]*, (per|as [^.,]* reported it)\b/);
    }
  });

  it("does not credit a note to the claimant it already names (\"the Idlib clashes article: the Idlib clashes article…\")", () => {
    const ctx = createContext(kb, "t");
    for (const q of questions) {
      for (const c of figureOf(q).claims) {
        const attr = attribution(ctx, c).toLowerCase();
        expect(q.explanation.toLowerCase(), q.id).not.toContain(`${attr}: ${attr}`);
      }
    }
  });
});

// ---------------------------------------------------------------------------
// Rules from the fact review: only stated numbers, no overlapping claimants,
// notes in dispute explanations, citations of every credited claim.

type Claim = Figure["claims"][number];

/** The real knowledge base with its figures edited (copies; the content files are untouched). */
function withFigures(edit: (figure: Figure) => Figure): KnowledgeBase {
  return { ...kb, figures: kb.figures.map((f) => edit({ ...f, claims: f.claims.map((c) => ({ ...c })) })) };
}

/** An activist-like claimant of the knowledge base (there are several). */
function activistClaimant() {
  const found = kb.claimants.find((c) => c.kind === "activist" || /activist|opposition/i.test(c.name));
  if (!found) throw new Error("no activist claimant in the knowledge base");
  return found;
}

/**
 * The pairs of claims a question sets against each other: all premises of a
 * matching, all claimants of a range, and for a choice the asked claim against
 * each other claim whose (different) number is an option.
 */
function contrastedPairs(q: QuestionDraft, figure: Figure, ctx: ReturnType<typeof createContext>): [Claim, Claim][] {
  const pairsOf = (claims: Claim[]) =>
    claims.flatMap((a, i) => claims.slice(i + 1).map((b) => [a, b] as [Claim, Claim]));
  if (q.type === "matching") {
    const texts = new Set(q.premises.map((p) => p.text));
    return pairsOf(figure.claims.filter((c) => texts.has(attribution(ctx, c))));
  }
  if (q.template === "figure-dispute-range") return pairsOf(figure.claims);
  if (q.template === "figure-dispute-choice" && q.type === "multiple-choice") {
    const asked = figure.claims.find((c) => q.prompt.includes(`did ${attribution(ctx, c)}`))!;
    const optionTexts = new Set(q.options.map((o) => o.text));
    return figure.claims
      .filter((c) => c !== asked && optionTexts.has(formatFigureValue(c.value)))
      .filter((c) => formatFigureValue(c.value) !== formatFigureValue(asked.value))
      .map((c) => [asked, c] as [Claim, Claim]);
  }
  return [];
}

/** Every number text a question offers or accepts. */
function offeredTexts(q: QuestionDraft): string[] {
  if (q.type === "multiple-choice" || q.type === "matching") return q.options.map((o) => o.text);
  if (q.type === "numeric") return [String(q.answer.min), String(q.answer.max)];
  return [];
}

describe("only numbers a source stated (review items 6 and 96)", () => {
  it("treats 0% and the app's own readings as not stated", () => {
    expect(statedAsNumber({ value: { kind: "percent", n: 0 } })).toBe(false);
    expect(statedAsNumber({ value: { kind: "percent", n: 0 }, note: "SOHR said the attack had failed." })).toBe(false);
    const fewDozen = { kind: "range", min: 24, max: 60 } as const;
    expect(statedAsNumber({ value: fewDozen, note: "The range is the app's reading of 'a few dozen'." })).toBe(false);
    expect(statedAsNumber({ value: { kind: "percent", n: 50 }, note: "'More than half': a lower bound." })).toBe(false);
    expect(statedAsNumber({ value: { kind: "exact", n: 3 }, note: "Not stated; qualitative only." })).toBe(false);
    expect(statedAsNumber({ value: { kind: "percent", n: 70 }, note: "Claim by a rebel commander." })).toBe(true);
    expect(statedAsNumber({ value: { kind: "exact", n: 0 } })).toBe(true);
  });

  it("never asks an undisputed figure with an unstated claim, nor offers an unstated number", () => {
    const unstatedFigures = new Set(kb.figures.filter((f) => !f.claims.every(statedAsNumber)).map((f) => f.id));
    for (const q of questions) {
      const figure = figureOf(q);
      if (!figure.disputed) expect(unstatedFigures.has(figure.id), q.id).toBe(false);
      const statedTexts = new Set(figure.claims.filter(statedAsNumber).map((c) => formatFigureValue(c.value)));
      for (const c of figure.claims.filter((x) => !statedAsNumber(x))) {
        const text = formatFigureValue(c.value);
        if (!statedTexts.has(text)) expect(offeredTexts(q), `${q.id} offers ${text}`).not.toContain(text);
      }
    }
  });

  it("never credits a source with 0% for 'the attack failed'", () => {
    // Review [96]: a share the rebels claimed, set against a 0% that stood for SOHR's "the attack failed".
    const target = kb.figures.find(
      (f) => !f.disputed && f.claims.length === 1 && f.claims[0]!.value.kind === "percent" && f.claims[0]!.value.n >= 50,
    )!;
    const first = target.claims[0]!;
    const n = first.value.kind === "percent" ? first.value.n : 0;
    const edited = withFigures((f) =>
      f.id !== target.id
        ? f
        : {
            ...f,
            disputed: true,
            claims: [
              ...f.claims,
              { value: { kind: "percent", n: n - 40 }, claimedBy: "sana", citations: first.citations },
              {
                value: { kind: "percent", n: 0 },
                claimedBy: "sohr",
                citations: first.citations,
                note: "SOHR said the attack had failed.",
              },
            ],
          },
    );
    const ctx = createContext(edited, "bank-v1");
    const sohr = attribution(ctx, { claimedBy: "sohr", citations: first.citations });
    const own = generateFigureQuestions(ctx).filter((q) => q.refs.figures[0] === target.id);
    expect(own.length).toBeGreaterThan(0);
    for (const q of own) {
      expect(offeredTexts(q), q.id).not.toContain("0%");
      expect(q.prompt, q.id).not.toContain(`did ${sohr}`);
      if (q.type === "matching") expect(q.premises.map((p) => p.text), q.id).not.toContain(sohr);
      expect(q.explanation, q.id).not.toContain(`${sohr} gave 0%`);
      expect(q.explanation, q.id).toContain(`${sohr} gave no number`);
    }
  });
});

describe("claimants that may overlap (review items 7, 95 and 107)", () => {
  it("sets SOHR apart from activist and opposition claimants only", () => {
    const ctx = createContext(
      { ...kb, claimants: [...kb.claimants, { id: "opposition-sources-test", name: "Opposition sources", kind: "rebels" }] },
      "t",
    );
    const claim = (claimedBy: string) => ({ claimedBy });
    const activist = activistClaimant().id;
    expect(claimantsMayOverlap(ctx, claim("sohr"), claim(activist))).toBe(true);
    expect(claimantsMayOverlap(ctx, claim(activist), claim("sohr"))).toBe(true);
    expect(claimantsMayOverlap(ctx, claim("sohr"), claim("opposition-sources-test"))).toBe(true);
    for (const other of kb.claimants.filter((c) => c.kind === "activist")) {
      expect(claimantsMayOverlap(ctx, claim("sohr"), claim(other.id)), other.id).toBe(true);
    }
    expect(claimantsMayOverlap(ctx, claim("sohr"), claim("sohr"))).toBe(false);
    expect(claimantsMayOverlap(ctx, claim("sohr"), claim("rebel-sources"))).toBe(false);
    expect(claimantsMayOverlap(ctx, claim("sohr"), claim("encyclopedia-unattributed"))).toBe(false);
    expect(claimantsMayOverlap(ctx, claim("sana"), claim(activist))).toBe(false);
  });

  it("never contrasts SOHR with an activist claimant in a which-source question", () => {
    const check = (bank: QuestionDraft[], base: KnowledgeBase) => {
      const ctx = createContext(base, "t");
      const byId = new Map(base.figures.map((f) => [f.id, f]));
      for (const q of bank) {
        const figure = byId.get(q.refs.figures[0]!)!;
        for (const [a, b] of contrastedPairs(q, figure, ctx)) {
          expect(claimantsMayOverlap(ctx, a, b), `${q.id}: ${a.claimedBy} vs ${b.claimedBy}`).toBe(false);
        }
      }
    };
    check(questions, kb);

    // Review [95]/[107]: SOHR and "opposition activists" as two claimants of one disputed figure.
    const matched = questions.find((q) => q.template === "figure-dispute-matching")!;
    const target = figureOf(matched);
    const activist = activistClaimant().id;
    const edited = withFigures((f) => {
      if (f.id !== target.id) return f;
      f.claims[0]!.claimedBy = "sohr";
      f.claims[1]!.claimedBy = activist;
      return f;
    });
    const bank = generateFigureQuestions(createContext(edited, "bank-v1"));
    const own = bank.filter((q) => q.refs.figures[0] === target.id);
    expect(own.some((q) => q.template === "figure-dispute-matching" || q.template === "figure-dispute-range")).toBe(false);
    check(bank, edited);
  });
});

describe("dispute explanations say what each claim counts (review items 12, 103 and 108)", () => {
  const SCOPE = /\band defectors\b|\bincluding\b|\bamong\b/i;
  const core = (note: string) => note.trim().replace(/\.$/, "").slice(1);

  it("add every claim's note and warn when the counts may differ", () => {
    let warned = 0;
    for (const q of questions) {
      const figure = figureOf(q);
      if (!figure.disputed) continue;
      for (const c of figure.claims) if (c.note) expect(q.explanation, q.id).toContain(core(c.note));
      if (figure.claims.some((c) => SCOPE.test(c.note ?? ""))) {
        expect(q.explanation, q.id).toContain("The counts may not cover the same people.");
        warned++;
      }
    }
    // Source 002's "rebels and defectors" against the summary box's rebels.
    if (kb.figures.some((f) => f.disputed && f.claims.some((c) => SCOPE.test(c.note ?? "")))) {
      expect(warned).toBeGreaterThan(0);
    }
  });

  it("warns as soon as a note says a claim counts more people", () => {
    // A disputed figure that is asked and whose notes do not yet warn.
    const target = questions
      .map(figureOf)
      .find((f) => f.disputed && !f.claims.some((c) => SCOPE.test(c.note ?? "")))!;
    const note = "Source 002 counts rebels and defectors together.";
    const edited = withFigures((f) => {
      if (f.id !== target.id) return f;
      f.claims[1]!.note = note;
      return f;
    });
    const own = generateFigureQuestions(createContext(edited, "bank-v1")).filter((q) => q.refs.figures[0] === target.id);
    expect(own.length).toBeGreaterThan(0);
    for (const q of own) {
      expect(q.explanation, q.id).toContain(core(note));
      expect(q.explanation, q.id).toContain("The counts may not cover the same people.");
    }
  });
});

describe("citations of the claims used", () => {
  it("cite every passage of every claim the question credits, and nothing else", () => {
    for (const q of questions) {
      const figure = figureOf(q);
      const cited = new Set(q.sources.map((c) => `${c.doc}#${c.section}`));
      const claimed = new Set(figure.claims.flatMap((c) => c.citations.map((x) => `${x.doc}#${x.section}`)));
      // Every claim is credited in the explanation (listAttributions / disputeExplanation).
      for (const key of claimed) expect(cited.has(key), `${q.id} misses ${key}`).toBe(true);
      for (const key of cited) expect(claimed.has(key), `${q.id} cites ${key}, no claim's passage`).toBe(true);
    }
  });
});
