/** force-side-*: each force's side asked once, never for a name or parent that tells it, with only sides that fought there as options. */
import { describe, expect, it } from "vitest";
import { SIDE_LABELS } from "../context";
import { questions, forceById, kb } from "./test-support";

const sideQuestions = questions.filter((q) => q.template.startsWith("force-side"));

/** Words a teacher would call a give-away of the side, written independently of the generator. */
const TELLING_WORDS = /\b(free|revolutionary|martyrs?|liberation|army|regiment|division|border guard|armou?red|mechani[sz]ed|rebels?|government)\b|^\d+(st|nd|rd|th)\b/i;

describe("force-side", () => {
  it("asks side questions only about civil-war sides", () => {
    expect(sideQuestions.length).toBeGreaterThan(0);
    for (const q of sideQuestions) {
      for (const id of q.refs.forces) expect(["rebels", "government", "kurdish"]).toContain(forceById.get(id)!.side);
    }
  });

  it("asks each force's side at most once, in one template (review 4, item 1)", () => {
    const asked = sideQuestions.flatMap((q) => q.refs.forces);
    expect(new Set(asked).size).toBe(asked.length);
    expect(sideQuestions.filter((q) => q.template === "force-side-matching")).toEqual([]);
  });

  it("never asks the side of a force whose name tells it, or of a unit filed under the FSA, the armed forces or al-Nusra", () => {
    for (const q of sideQuestions) {
      const force = forceById.get(q.refs.forces[0]!)!;
      expect(force.name, q.id).not.toMatch(TELLING_WORDS);
      const parent = force.parent ? forceById.get(force.parent) : undefined;
      // The Aleppo Military Council stays: "military council" could as well be a state body.
      if (force.kind !== "military-council") {
        expect(["free-syrian-army", "syrian-army", "syrian-armed-forces", "syrian-air-force", "al-nusra-front"], q.id).not.toContain(parent?.id);
      }
    }
    // The ones the review judged good are still asked.
    for (const id of ["shabiha", "berri-clan-militias", "aleppo-military-council", "harati-brigade"]) {
      expect(sideQuestions.some((q) => q.refs.forces.includes(id)), id).toBe(true);
    }
  });

  it("offers 'Kurdish forces' only for a force that fought in an event beside a Kurdish force, and a third side in every choice", () => {
    const choices = sideQuestions.filter((q) => q.template === "force-side-choice");
    expect(choices.length).toBeGreaterThan(0);
    for (const q of choices) {
      if (q.type !== "multiple-choice") throw new Error("multiple choice expected");
      const force = forceById.get(q.refs.forces[0]!)!;
      const offersKurdish = q.options.some((o) => o.text === SIDE_LABELS.kurdish);
      const besideKurds = kb.events.some(
        (e) => e.forces.some((f) => f.force === force.id) && e.forces.some((f) => forceById.get(f.force)?.side === "kurdish"),
      );
      expect(offersKurdish, `${q.id}: ${force.id}`).toBe(besideKurds);
      expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
    }
  });

  it("asks no choice about a Kurdish force, and states a Kurdish force only on the government side", () => {
    for (const q of sideQuestions.filter((x) => x.template === "force-side-choice")) {
      for (const id of q.refs.forces) expect(forceById.get(id)!.side, `${q.id}: ${id}`).not.toBe("kurdish");
    }
    const kurdish = sideQuestions.filter((q) => q.template === "force-side-true-false" && forceById.get(q.refs.forces[0]!)!.side === "kurdish");
    expect(kurdish.length).toBeGreaterThan(0);
    for (const q of kurdish) {
      if (q.type !== "true-false") throw new Error("true/false expected");
      expect(q.answer.value, q.id).toBe(false);
      expect(q.prompt, q.id).toMatch(/side of the government\.$/);
    }
  });

  it("asks no bare side question about a commander: his side comes with the campaign he led", () => {
    for (const q of sideQuestions) {
      for (const id of q.refs.forces) expect(["commander", "official"], `${q.id}: ${id}`).not.toContain(forceById.get(id)!.kind);
    }
  });

  it("asks no side question about a force the sources call militants (HTS), as they keep it apart from the rebels", () => {
    for (const q of sideQuestions) {
      for (const id of q.refs.forces) expect(forceById.get(id)!.description, `${q.id}: ${id}`).not.toMatch(/\bmilitants?\b/i);
    }
    expect(sideQuestions.some((q) => q.refs.forces.includes("hayat-tahrir-al-sham"))).toBe(false);
  });
});
