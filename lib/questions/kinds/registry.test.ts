import { describe, expect, it } from "vitest";
import { QUESTION_KINDS } from "./registry";
import { run } from "./test-support";

describe("question kinds registry", () => {
  it("gives every kind its own template name", () => {
    const templates = QUESTION_KINDS.map((k) => k.template);
    expect(new Set(templates).size).toBe(templates.length);
  });

  it("stamps every question with its kind's template and a skill", () => {
    for (const kind of QUESTION_KINDS)
      for (const q of run(kind)) {
        expect(q.template).toBe(kind.template);
        expect(q.skill, q.id).toBeDefined();
      }
  });
});
