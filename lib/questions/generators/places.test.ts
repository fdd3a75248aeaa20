/**
 * The places generator on the real knowledge base: every question is well
 * formed, keeps its answer out of the stem, cites real sections, offers
 * distractors that are places but never the answer, and comes out the same
 * every time.
 */
import { geoDistance } from "d3-geo";
import { beforeAll, describe, expect, it } from "vitest";
import { checkKnowledgeBase, loadKnowledgeBase } from "../../../content";
import type { KnowledgeBase, LoadedPlace } from "../../content/load";
import { normalizeName } from "../../content/normalize-name";
import type { Option } from "../types";
import { createContext, mentionsAny, namesOf, type QuestionDraft } from "./context";
import { generatePlaceQuestions } from "./places";

let kb: KnowledgeBase;
let questions: QuestionDraft[];
let placeById: Map<string, LoadedPlace>;

beforeAll(() => {
  kb = loadKnowledgeBase();
  questions = generatePlaceQuestions(createContext(kb, "bank-v1"));
  placeById = new Map(kb.places.map((p) => [p.id, p]));
});

const TEMPLATES = [
  "event-place-choice",
  "event-place-typed",
  "place-map-pin",
  "event-map-pin",
  "place-governorate-choice",
  "place-governorate-true-false",
  "place-direction-true-false",
  "place-direction-choice",
  "on-highway-choice",
  "border-crossing-choice",
  "border-crossing-typed",
  "event-place-matching",
  "place-near-choice",
  "place-part-of-choice",
];

function correctOptions(q: QuestionDraft): Option[] {
  return q.type === "multiple-choice" ? q.options.filter((o) => q.answer.correct.includes(o.id)) : [];
}

function wrongOptions(q: QuestionDraft): Option[] {
  return q.type === "multiple-choice" ? q.options.filter((o) => !q.answer.correct.includes(o.id)) : [];
}

/** The places an option text names (by name or alias, after normalising). */
function placesNamed(text: string): LoadedPlace[] {
  const key = normalizeName(text);
  return kb.places.filter((p) => [p.name, ...p.aliases].some((n) => normalizeName(n) === key));
}

function km(a: LoadedPlace, b: LoadedPlace): number {
  return geoDistance([a.coordinates!.lon, a.coordinates!.lat], [b.coordinates!.lon, b.coordinates!.lat]) * 6371;
}

