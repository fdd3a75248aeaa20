/** on-highway-choice: distractors lie well away from the whole road. */
import { describe, expect, it } from "vitest";
import { kb, questions, wrongOptions, placeById, placesNamed, km } from "./test-support";

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

  it("does not let knowledge of another road answer the question: a junction town comes with a distractor on its other road", () => {
    const onRoad = (placeId: string, code: string) =>
      placeById.get(placeId)!.relations.some((r) => r.kind === "on-highway" && placeById.get(r.place)?.aliases.includes(code));
    for (const q of questions.filter((x) => x.template === "on-highway-choice")) {
      const code = q.prompt.match(/\b(M\d)\b/)![1]!;
      const key = q.refs.places[0]!;
      for (const other of ["M4", "M5"].filter((c) => c !== code && onRoad(key, c)))
        expect(wrongOptions(q).some((o) => onRoad(placesNamed(o.text)[0]!.id, other)), `${q.id}: ${other}`).toBe(true);
    }
  });
});
