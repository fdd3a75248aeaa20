/** event-place-matching and the other gap templates: no premise fits a second option, and no article gives the gap away. */
import { describe, expect, it } from "vitest";
import { startMonth } from "../../../content/dates";
import { normalizeName } from "../../../content/normalize-name";
import type { LoadedPlace } from "../../../content/load";
import { namesOf, optionId } from "../context";
import { kb, questions, placeById, wrongOptions, placesNamed, withoutDate } from "./test-support";

describe("event-place-matching", () => {
  it("never lets a second option fit a matching premise, nor two premises share a gapped title", () => {
    const eventsWithPlace = (placeId: string) => kb.events.filter((e) => e.places.includes(placeId));
    const retaking = /\b(recaptur|retak|retook|regain)/i;
    for (const q of questions.filter((x) => x.type === "matching")) {
      if (q.type !== "matching") continue;
      const gapped = q.premises.map((p) => normalizeName(withoutDate(p.text).replace(/___/g, " gapmark ")));
      expect(new Set(gapped).size, q.id).toBe(gapped.length);
      for (const premise of q.premises) {
        const key = q.answer.pairs[premise.id];
        const shown = withoutDate(premise.text);
        // Premise ids are option ids of the event ids.
        const event = kb.events.find((e) => q.refs.events.includes(e.id) && optionId(q.id, e.id) === premise.id)!;
        expect(event, `${q.id}: ${premise.text}`).toBeDefined();
        for (const option of q.options.filter((o) => o.id !== key)) {
          for (const place of placesNamed(option.text)) {
            // Same title with the other place in the gap ("Rebels take control of ___": Manbij and Tell Rifaat).
            for (const other of eventsWithPlace(place.id))
              for (const name of namesOf(place))
                expect(normalizeName(shown.replace("___", name)) === normalizeName(other.title), `${q.id}: ${premise.text} / ${option.text}`).toBe(false);
            // Two retakings dated within the same month ("Army recaptures ___ (August 2012)": Ariha and Maarat al-Numan).
            if (retaking.test(shown))
              for (const other of eventsWithPlace(place.id).filter((e) => retaking.test(e.title))) {
                const bothDays = other.date.precision === "day" && event.date.precision === "day";
                expect(!bothDays && startMonth(other.date) === startMonth(event.date), `${q.id}: ${premise.text} / ${option.text}`).toBe(false);
              }
          }
        }
      }
    }
  });

  it("leaves no article or descriptor in front of a gap ('FSA attacks the ___' would rule out every town)", () => {
    // "the ___", "a ___", "the besieged ___" (up to two words between the article and the gap, none of them a preposition).
    const articleBeforeGap =
      /\b(the|an?)\s+(?:(?!(?:of|in|at|on|to|from|near|by|for|with|and|or|around|over|into)\b)[\p{L}\p{N}][\p{L}\p{N}'’-]*\s+){0,2}___/iu;
    const shown = questions.flatMap((q) => [
      { id: q.id, text: q.prompt },
      ...(q.type === "matching" ? q.premises.map((p) => ({ id: q.id, text: p.text })) : []),
    ]);
    const gapped = shown.filter((s) => s.text.includes("___"));
    expect(gapped.length).toBeGreaterThan(10);
    for (const s of gapped) expect(articleBeforeGap.test(s.text), `${s.id}: ${s.text}`).toBe(false);
  });

  it("offers options of one kind class: all towns or all facilities in a matching question, the key's class in a choice", () => {
    const coarse = (p: LoadedPlace) =>
      ["city", "town", "village"].includes(p.kind) ? "settlement" : ["airbase", "military-base", "border-crossing"].includes(p.kind) ? "facility" : p.kind;
    const fine = (p: LoadedPlace) => (["airbase", "military-base"].includes(p.kind) ? "base" : coarse(p) === "settlement" ? "settlement" : p.kind);
    const matching = questions.filter((q) => q.type === "matching");
    expect(matching.length).toBeGreaterThan(0);
    for (const q of matching) {
      if (q.type !== "matching") continue;
      // Option ids are built from place ids.
      const optionPlaces = q.options.map((o) => kb.places.find((p) => optionId(q.id, p.id) === o.id));
      for (const [i, p] of optionPlaces.entries()) expect(p, `${q.id}: ${q.options[i]!.text}`).toBeDefined();
      const classes = new Set(optionPlaces.map((p) => coarse(p!)));
      expect([...classes], `${q.id}: ${q.options.map((o) => o.text).join(", ")}`).toHaveLength(1);
    }
    for (const q of questions.filter((x) => x.template === "event-place-choice")) {
      const key = placeById.get(q.refs.places[0]!)!;
      for (const o of wrongOptions(q)) {
        const p = kb.places.find((x) => optionId(q.id, x.id) === o.id);
        expect(p && fine(p), `${q.id}: ${o.text}`).toBe(fine(key));
      }
    }
  });
});
