/** place-governorate-*: asked for places worth asking, with the tempting mistake offered and explained. */
import { describe, expect, it } from "vitest";
import { kb, km, questions, placeById } from "./test-support";

describe("place-governorate", () => {
  it("never names the project's gazetteer or datasets to students", () => {
    const located = questions.filter((x) => x.template.startsWith("place-governorate") || x.type === "map-pin");
    expect(located.length).toBeGreaterThan(30);
    for (const q of located) expect(q.explanation, q.id).not.toMatch(/gazetteer|GeoNames|OurAirports|\bHIU\b|encyclopedia coordinates/);
  });

  const asked = questions.filter((x) => x.template.startsWith("place-governorate-"));
  const events = (placeId: string) => kb.events.filter((e) => e.places.includes(placeId)).length;

  it("does not ask the governorate of a satellite: a place within 10 km of a bigger place asked about in the same governorate", () => {
    // The bases and villages on the edge of Maarat al-Numan share its governorate: one question is enough.
    expect(asked.length).toBeGreaterThan(5);
    for (const a of asked)
      for (const b of asked) {
        const [pa, pb] = [placeById.get(a.refs.places[0]!)!, placeById.get(b.refs.places[0]!)!];
        if (pa === pb || pa.governorate !== pb.governorate || !pa.coordinates || !pb.coordinates) continue;
        if (a.template === "place-governorate-true-false") continue;
        if (km(pa, pb) < 10) expect(events(pa.id), `${pa.name} is a satellite of ${pb.name}`).toBeGreaterThan(events(pb.id));
      }
  });

  it("proposes, in a false statement, the governorate a student would confuse: that of the documents telling the place's story", () => {
    const governorateOfTitle = (file: string) => kb.sources.find((s) => s.file === file)?.title.match(/(\w+) Governorate/i)?.[1];
    for (const q of asked) {
      if (q.type !== "true-false" || q.answer.value) continue;
      const place = placeById.get(q.refs.places[0]!)!;
      const told = [...new Set(q.sources.map((c) => governorateOfTitle(c.doc)).filter((g) => g !== undefined && g !== place.governorate))];
      if (told.length === 1) expect(q.prompt, q.id).toContain(`${told[0]} governorate`);
    }
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
