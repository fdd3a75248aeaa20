/** on-highway-choice: distractors lie well away from the whole road. */
import { describe, expect, it } from "vitest";
import { kb, questions, wrongOptions, placesNamed, km } from "./test-support";

describe("on-highway", () => {
  it("only offers highway distractors more than 12 km from every waypoint of that road", () => {
    for (const q of questions.filter((x) => x.template === "on-highway-choice")) {
      const code = q.prompt.match(/\b(M\d)\b/)![1]!;
      const waypoints = kb.places.filter((p) => p.kind === "highway-point" && p.coordinates && p.aliases.includes(code));
      expect(waypoints.length, q.id).toBeGreaterThan(0);
      for (const wrong of wrongOptions(q)) {
        const place = placesNamed(wrong.text)[0]!;
        for (const w of waypoints) expect(km(place, w), `${q.id}: ${wrong.text}`).toBeGreaterThan(12);
      }
    }
  });
});
