/** border-crossing-*: prompts name no governorate (one document misplaces the crossings). */
import { describe, expect, it } from "vitest";
import { questions } from "./test-support";

describe("border-crossing", () => {
  it("names no governorate in border-crossing prompts (source 002 misplaces the crossings)", () => {
    const typed = questions.filter((x) => x.template === "border-crossing-typed");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(q.prompt, q.id).not.toMatch(/governorate/i);
      expect(q.prompt, q.id).toMatch(/Turkish border/);
    }
  });
});
