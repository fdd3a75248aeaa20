import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../../../content/load-knowledge-base";
import { inSentence } from "./shared";

const forces = loadKnowledgeBase().forces;
const named = (name: string) => {
  const force = forces.find((f) => f.name === name);
  if (!force) throw new Error(`no force named ${name}`);
  return inSentence(force);
};

describe("a force's name inside a sentence", () => {
  it("takes an article where English gives it one, but not after a person's possessive", () => {
    expect(named("Free Syrian Army")).toBe("the Free Syrian Army");
    expect(named("People's Protection Units")).toBe("the People's Protection Units");
    expect(named("Jamal Marouf's rebels")).toBe("Jamal Marouf's rebels");
    expect(named("Ahrar ash-Sham")).toBe("Ahrar ash-Sham");
    // Plural nouns in English: "Which side did the Shabiha fight for?", not "did Shabiha".
    expect(named("Damascus Falcons")).toBe("the Damascus Falcons");
    expect(named("Shabiha")).toBe("the Shabiha");
    expect(named("Suqour al-Sham")).toBe("Suqour al-Sham");
    expect(named("Council of clerics (Maarat al-Numan)")).toBe("the council of clerics in Maarat al-Numan");
  });
});
