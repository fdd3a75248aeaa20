import { describe, expect, it } from "vitest";
import { listInSentence } from "./list-in-sentence";

describe("listInSentence", () => {
  it("joins names the way a sentence lists them", () => {
    expect(listInSentence([])).toBe("");
    expect(listInSentence(["Azaz"])).toBe("Azaz");
    expect(listInSentence(["Azaz", "al-Bab"])).toBe("Azaz and al-Bab");
    expect(listInSentence(["Sarmada", "Armanaz", "Taftanaz"])).toBe("Sarmada, Armanaz and Taftanaz");
  });
});
