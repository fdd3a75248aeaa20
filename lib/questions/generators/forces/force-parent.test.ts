/** force-parent-*: no ancestor or descendant of the unit is a wrong answer, and a typed answer accepts every force the unit sits under. */
import { describe, expect, it } from "vitest";
import { namesOf } from "../context";
import { questions, forceById, ancestorsOf, related, choiceParts } from "./test-support";

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

  it("accepts every force a unit sits under when a typed stem asks for 'the larger force'", () => {
    const typed = questions.filter((q) => q.template === "force-parent-typed");
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
    }
  });

  it("asks each unit once: typed when one answer set fits, a rebel unit's larger force as a choice", () => {
    const typed = questions.filter((q) => q.template === "force-parent-typed");
    const choice = questions.filter((q) => q.template === "force-parent-choice");
    expect(typed.length).toBeGreaterThan(0);
    expect(choice.length).toBeGreaterThan(0);
    const typedUnits = new Set(typed.map((q) => q.refs.forces[0]));
    for (const q of choice) expect(typedUnits.has(q.refs.forces[0]), q.id).toBe(false);
    for (const q of typed) {
      const kind = /^Name the (division|brigade|regiment|larger force) /.exec(q.prompt)?.[1];
      expect(kind, q.id).toBeDefined();
      // Typed, a rebel unit's "larger force" would nearly always be "the Free Syrian Army".
      if (kind === "larger force") expect(forceById.get(q.refs.forces[0]!)!.side, q.id).toBe("government");
    }
  });
});
