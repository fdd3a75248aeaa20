/** force-side-*: side questions only about civil-war sides, never about Kurdish forces in three-way form or about forces the sources call militants. */
import { describe, expect, it } from "vitest";
import { questions, forceById } from "./test-support";

describe("force-side", () => {
  it("asks side questions only about civil-war sides", () => {
    for (const q of questions.filter((q) => q.template.startsWith("force-side"))) {
      for (const id of q.refs.forces) expect(["rebels", "government", "kurdish"]).toContain(forceById.get(id)!.side);
    }
    for (const q of questions.filter((q) => q.template === "force-side-matching")) {
      const sides = new Set(q.refs.forces.map((id) => forceById.get(id)!.side));
      expect(sides.size, q.id).toBeGreaterThanOrEqual(2);
    }
  });

  it("asks the three-way side questions about no Kurdish force, and states a Kurdish force only on the government side", () => {
    for (const q of questions.filter((x) => x.template === "force-side-choice" || x.template === "force-side-matching")) {
      for (const id of q.refs.forces) expect(forceById.get(id)!.side, `${q.id}: ${id}`).not.toBe("kurdish");
    }
    const kurdish = questions.filter(
      (q) => q.template === "force-side-true-false" && forceById.get(q.refs.forces[0]!)!.side === "kurdish",
    );
    expect(kurdish.length).toBeGreaterThan(0);
    for (const q of kurdish) {
      if (q.type !== "true-false") throw new Error("true/false expected");
      expect(q.answer.value, q.id).toBe(false);
      expect(q.prompt, q.id).toMatch(/side of the government\.$/);
    }
  });

  it("asks no bare side question about a commander: his side comes with the campaign he led", () => {
    const sideQuestions = questions.filter((q) => q.template.startsWith("force-side"));
    expect(sideQuestions.length).toBeGreaterThan(0);
    for (const q of sideQuestions) {
      for (const id of q.refs.forces) expect(["commander", "official"], `${q.id}: ${id}`).not.toContain(forceById.get(id)!.kind);
    }
  });

  it("asks no side question about a force the sources call militants (HTS), as they keep it apart from the rebels", () => {
    for (const q of questions.filter((x) => x.template.startsWith("force-side"))) {
      for (const id of q.refs.forces) expect(forceById.get(id)!.description, `${q.id}: ${id}`).not.toMatch(/\bmilitants?\b/i);
    }
    expect(questions.some((q) => q.template.startsWith("force-side") && q.refs.forces.includes("hayat-tahrir-al-sham"))).toBe(false);
  });
});
