/** place-near-choice: “near” is within 15 km, and far distractors are 35 km away or more. */
import { describe, expect, it } from "vitest";
import { questions, placeById, wrongOptions, placesNamed, km } from "./test-support";

describe("place-near", () => {
  it("keeps 'near' answers within 15 km and 'far' distractors at least 35 km away", () => {
    for (const q of questions.filter((x) => x.template === "place-near-choice")) {
      const [subject, reference] = q.refs.places.map((id) => placeById.get(id)!);
      if (subject!.coordinates && reference!.coordinates) expect(km(subject!, reference!), q.id).toBeLessThanOrEqual(15);
      for (const o of wrongOptions(q)) expect(km(placesNamed(o.text)[0]!, reference!), `${q.id}: ${o.text}`).toBeGreaterThanOrEqual(35);
    }
  });
});
