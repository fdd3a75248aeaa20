/** place-governorate-*: governorates come from the gazetteer, and a tempting mistake is explained. */
import { describe, expect, it } from "vitest";
import { kb, questions, placeById } from "./test-support";

describe("place-governorate", () => {
  it("says that governorates and map positions come from the project gazetteer", () => {
    const located = questions.filter((x) => x.template.startsWith("place-governorate") || x.type === "map-pin");
    expect(located.length).toBeGreaterThan(50);
    for (const q of located) expect(q.explanation, q.id).toMatch(/project gazetteer/);
  });

  it("mentions when a place is known only from a document about another governorate", () => {
    const governorateOfTitle = (file: string) => kb.sources.find((s) => s.file === file)?.title.match(/(\w+) Governorate/i)?.[1];
    let checked = 0;
    for (const q of questions.filter((x) => x.template.startsWith("place-governorate-"))) {
      const place = placeById.get(q.refs.places[0]!)!;
      const others = q.sources.map((c) => governorateOfTitle(c.doc));
      if (others.some((g) => g === undefined || g === place.governorate)) continue;
      checked++;
      expect(q.explanation, q.id).toContain(`which is about ${others[0]} governorate`);
    }
    // Qalaat al-Madiq (Hama) is known only from the Idlib article.
    expect(checked).toBeGreaterThan(0);
  });
});
