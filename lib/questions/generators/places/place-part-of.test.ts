/** place-part-of-choice: the key is the town the documents say the district or building belongs to. */
import { describe, expect, it } from "vitest";
import { correctOptions, kb, placeById, questions, wrongOptions } from "./test-support";

describe("place-part-of", () => {
  const asked = questions.filter((q) => q.template === "place-part-of-choice");

  it("keys the town of a part-of relation, and never names that town in the prompt", () => {
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) {
      const [subjectId, parentId] = q.refs.places;
      const subject = placeById.get(subjectId!)!;
      expect(subject.relations.some((r) => r.kind === "part-of" && r.place === parentId), q.id).toBe(true);
      const parent = placeById.get(parentId!)!;
      expect(correctOptions(q).map((o) => o.text)).toEqual([parent.name]);
      expect(q.prompt).not.toContain(parent.name);
    }
  });

  it("offers only other towns and cities as wrong answers", () => {
    for (const q of asked)
      for (const option of wrongOptions(q)) {
        const place = kb.places.find((p) => p.name === option.text)!;
        expect(["town", "city"], `${q.id}: ${option.text}`).toContain(place.kind);
      }
  });

  it("never says a town or village is part of another town (the documents mean its district)", () => {
    for (const q of asked) expect(["town", "village", "city"], q.id).not.toContain(placeById.get(q.refs.places[0]!)!.kind);
  });
});