describe("places generator", () => {
  it("produces 250+ questions, from every template", () => {
    expect(questions.length).toBeGreaterThanOrEqual(250);
    for (const template of TEMPLATES) {
      expect(questions.filter((q) => q.template === template).length, template).toBeGreaterThan(0);
    }
    for (const q of questions) expect(q.category).toBe("places");
  });

  it("is deterministic, and only the seed (not the ids) changes with the seed", { timeout: 30_000 }, () => {
    const again = generatePlaceQuestions(createContext(checkKnowledgeBase().kb, "bank-v1"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
    const reseeded = generatePlaceQuestions(createContext(kb, "another-seed"));
    expect(reseeded.map((q) => q.id)).toEqual(questions.map((q) => q.id));
  });

  it("keeps ids when event wording changes", { timeout: 30_000 }, () => {
    const edited = checkKnowledgeBase().kb;
    for (const e of edited.events) e.summary = `${e.summary} (Reworded.)`;
    const regenerated = generatePlaceQuestions(createContext(edited, "bank-v1"));
    expect(regenerated.map((q) => q.id).sort()).toEqual(questions.map((q) => q.id).sort());
  });

  it("gives unique, url-safe ids", () => {
    const ids = questions.map((q) => q.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it("has well-formed keys and unique options", () => {
    for (const q of questions) {
      if (q.type === "multiple-choice") {
        const ids = new Set(q.options.map((o) => o.id));
        expect(q.options.length, q.id).toBeGreaterThanOrEqual(3);
        for (const id of q.answer.correct) expect(ids.has(id), q.id).toBe(true);
        if (q.selectMany) expect(q.prompt, q.id).toMatch(/select all/i);
        else expect(q.answer.correct, q.id).toHaveLength(1);
      }
      if (q.type === "matching") {
        const optionIds = new Set(q.options.map((o) => o.id));
        expect(Object.keys(q.answer.pairs).sort(), q.id).toEqual(q.premises.map((p) => p.id).sort());
        for (const id of Object.values(q.answer.pairs)) expect(optionIds.has(id), q.id).toBe(true);
        expect(new Set(Object.values(q.answer.pairs)).size, q.id).toBe(q.premises.length);
      }
      if (q.type === "typed") {
        expect(q.accept, q.id).toContain(q.answer.text);
        // Arabic script is accepted whenever the content has it.
        const place = placeById.get(q.refs.places[0]!)!;
        if (place.arabic) expect(q.accept, q.id).toContain(place.arabic);
      }
      if (q.type === "map-pin") {
        expect(q.answer.fullCreditKm, q.id).toBeLessThan(q.answer.partialCreditKm);
        expect(q.answer.lat > 32 && q.answer.lat < 38 && q.answer.lon > 35 && q.answer.lon < 43, q.id).toBe(true);
      }
      const lists: Option[][] = [];
      if ("options" in q) lists.push(q.options);
      if (q.type === "matching") lists.push(q.premises);
      for (const list of lists) {
        expect(new Set(list.map((o) => o.id)).size, q.id).toBe(list.length);
        expect(new Set(list.map((o) => normalizeName(o.text))).size, q.id).toBe(list.length);
      }
    }
  });

  it("never puts the answer in the stem", () => {
    for (const q of questions) {
      if (q.type === "multiple-choice" && !q.selectMany)
        for (const o of correctOptions(q)) expect(mentionsAny(q.prompt, [o.text]), `${q.id}: ${q.prompt}`).toBe(false);
      if (q.type === "typed") expect(mentionsAny(q.prompt, q.accept), `${q.id}: ${q.prompt}`).toBe(false);
      if (q.type === "map-pin" && q.template.startsWith("event")) {
        const place = placeById.get(q.refs.places[0]!)!;
        expect(mentionsAny(q.prompt, namesOf(place)), `${q.id}: ${q.prompt}`).toBe(false);
      }
      if (q.type === "matching")
        for (const premise of q.premises) {
          const option = q.options.find((o) => o.id === q.answer.pairs[premise.id])!;
          expect(mentionsAny(premise.text, [option.text]), `${q.id}: ${premise.text}`).toBe(false);
        }
    }
  });

  it("offers distractors that are places, never the answer or another name for it", () => {
    for (const q of questions) {
      const correct = correctOptions(q);
      const correctIds = new Set(correct.flatMap((o) => placesNamed(o.text).map((p) => p.id)));
      for (const wrong of wrongOptions(q)) {
        expect(correct.map((o) => normalizeName(o.text)), q.id).not.toContain(normalizeName(wrong.text));
        if (q.template === "place-governorate-choice") continue;
        const named = placesNamed(wrong.text);
        expect(named.length, `${q.id}: ${wrong.text}`).toBeGreaterThan(0);
        for (const p of named) expect(correctIds.has(p.id), `${q.id}: ${wrong.text}`).toBe(false);
      }
    }
  });

  it("keeps event-place distractors out of the event and away from the answer", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    for (const q of questions.filter((x) => x.template === "event-place-choice")) {
      const event = eventById.get(q.refs.events[0]!)!;
      const answer = placeById.get(q.refs.places[0]!)!;
      for (const wrong of wrongOptions(q)) {
        const place = placesNamed(wrong.text)[0]!;
        expect(event.places, q.id).not.toContain(place.id);
        if (place.coordinates && answer.coordinates) expect(km(place, answer), q.id).toBeGreaterThanOrEqual(10);
      }
    }
  });

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

  it("lists the places asked about and cites real document sections", () => {
    const sections = new Map(kb.sources.map((s) => [s.file, new Set(s.sections)]));
    for (const q of questions) {
      expect(q.refs.places.length, q.id).toBeGreaterThan(0);
      for (const id of q.refs.places) expect(placeById.has(id), q.id).toBe(true);
      expect(q.explanation.length, q.id).toBeGreaterThanOrEqual(20);
      expect(q.sources.length, q.id).toBeGreaterThan(0);
      for (const c of q.sources) expect(sections.get(c.doc)?.has(c.section), `${q.id} ${c.doc}#${c.section}`).toBe(true);
      expect([1, 2, 3]).toContain(q.difficulty);
    }
  });

  it("asks nothing twice", () => {
    const keys = new Set<string>();
    for (const q of questions) {
      const parts = [q.type, normalizeName(q.prompt)];
      if ("options" in q) parts.push(q.options.map((o) => normalizeName(o.text)).sort().join("|"));
      if (q.type === "matching") parts.push(q.premises.map((o) => normalizeName(o.text)).sort().join("|"));
      const key = parts.join("#");
      expect(keys.has(key), q.id).toBe(false);
      keys.add(key);
    }
  });

  it("never pins a highway, and scales map radii by kind", () => {
    for (const q of questions) {
      if (q.type !== "map-pin") continue;
      const place = placeById.get(q.refs.places[0]!)!;
      expect(place.kind).not.toBe("highway");
      if (place.kind === "city") expect([q.answer.fullCreditKm, q.answer.partialCreditKm]).toEqual([12, 40]);
      if (place.kind === "region") expect([q.answer.fullCreditKm, q.answer.partialCreditKm]).toEqual([25, 60]);
    }
  });
});
