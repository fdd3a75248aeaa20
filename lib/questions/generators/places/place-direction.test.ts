/** place-direction-*: directions only where the coordinates agree, and “not north” distractors clearly elsewhere. */
import { describe, expect, it } from "vitest";
import { kb, questions, placeById, correctOptions, wrongOptions, placesNamed, offDirection } from "./test-support";

describe("place-direction", () => {
  it("only offers direction distractors that the map clearly puts elsewhere", () => {
    for (const q of questions.filter((x) => x.template === "place-direction-choice")) {
      const reference = placeById.get(q.refs.places[0]!)!;
      const direction = q.prompt.match(/lies? (north|south|east|west) of/)![1]!;
      for (const wrong of wrongOptions(q)) {
        const place = placesNamed(wrong.text)[0]!;
        const dLat = place.coordinates!.lat - reference.coordinates!.lat;
        const dLon = place.coordinates!.lon - reference.coordinates!.lon;
        const clearly = { north: dLat <= -0.05, south: dLat >= 0.05, east: dLon <= -0.05, west: dLon >= 0.05 }[direction];
        expect(clearly, `${q.id}: ${wrong.text}`).toBe(true);
      }
    }
  });

  it("asks directions only when the coordinates agree (within 45 degrees)", () => {
    const opposite: Record<string, string> = { north: "south", south: "north", east: "west", west: "east" };
    for (const q of questions.filter((x) => x.template === "place-direction-true-false" && x.type === "true-false")) {
      if (q.type !== "true-false") continue;
      const [subject, reference] = q.refs.places.map((id) => placeById.get(id)!);
      const stated = q.prompt.match(/ lies (north|south|east|west) of /)![1]!;
      const fact = q.answer.value ? stated : opposite[stated]!;
      expect(offDirection(reference!, subject!, fact), q.id).toBeLessThanOrEqual(45);
    }
    for (const q of questions.filter((x) => x.template === "place-direction-choice")) {
      const reference = placeById.get(q.refs.places[0]!)!;
      const direction = q.prompt.match(/lies? (north|south|east|west) of/)![1]!;
      for (const o of correctOptions(q)) expect(offDirection(reference, placesNamed(o.text)[0]!, direction), `${q.id}: ${o.text}`).toBeLessThanOrEqual(45);
      for (const o of wrongOptions(q)) expect(offDirection(reference, placesNamed(o.text)[0]!, direction), `${q.id}: ${o.text}`).toBeGreaterThan(90);
    }
    // al-Bab (59 degrees) and Manbij (63 degrees) are not asked as "north of Aleppo".
    const northOfAleppo = questions.filter((q) => /(al-Bab|Manbij) lies north of Aleppo/.test(q.prompt));
    expect(northOfAleppo).toEqual([]);
  });

  it("never offers as a 'not X of' distractor a place the documents put, or group with places, X of the reference", () => {
    for (const q of questions.filter((x) => x.template === "place-direction-choice")) {
      const reference = placeById.get(q.refs.places[0]!)!;
      const direction = q.prompt.match(/lies? (north|south|east|west) of/)![1]!;
      const relationKind = `${direction}-of`;
      const sections = new Set<string>();
      const grouped = new Set<string>();
      for (const p of kb.places)
        for (const r of p.relations)
          if (r.kind === relationKind && r.place === reference.id) {
            grouped.add(p.id);
            for (const c of r.citations) sections.add(`${c.doc}#${c.section}`);
          }
      for (const e of kb.events) if (e.citations.some((c) => sections.has(`${c.doc}#${c.section}`))) for (const id of e.places) grouped.add(id);
      for (const o of wrongOptions(q)) for (const p of placesNamed(o.text)) expect(grouped.has(p.id), `${q.id}: ${o.text}`).toBe(false);
    }
    // The 004 infobox lists Atarib among the "towns north of Aleppo city".
    const aleppoNorth = questions.filter((q) => q.template === "place-direction-choice" && /north of Aleppo/.test(q.prompt));
    for (const q of aleppoNorth) expect(wrongOptions(q).map((o) => o.text), q.id).not.toContain("Atarib");
  });

  it("asks each direction once: a fact a choice asks is not asked again as true or false", () => {
    const axis = (d: string) => (d === "north" || d === "south" ? "ns" : "ew");
    const askedAsChoice = new Set<string>();
    for (const q of questions.filter((x) => x.template === "place-direction-choice")) {
      const [reference, ...correct] = q.refs.places;
      const direction = q.prompt.match(/lies? (north|south|east|west) of/)![1]!;
      for (const id of correct) askedAsChoice.add(`${[id, reference].sort().join("|")}|${axis(direction)}`);
    }
    for (const q of questions.filter((x) => x.template === "place-direction-true-false")) {
      const direction = q.prompt.match(/ lies (north|south|east|west) of /)![1]!;
      expect(askedAsChoice.has(`${[...q.refs.places].sort().join("|")}|${axis(direction)}`), q.id).toBe(false);
    }
  });
});

describe("place-direction feedback", () => {
  it("gives each wrong option's direction as the map shows it: Kafr Nabl, 35 km south and 6 km west of Idlib city, lies to the south", () => {
    const choices = questions.filter((x) => x.template === "place-direction-choice");
    expect(choices.length).toBeGreaterThan(0);
    for (const q of choices) {
      const reference = placeById.get(q.refs.places[0]!)!;
      for (const wrong of wrongOptions(q)) {
        const place = placesNamed(wrong.text)[0]!;
        const stated = new RegExp(`${wrong.text}(?: lies)? to the ((?:north|south)?-?(?:east|west)?)`, "i").exec(q.explanation)?.[1];
        expect(stated, `${q.id}: ${wrong.text}`).toBeTruthy();
        // Each compass word in the point ("south", "west" of "south-west") lies within 67.5 degrees of the bearing,
        // and a single word within 22.5: the nearest of eight points.
        const words = stated!.split("-").filter(Boolean);
        for (const word of words) expect(offDirection(reference, place, word), `${q.id}: ${wrong.text} ${stated}`).toBeLessThanOrEqual(words.length === 1 ? 22.5 : 67.5);
      }
    }
  });
});
