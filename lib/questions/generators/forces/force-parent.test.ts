/** force-parent-*: units the running text brings up, wrong parents that could hold a unit, never the FSA as the key, and typed answers that take every fair form. */
import { describe, expect, it } from "vitest";
import { namesOf } from "../context";
import { matchTypedAnswer } from "../../answer-matching";
import { questions, forceById, ancestorsOf, related, choiceParts, editedQuestions, kb } from "./test-support";

/**
 * The real knowledge base with every unit also cited from a document's running text, so the parent questions
 * the summary-box rule holds back are built and their options can be checked.
 */
const allUnitsInNarrative = editedQuestions((k) => {
  for (const f of k.forces) {
    if (["brigade", "battalion", "regiment", "division", "squadron"].includes(f.kind)) {
      f.citations = [...f.citations, { doc: f.citations[0]!.doc, section: "lead" }];
    }
  }
});

describe("force-parent", () => {
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

  it("asks only about units a document's running text brings up, not ones listed only in a summary box (review 4, item 4)", () => {
    const parentQuestions = questions.filter((q) => q.template.startsWith("force-parent"));
    expect(parentQuestions.length).toBeGreaterThan(0);
    for (const q of parentQuestions) {
      const unit = forceById.get(q.refs.forces[0]!)!;
      expect(unit.citations.some((c) => c.section !== "infobox"), `${q.id}: ${unit.id}`).toBe(true);
    }
  });

  it("never keys a choice to the Free Syrian Army, and offers as wrong parents only real organisations that could hold the unit (review 4, item 3)", () => {
    const choices = allUnitsInNarrative.filter((q) => q.template === "force-parent-choice");
    // Without the summary-box rule the FSA's ten units would all be asked, every one keyed to the FSA.
    expect(allUnitsInNarrative.filter((q) => q.template.startsWith("force-parent")).length).toBeGreaterThan(questions.filter((q) => q.template.startsWith("force-parent")).length);
    const byName = new Map(kb.forces.map((f) => [f.name, f]));
    for (const q of choices) {
      if (q.type !== "multiple-choice") throw new Error("multiple choice expected");
      const key = q.options.find((o) => q.answer.correct.includes(o.id))!;
      expect(key.text, q.id).not.toBe("Free Syrian Army");
      const unit = forceById.get(q.refs.forces[0]!)!;
      for (const o of q.options.filter((x) => !q.answer.correct.includes(x.id))) {
        const d = byName.get(o.text)!;
        // A clan militia or an intelligence agency does not hold an armoured brigade.
        expect(["militia", "security-agency"], `${q.id}: ${d.id}`).not.toContain(d.kind);
        // "Jamal Marouf's rebels" describes whom a man led; it names no organisation.
        expect(d.name, q.id).not.toMatch(/['’]s\b/);
        expect(kb.events.some((e) => e.forces.some((f) => f.force === d.id)), `${q.id}: ${d.id}`).toBe(true);
        // The Damascus Falcons may be the Sham Falcons (Suqour al-Sham): never offered as another group.
        expect(d.id, q.id).not.toBe("damascus-falcons");
        expect(unit.side, q.id).toBe(d.side);
      }
    }
  });

  it("asks a rebel group's own unit as a choice, with other real groups as the wrong parents (control)", () => {
    const asked = editedQuestions((k) => {
      const model = k.forces.find((f) => f.id === "dawood-battalion")!;
      k.forces.push({ ...model, id: "test-qamar-battalion", name: "Qamar Battalion", aliases: [], parent: "ahrar-ash-sham", description: "A made-up battalion." });
      const event = k.events.find((e) => e.forces.some((f) => f.force === "dawood-battalion"))!;
      event.forces.push({ force: "test-qamar-battalion", role: "attacker" });
    });
    const q = asked.find((x) => x.template === "force-parent-choice" && x.refs.forces[0] === "test-qamar-battalion");
    if (!q || q.type !== "multiple-choice") throw new Error("no choice question about the made-up battalion");
    const wrong = q.options.filter((o) => !q.answer.correct.includes(o.id)).map((o) => o.text);
    expect(wrong.length).toBe(3);
    for (const text of wrong) expect(["Damascus Falcons", "Jamal Marouf's rebels", "Berri clan militias"]).not.toContain(text);
  });

  it("accepts every force a unit sits under when a typed stem asks for 'the larger force'", () => {
    const typed = allUnitsInNarrative.filter((q) => q.template === "force-parent-typed");
    expect(typed.length).toBeGreaterThan(1);
    for (const q of typed) {
      if (q.type !== "typed") throw new Error("typed expected");
      const unit = forceById.get(q.refs.forces[0]!)!;
      const ancestors = [...ancestorsOf(unit.id)].map((id) => forceById.get(id)!).filter((f) => f.kind !== "side");
      const kind = /^Name the (division|brigade|regiment|larger force) /.exec(q.prompt)![1];
      // A named kind has one answer; "the larger force" takes any of them.
      const expected = kind === "larger force" ? ancestors : ancestors.filter((f) => f.kind === kind);
      if (kind !== "larger force") expect(expected.length, q.id).toBe(1);
      for (const f of expected) for (const name of namesOf(f)) expect(q.accept, `${q.id}: ${name}`).toContain(name);
      // A unit placed only under the Syrian Armed Forces might be army or air force: not asked typed.
      expect(q.refs.forces[1], q.id).not.toBe("syrian-armed-forces");
      // Typed, a rebel unit's "larger force" would nearly always be "the Free Syrian Army".
      if (kind === "larger force") expect(unit.side, q.id).toBe("government");
    }
  });

  it("takes a numbered unit's number in words and the army without 'Syrian' (review 4, item 4)", () => {
    const typed = allUnitsInNarrative.filter((q) => q.template === "force-parent-typed");
    const accepts = (unitId: string, answer: string) => {
      const q = typed.find((x) => x.refs.forces[0] === unitId);
      if (!q || q.type !== "typed") throw new Error(`${unitId}: no typed question`);
      return matchTypedAnswer(answer, q.accept).matched;
    };
    expect(accepts("12th-armoured-brigade", "Sixth Division")).toBe(true);
    expect(accepts("46th-army-regiment", "the fifteenth division")).toBe(true);
    expect(accepts("wadi-deif-armoured-regiment", "the army")).toBe(true);
    // Control: a wrong division is still wrong.
    expect(accepts("12th-armoured-brigade", "Fifteenth Division")).toBe(false);
  });

  it("asks each unit once", () => {
    const parentQuestions = allUnitsInNarrative.filter((q) => q.template.startsWith("force-parent"));
    const units = parentQuestions.map((q) => q.refs.forces[0]);
    expect(new Set(units).size).toBe(units.length);
  });
});
