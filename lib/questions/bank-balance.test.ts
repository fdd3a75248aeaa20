/**
 * What a teacher judges the bank by (issue "questions a history teacher would
 * choose"): the big picture before trivia, reasoning beyond recall, focused
 * study sets with a core, events named so only one fits, and number options
 * that do not give the key away.
 */
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { normalizeName } from "../content/normalize-name";
import { generateQuestionBank } from "./bank";
import { CORE_MAX, CORE_MIN } from "./core";
import { SKILLS, type Question } from "./types";

const kb = loadKnowledgeBase();
const bank = generateQuestionBank(kb);
const questions = bank.questions;

function textsOf(q: Question): string[] {
  const texts = [q.prompt, q.explanation];
  if ("options" in q) texts.push(...q.options.map((o) => o.text));
  if (q.type === "matching") texts.push(...q.premises.map((p) => p.text));
  return texts;
}

describe("balance of the bank", () => {
  it("gives every question one of the documented skills", () => {
    for (const q of questions) expect(SKILLS, q.id).toContain(q.skill);
  });

  it("asks at least a fifth of its questions beyond recall and sequence", () => {
    const beyond = questions.filter((q) => q.skill !== "recall" && q.skill !== "sequence").length;
    expect(beyond / questions.length).toBeGreaterThanOrEqual(0.2);
  });

  it("has questions of every reasoning skill", () => {
    for (const skill of ["cause", "significance", "control", "compare-accounts", "source"] as const)
      expect(questions.filter((q) => q.skill === skill).length, skill).toBeGreaterThan(0);
  });

  it("keeps figures to at most a quarter of the bank", () => {
    const figures = questions.filter((q) => q.category === "figures").length;
    expect(figures / questions.length).toBeLessThanOrEqual(0.25);
  });

  it("asks each undisputed figure once, in one type", () => {
    const once = new Map<string, string[]>();
    for (const q of questions.filter((q) => ["figure-value-numeric", "figure-value-choice", "figure-source-choice"].includes(q.template)))
      for (const figure of q.refs.figures) once.set(figure, [...(once.get(figure) ?? []), q.id]);
    for (const [figure, ids] of once) expect(ids, figure).toHaveLength(1);
  });
});

describe("study sets and their core", () => {
  for (const set of kb.studySets) {
    it(`${set.id}: 20–40 core questions, all in the set`, () => {
      const core = questions.filter((q) => q.coreIn.includes(set.id));
      expect(core.length).toBeGreaterThanOrEqual(CORE_MIN);
      expect(core.length).toBeLessThanOrEqual(CORE_MAX);
      for (const q of core) expect(q.topics, q.id).toContain(set.id);
    });
  }

  it("keeps each battle set on its own subject: no question about a force the set's events never involve", () => {
    const forcesOfSet = new Map(
      kb.studySets.map((set) => {
        const events = set.events.map((id) => kb.events.find((e) => e.id === id)!).filter(Boolean);
        return [set.id, new Set([...set.forces, ...events.flatMap((e) => e.forces.map((f) => f.force))])];
      }),
    );
    for (const q of questions.filter((q) => q.refs.events.length === 0 && q.refs.figures.length === 0 && q.template.startsWith("force-")))
      for (const setId of q.topics) {
        const set = kb.studySets.find((s) => s.id === setId)!;
        if (set.categories) continue;
        for (const force of q.refs.forces) expect(forcesOfSet.get(setId)!.has(force), `${q.id} in ${setId}: ${force}`).toBe(true);
      }
  });
});

describe("events named so that only one fits", () => {
  const titleCounts = new Map<string, number>();
  for (const e of kb.events) {
    const key = normalizeName(e.title);
    titleCounts.set(key, (titleCounts.get(key) ?? 0) + 1);
  }

  it("gives every event a title no other event has", () => {
    const repeated = [...titleCounts].filter(([, n]) => n > 1).map(([t]) => t);
    expect(repeated).toEqual([]);
  });

  it("names in every question only event titles that identify one event", () => {
    const titles = kb.events.map((e) => ({ title: e.title, key: normalizeName(e.title) })).filter((t) => t.title.length >= 12);
    for (const q of questions)
      for (const text of textsOf(q))
        for (const t of titles)
          if (text.includes(t.title)) expect(titleCounts.get(t.key), `${q.id}: “${t.title}”`).toBe(1);
  });
});

describe("number options give nothing away", () => {
  const numeric = questions.filter(
    (q): q is Extract<Question, { type: "multiple-choice" }> =>
      q.type === "multiple-choice" &&
      q.template === "figure-value-choice" &&
      // An "at least" key is always the lowest option by design: a lower "at least" would be true too.
      !q.options.find((o) => q.answer.correct.includes(o.id))!.text.startsWith("at least"),
  );
  const value = (text: string) => Number(/[\d,.]+/.exec(text)?.[0]?.replace(/,/g, "") ?? NaN);

  it("puts the key at every rank among the options, none more than 45% of the time", () => {
    const ranks = [0, 0, 0, 0];
    for (const q of numeric) {
      const sorted = [...q.options].sort((a, b) => value(a.text) - value(b.text));
      const rank = sorted.findIndex((o) => q.answer.correct.includes(o.id));
      ranks[Math.min(rank, 3)]! += 1;
    }
    const total = numeric.length;
    expect(total).toBeGreaterThan(30);
    for (const [rank, count] of ranks.entries()) {
      expect(count / total, `rank ${rank}: ${ranks.join("/")}`).toBeLessThanOrEqual(0.45);
      expect(count / total, `rank ${rank}: ${ranks.join("/")}`).toBeGreaterThanOrEqual(0.08);
    }
  });
});
