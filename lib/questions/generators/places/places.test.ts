/**
 * The places generator on the real knowledge base: every question is well
 * formed, keeps its answer out of the stem, cites real sections, offers
 * distractors that are places but never the answer, and comes out the same
 * every time.
 */
import { geoDistance } from "d3-geo";
import { beforeAll, describe, expect, it } from "vitest";
import { checkKnowledgeBase, loadKnowledgeBase } from "../../../../content";
import { startMonth } from "../../../content/dates";
import type { KnowledgeBase, LoadedPlace } from "../../../content/load";
import { normalizeName } from "../../../content/normalize-name";
import type { Option } from "../../types";
import { createContext, mentionsAny, namesOf, optionId, type QuestionDraft } from "../context";
import { generateGapQuestions, generatePlaceQuestions } from "./index";

let kb: KnowledgeBase;
let questions: QuestionDraft[];
let placeById: Map<string, LoadedPlace>;

beforeAll(() => {
  kb = loadKnowledgeBase();
  // The gap templates are out of the bank but still generated and held to the same rules.
  questions = [...generatePlaceQuestions(createContext(kb, "bank-v1")), ...generateGapQuestions(createContext(kb, "bank-v1"))];
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

const DIRECTION_BEARING: Record<string, number> = { north: 0, east: 90, south: 180, west: 270 };

/** Degrees (0–180) between the bearing from `from` to `to` and the direction. */
function offDirection(from: LoadedPlace, to: LoadedPlace, direction: string): number {
  const rad = Math.PI / 180;
  const [lat1, lat2] = [from.coordinates!.lat * rad, to.coordinates!.lat * rad];
  const dLon = (to.coordinates!.lon - from.coordinates!.lon) * rad;
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  const bearing = (Math.atan2(y, x) / rad + 360) % 360;
  const diff = Math.abs(bearing - DIRECTION_BEARING[direction]!) % 360;
  return diff > 180 ? 360 - diff : diff;
}

/** A premise or prompt label without its trailing "(date)". */
function withoutDate(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, "");
}

const EVENT_TEMPLATES = ["event-place-choice", "event-place-typed", "event-map-pin", "event-place-matching", "border-crossing-typed"];

describe("places generator", () => {
  it("produces 190+ questions, from every template", () => {
    // Fewer since the fact review: ambiguous, approximate and map-contradicted questions are skipped.
    // Governorates are asked once per place (not twice), and only for places the unit comes back to.
    expect(questions.length).toBeGreaterThanOrEqual(140);
    for (const template of TEMPLATES) {
      expect(questions.filter((q) => q.template === template).length, template).toBeGreaterThan(0);
    }
    for (const q of questions) expect(q.category).toBe("places");
  });

  it("is deterministic, and only the seed (not the ids) changes with the seed", { timeout: 30_000 }, () => {
    const all = (c: ReturnType<typeof createContext>) => [...generatePlaceQuestions(c), ...generateGapQuestions(c)];
    const again = all(createContext(checkKnowledgeBase().kb, "bank-v1"));
    expect(JSON.stringify(again)).toBe(JSON.stringify(questions));
    const reseeded = all(createContext(kb, "another-seed"));
    expect(reseeded.map((q) => q.id)).toEqual(questions.map((q) => q.id));
  });

  it("keeps ids when event wording changes", { timeout: 30_000 }, () => {
    const edited = checkKnowledgeBase().kb;
    for (const e of edited.events) e.summary = `${e.summary} (Reworded.)`;
    const regenerated = [
      ...generatePlaceQuestions(createContext(edited, "bank-v1")),
      ...generateGapQuestions(createContext(edited, "bank-v1")),
    ];
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
  it("cites only the event's own sections for event-based place questions", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    for (const q of questions.filter((x) => EVENT_TEMPLATES.includes(x.template))) {
      const allowed = new Set(q.refs.events.flatMap((id) => eventById.get(id)!.citations.map((c) => `${c.doc}#${c.section}`)));
      for (const c of q.sources) expect(allowed.has(`${c.doc}#${c.section}`), `${q.id} cites ${c.doc}#${c.section}`).toBe(true);
    }
  });

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

  it("keeps 'near' answers within 15 km and 'far' distractors at least 35 km away", () => {
    for (const q of questions.filter((x) => x.template === "place-near-choice")) {
      const [subject, reference] = q.refs.places.map((id) => placeById.get(id)!);
      if (subject!.coordinates && reference!.coordinates) expect(km(subject!, reference!), q.id).toBeLessThanOrEqual(15);
      for (const o of wrongOptions(q)) expect(km(placesNamed(o.text)[0]!, reference!), `${q.id}: ${o.text}`).toBeGreaterThanOrEqual(35);
    }
  });

  it("skips events that happened some distance from the place", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    const away = /\b\d+\s*(km|kilomet)|\bkilomet(re|er)s\b|\b(outside|near|south of|north of|east of|west of) the (town|city)\b/i;
    for (const q of questions.filter((x) => ["event-place-choice", "event-place-typed", "event-map-pin"].includes(x.template))) {
      const event = eventById.get(q.refs.events[0]!)!;
      expect(away.test(`${event.title}. ${event.summary}`), `${q.id}: ${event.title}`).toBe(false);
    }
  });

  it("asks for the town or city when the event names a district or building of it (typing the district is not wrong)", () => {
    const eventById = new Map(kb.events.map((e) => [e.id, e]));
    let seen = 0;
    for (const q of questions.filter((x) => ["event-place-choice", "event-place-typed", "event-map-pin"].includes(x.template))) {
      const event = eventById.get(q.refs.events[0]!)!;
      const key = placeById.get(q.refs.places[0]!)!;
      const parts = kb.places.filter((p) => p.relations.some((r) => r.kind === "part-of" && r.place === key.id));
      const named = parts.some((p) => event.places.includes(p.id) || mentionsAny(event.title, [p.name, ...p.aliases]));
      if (!named) continue;
      seen++;
      expect(q.prompt, q.id).toMatch(key.kind === "village" ? /\bvillage\b/ : /\btown or city\b/);
      expect(q.prompt, q.id).not.toMatch(/name of the place|Where did this happen/);
      // The key stays the settlement: the district's names are not accepted.
      if (q.type === "typed") for (const p of parts) expect(q.accept.map(normalizeName), q.id).not.toContain(normalizeName(p.name));
    }
    expect(seen).toBeGreaterThan(0);
  });

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

  it("cites the document a place's description comes from whenever an explanation appends it", () => {
    let checked = 0;
    for (const q of questions) {
      const cited = new Set(q.sources.map((c) => `${c.doc}#${c.section}`));
      for (const id of q.refs.places) {
        const place = placeById.get(id)!;
        if (!place.description || !q.explanation.includes(place.description)) continue;
        const notes = kb.placeNotes.filter((n) => n.place === id && n.description === place.description);
        const needed = notes.length > 0 ? notes.flatMap((n) => n.citations) : place.citations;
        checked++;
        for (const c of needed) expect(cited.has(`${c.doc}#${c.section}`), `${q.id} (${id}) misses ${c.doc}#${c.section}`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(20);
    // [110]: Saraqib's description comes from source 002 (June 2012), the direction from 003.
    const saraqib = questions.find((q) => q.template === "place-direction-true-false" && q.refs.places[0] === "saraqib" && q.refs.places[1] === "maarat-al-numan");
    if (saraqib) expect(saraqib.sources.map((c) => c.doc.slice(0, 3)).sort()).toEqual(["002", "003"]);
  });

  it("names no governorate in border-crossing prompts (source 002 misplaces the crossings)", () => {
    const typed = questions.filter((x) => x.template === "border-crossing-typed");
    expect(typed.length).toBeGreaterThan(0);
    for (const q of typed) {
      expect(q.prompt, q.id).not.toMatch(/governorate/i);
      expect(q.prompt, q.id).toMatch(/Turkish border/);
    }
  });
});
