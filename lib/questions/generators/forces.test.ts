import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../content/index";
import type { Force } from "../../content/schema";
import { normalizeName } from "../../content/normalize-name";
import { createContext, mentionsAny, namesOf } from "./context";
import { generateForceQuestions } from "./forces";

const TEMPLATES = [
  "force-side-choice",
  "force-side-true-false",
  "force-side-matching",
  "event-actor-choice",
  "event-defender-choice",
  "commander-group-choice",
  "commander-typed",
  "event-actor-typed",
  "force-parent-choice",
  "event-sides-true-false",
];

const kb = loadKnowledgeBase();
const ctx = createContext(kb, "bank-v1");
const questions = generateForceQuestions(ctx);
const forceByName = new Map(kb.forces.map((f) => [f.name, f]));
const forceById = new Map(kb.forces.map((f) => [f.id, f]));

/** Curly quotes hide words from `mentionsAny`'s whole-word matching. */
function plain(text: string): string {
  return text.replace(/[“”"]/g, " ");
}

function ancestorsOf(id: string): Set<string> {
  const out = new Set<string>();
  let parent = forceById.get(id)?.parent;
  while (parent && !out.has(parent)) {
    out.add(parent);
    parent = forceById.get(parent)?.parent;
  }
  return out;
}

function related(a: string, b: string): boolean {
  return a === b || ancestorsOf(a).has(b) || ancestorsOf(b).has(a);
}

/** The force an option text names (options use force names verbatim). */
function forceOf(text: string): Force {
  const force = forceByName.get(text);
  if (!force) throw new Error(`option "${text}" is not a force name`);
  return force;
}

function choiceParts(template: string) {
  return questions
    .filter((q) => q.template === template)
    .map((q) => {
      if (q.type !== "multiple-choice") throw new Error(`${q.id} is not multiple choice`);
      const correct = q.options.filter((o) => q.answer.correct.includes(o.id)).map((o) => forceOf(o.text));
      const distractors = q.options.filter((o) => !q.answer.correct.includes(o.id)).map((o) => forceOf(o.text));
      return { q, correct, distractors };
    });
}

describe("forces generator", () => {
  it("produces every template, 200+ questions in all, all in the forces category", () => {
    expect(questions.length).toBeGreaterThanOrEqual(200);
    for (const template of TEMPLATES) {
      expect(questions.filter((q) => q.template === template).length, template).toBeGreaterThan(0);
    }
    for (const q of questions) {
      expect(TEMPLATES).toContain(q.template);
      expect(q.category).toBe("forces");
      expect(q.id.startsWith(`${q.template}-`)).toBe(true);
    }
  });

  it("is deterministic", () => {
    const again = generateForceQuestions(createContext(loadKnowledgeBase(), "bank-v1"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
  });

  it("gives every question a unique id and no two the same prompt and options", () => {
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
    const shapes = questions.map((q) => {
      const options = "options" in q ? q.options.map((o) => o.text).sort() : [];
      const premises = "premises" in q ? q.premises.map((o) => o.text).sort() : [];
      return JSON.stringify([q.prompt, options, premises]);
    });
    expect(new Set(shapes).size).toBe(questions.length);
  });

  it("builds well-formed answers", () => {
    for (const q of questions) {
      if (q.type === "multiple-choice") {
        const ids = q.options.map((o) => o.id);
        expect(new Set(ids).size, q.id).toBe(ids.length);
        expect(new Set(q.options.map((o) => o.text.toLowerCase())).size, q.id).toBe(ids.length);
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
        expect(q.answer.correct.length, q.id).toBeGreaterThan(0);
        for (const c of q.answer.correct) expect(ids, q.id).toContain(c);
        expect(q.selectMany, q.id).toBe(q.answer.correct.length > 1);
        if (q.selectMany) expect(q.prompt).toMatch(/Select all that apply/);
      } else if (q.type === "matching") {
        const optionIds = new Set(q.options.map((o) => o.id));
        expect(new Set(q.options.map((o) => o.text.toLowerCase())).size).toBe(q.options.length);
        expect(new Set(q.premises.map((o) => o.text.toLowerCase())).size).toBe(q.premises.length);
        expect(Object.keys(q.answer.pairs).sort()).toEqual(q.premises.map((p) => p.id).sort());
        for (const o of Object.values(q.answer.pairs)) expect(optionIds.has(o)).toBe(true);
      } else if (q.type === "typed") {
        expect(q.accept).toContain(q.answer.text);
      } else {
        expect(q.type).toBe("true-false");
      }
    }
  });

  it("never reveals the answer in the prompt", () => {
    for (const q of questions) {
      if (q.type === "multiple-choice") {
        for (const o of q.options.filter((o) => q.answer.correct.includes(o.id))) {
          const force = forceByName.get(o.text);
          const names = force ? namesOf(force) : [o.text];
          expect(mentionsAny(plain(q.prompt), names), `${q.id}: ${q.prompt}`).toBe(false);
        }
      }
      if (q.type === "typed") expect(mentionsAny(plain(q.prompt), q.accept), `${q.id}: ${q.prompt}`).toBe(false);
    }
  });

  it("never uses a generic side as a subject or an option", () => {
    for (const q of questions) {
      for (const id of q.refs.forces) expect(forceById.get(id)?.kind, q.id).not.toBe("side");
      if (q.type === "multiple-choice" && q.template !== "force-side-choice") {
        for (const o of q.options) expect(forceOf(o.text).kind, q.id).not.toBe("side");
      }
    }
  });

  it("cites real sections and references known facts", () => {
    const sections = new Map(kb.sources.map((s) => [s.file, new Set(s.sections)]));
    for (const q of questions) {
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const c of q.sources) expect(sections.get(c.doc)?.has(c.section), `${q.id} ${c.doc}#${c.section}`).toBe(true);
      expect(q.refs.forces.length, q.id).toBeGreaterThan(0);
      for (const id of q.refs.forces) expect(forceById.has(id), q.id).toBe(true);
      for (const id of q.refs.events) expect(ctx.eventById.has(id), q.id).toBe(true);
      for (const id of q.refs.places) expect(ctx.placeById.has(id), q.id).toBe(true);
      expect(q.explanation.length, q.id).toBeGreaterThan(20);
    }
  });

  it("only asks about forces a study set can reach (through an event or its force list)", () => {
    for (const q of questions.filter((x) => x.refs.events.length === 0)) {
      const reachable = q.refs.forces.some(
        (id) => kb.events.some((e) => e.forces.some((f) => f.force === id)) || kb.studySets.some((s) => s.forces.includes(id)),
      );
      expect(reachable, q.id).toBe(true);
    }
  });

  it("asks side questions only about civil-war sides", () => {
    for (const q of questions.filter((q) => q.template.startsWith("force-side"))) {
      for (const id of q.refs.forces) expect(["rebels", "government", "kurdish"]).toContain(forceById.get(id)!.side);
    }
    for (const q of questions.filter((q) => q.template === "force-side-matching")) {
      const sides = new Set(q.refs.forces.map((id) => forceById.get(id)!.side));
      expect(sides.size, q.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("takes attack and defence distractors from the opposing side, outside the event", () => {
    for (const template of ["event-actor-choice", "event-defender-choice"]) {
      for (const { q, correct, distractors } of choiceParts(template)) {
        const event = ctx.eventById.get(q.refs.events[0]!)!;
        const inEvent = new Set(event.forces.map((f) => f.force));
        const correctSides = new Set(correct.map((f) => f.side));
        expect(correctSides.size, q.id).toBe(1);
        for (const d of distractors) {
          expect(inEvent.has(d.id), `${q.id}: ${d.id} is in the event`).toBe(false);
          expect(correctSides.has(d.side), `${q.id}: ${d.id} is on the same side`).toBe(false);
          expect(["rebels", "government"]).toContain(d.side);
          for (const c of correct) {
            expect(related(c.id, d.id), `${q.id}: ${d.id} is related to ${c.id}`).toBe(false);
            expect(namesOf(c).map(normalizeName)).not.toContain(normalizeName(d.name));
          }
        }
      }
    }
  });

  it("never offers a parent's ancestor or descendant as a wrong parent", () => {
    for (const template of ["force-parent-choice", "commander-group-choice"]) {
      for (const { q, correct, distractors } of choiceParts(template)) {
        expect(correct.length).toBe(1);
        const subject = forceById.get(q.refs.forces[0]!)!;
        expect(subject.parent).toBe(correct[0]!.id);
        for (const d of distractors) {
          expect(d.side, q.id).toBe(correct[0]!.side);
          expect(related(correct[0]!.id, d.id), `${q.id}: ${d.id}`).toBe(false);
          expect(related(subject.id, d.id), `${q.id}: ${d.id}`).toBe(false);
        }
      }
    }
  });

  it("names a typed answer's group only when it acted alone in the event", () => {
    for (const q of questions.filter((q) => q.template === "event-actor-typed")) {
      if (q.type !== "typed") throw new Error("typed expected");
      const event = ctx.eventById.get(q.refs.events[0]!)!;
      const force = forceById.get(q.refs.forces[0]!)!;
      expect(event.forces.some((f) => f.force === force.id && ["attacker", "captured", "retook"].includes(f.role))).toBe(true);
      expect(force.kind).not.toBe("armed-forces");
      expect(mentionsAny(plain(event.title), namesOf(force))).toBe(false);
    }
  });
});
