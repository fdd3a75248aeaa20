/**
 * Shared by the forces tests: the real knowledge base and every forces
 * question, the template groups, and helpers written independently of the
 * generator (force ancestry, distances, the "certainly elsewhere" rule, the
 * review rules, made-up events).
 */
import { checkKnowledgeBase, loadKnowledgeBase } from "../../../content/load-knowledge-base";
import type { KnowledgeBase } from "../../../content/load";
import type { Event, Force } from "../../../content/schema";
import { addDays, dateInterval } from "../../../content/dates";
import { normalizeName } from "../../../content/normalize-name";
import { createContext, mentionsAny, namesOf } from "../context";
import { generateForceQuestions } from "./index";

export const TEMPLATES = [
  "force-side-choice",
  "force-side-true-false",
  "event-actor-choice",
  "event-defender-choice",
  "commander-group-choice",
  "commander-typed",
  "event-actor-typed",
  "force-parent-choice",
  "force-parent-typed",
  "event-sides-true-false",
  "place-captor-choice",
  "place-captor-true-false",
  "place-holder-choice",
  "operation-participants-choice",
];

/** Event templates whose stems show the event's title. */
export const TITLE_TEMPLATES = ["event-actor-choice", "event-defender-choice", "event-actor-typed"];

/** Event templates whose stems name only the event's place and date (and a true/false statement's force). */
export const NEUTRAL_TEMPLATES = [
  "event-sides-true-false",
  "place-captor-choice",
  "place-captor-true-false",
  "place-holder-choice",
  "operation-participants-choice",
];

/** Templates that ask who captured, held, attacked or defended in an event, or on which side a force fought in it. */
export const EVENT_TEMPLATES = [...TITLE_TEMPLATES, ...NEUTRAL_TEMPLATES];

/** The neutral multiple-choice templates. */
export const NEUTRAL_CHOICE_TEMPLATES = ["place-captor-choice", "place-holder-choice", "operation-participants-choice"];

/** Every "who captured, held, attacked or defended" choice template: distractors from the other side or certainly elsewhere. */
export const EVENT_CHOICE_TEMPLATES = ["event-actor-choice", "event-defender-choice", ...NEUTRAL_CHOICE_TEMPLATES];

export const kb = loadKnowledgeBase();
export const ctx = createContext(kb, "bank-v1");
export const questions = generateForceQuestions(ctx);
export const forceByName = new Map(kb.forces.map((f) => [f.name, f]));
export const forceById = new Map(kb.forces.map((f) => [f.id, f]));

/** Curly quotes hide words from `mentionsAny`'s whole-word matching. */
export function plain(text: string): string {
  return text.replace(/[“”"]/g, " ");
}

export function ancestorsOf(id: string): Set<string> {
  const out = new Set<string>();
  let parent = forceById.get(id)?.parent;
  while (parent && !out.has(parent)) {
    out.add(parent);
    parent = forceById.get(parent)?.parent;
  }
  return out;
}

export function related(a: string, b: string): boolean {
  return a === b || ancestorsOf(a).has(b) || ancestorsOf(b).has(a);
}

export function descendantsOf(id: string): string[] {
  return kb.forces.filter((f) => ancestorsOf(f.id).has(id)).map((f) => f.id);
}

/** Great-circle distance in km, written independently of the generator. */
export function km(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * The eligibility rule for a same-side distractor, checked independently: the
 * force is no nationwide body, has at least one event, and every event of it
 * and its units has places, all located, each in another governorate than every
 * place of the asked event and at least 40 km from each (for an event told for
 * a whole governorate, every located place of that governorate); its name,
 * aliases and description name neither the asked places nor their governorates.
 */
export function elsewhereByRule(force: Force, asked: Event): boolean {
  const askedPlaces = asked.places.map((id) => ctx.placeById.get(id)!);
  if (askedPlaces.some((a) => !a.coordinates)) return false;
  if (["armed-forces", "coalition", "security-agency"].includes(force.kind)) return false;
  const family = [force.id, ...descendantsOf(force.id)];
  const events = kb.events.filter((e) => e.forces.some((f) => family.includes(f.force)));
  if (events.length === 0) return false;
  const far = (p: (typeof askedPlaces)[number]) =>
    p.coordinates !== null &&
    askedPlaces.every((a) => a.governorate !== p.governorate && km(a.coordinates!, p.coordinates!) >= 40);
  for (const e of events) {
    const places = e.places.map((id) => ctx.placeById.get(id)!);
    if (places.length === 0 || !places.every(far)) return false;
    if (/\b(governorate|province|countryside)\b/i.test(`${e.title} ${e.summary}`)) {
      const govs = new Set(places.map((p) => p.governorate));
      if (!kb.places.filter((p) => govs.has(p.governorate) && p.coordinates).every(far)) return false;
    }
  }
  const text = plain([force.name, ...force.aliases, force.description].join(". "));
  const names = askedPlaces.flatMap((a) => [a.governorate, ...namesOf(a)]);
  return !mentionsAny(text, names);
}

/** The force an option text names (options use force names verbatim). */
export function forceOf(text: string): Force {
  const force = forceByName.get(text);
  if (!force) throw new Error(`option "${text}" is not a force name`);
  return force;
}

export function choiceParts(template: string) {
  return questions
    .filter((q) => q.template === template)
    .map((q) => {
      if (q.type !== "multiple-choice") throw new Error(`${q.id} is not multiple choice`);
      const correct = q.options.filter((o) => q.answer.correct.includes(o.id)).map((o) => forceOf(o.text));
      const distractors = q.options.filter((o) => !q.answer.correct.includes(o.id)).map((o) => forceOf(o.text));
      return { q, correct, distractors };
    });
}

// ---------------------------------------------------------------------------
// Helpers for the review rules

/** Rank of a force kind, written independently of the generator: formations above divisions, above brigades, above the rest. */
export const LEVEL: Partial<Record<Force["kind"], number>> = {
  "armed-forces": 4, coalition: 4, group: 4, "military-council": 4, militia: 4, "security-agency": 4,
  division: 3, brigade: 2, regiment: 1, battalion: 1, squadron: 1,
};

export const ATTACK = ["attacker", "captured", "retook", "besieger"];
export const DEFENCE = ["defender", "held", "besieged", "repelled"];

/** Independent of the generator's own lists: words that plainly name a camp of the civil war. */
export const CAMP_WORDS =
  /\b(rebels?|opposition|FSA|nusra|jihadists?|islamists?|gunmen|fighters?|army|soldiers?|troops?|regime|government|jets?|air force|air strikes?|military|tanks?|shabiha|garrison|bases?|airbase)\b/i;

/** Any force name (of any side, generic sides included) or a camp word. */
export function namesAnyForceOrSide(text: string): boolean {
  return CAMP_WORDS.test(text) || kb.forces.some((f) => mentionsAny(text, namesOf(f)));
}

/**
 * The force a true/false statement names: "…, the Syrian Army was on the attacking side."
 * or "True or false: The Free Syrian Army took control of …". Options and statements use
 * force names verbatim, after "the" where the name takes it.
 */
export function statementSubject(prompt: string): { text: string; force: Force } | undefined {
  const match =
    /\), (.+?) (?:was|were) on the (?:attacking|defending) side\.$/.exec(prompt) ??
    /^True or false: (.+?) (?:took|claimed to have taken) control of /.exec(prompt);
  if (!match) return undefined;
  const text = match[1]!;
  const force = kb.forces.find((f) => normalizeName(f.name) === normalizeName(text.replace(/^the /i, "")));
  if (!force) throw new Error(`no force named "${text}"`);
  return { text, force };
}

/** The correct options of a multiple-choice question, as forces. */
export function choiceKeys(q: ReturnType<typeof generateForceQuestions>[number]): Force[] {
  if (q.type !== "multiple-choice") throw new Error(`${q.id} is not multiple choice`);
  return q.options.filter((o) => q.answer.correct.includes(o.id)).map((o) => forceOf(o.text));
}

/** Do the two events' date intervals come within `days` of each other? */
export function withinDays(a: Event, b: Event, days: number): boolean {
  const ia = dateInterval(a.date);
  const ib = dateInterval(b.date);
  return addDays(ia.start, -days) <= ib.end && ib.start <= addDays(ia.end, days);
}

/** The side that attacked in the event a neutral question asks about, read from its key. */
export function attackingSideOf(q: ReturnType<typeof generateForceQuestions>[number]): string {
  if (q.type === "true-false") {
    const side = forceById.get(q.refs.forces[0]!)!.side;
    const stated = /on the (attacking|defending) side\.$/.exec(q.prompt)![1];
    const attacking = (stated === "attacking") === q.answer.value;
    return attacking ? side : side === "rebels" ? "government" : "rebels";
  }
  const keySide = choiceKeys(q)[0]!.side;
  if (q.template === "place-holder-choice") return keySide === "rebels" ? "government" : "rebels";
  return keySide;
}

export function namesACamp(text: string): boolean {
  return (
    CAMP_WORDS.test(plain(text)) ||
    kb.forces.some((f) => (f.side === "rebels" || f.side === "government") && mentionsAny(plain(text), namesOf(f)))
  );
}

/** Verbs that say someone attacked; "clashes" or "fighting between" do not. */
export const ATTACK_WORDS =
  /\b(attack\w*|assault\w*|storm\w*|overr[au]n|raid\w*|seiz\w*|captur\w*|took|takes?|taken|retak\w*|retook|recaptur\w*|besieg\w*|siege|shell\w*|bomb\w*|air strikes?|offensive|ambush\w*|struck|strikes?|hit)\b/i;

/** Questions already reviewed: gave the key away, asked an alleged or unstated role, or an arguable group. */
export const REVIEWED_AND_DROPPED = [
  "event-actor-choice-5c9ae4b9f2",
  "event-actor-choice-10187ba9fb",
  "event-actor-choice-1fb787dbc7",
  "event-actor-choice-1b37593737",
  "event-actor-choice-13d14c9671",
  "event-actor-choice-33ee26eee6",
  "event-actor-typed-7603320426",
  "event-actor-typed-4d0add52b4",
  "event-defender-choice-f7e8f4075e",
  "event-defender-choice-1a3d9fb57c",
  "event-defender-choice-aa2efd8fd8",
  "event-defender-choice-58cd3292b6",
  "event-defender-choice-8ad1767ba7",
  "event-defender-choice-d7705ed57c",
  "event-sides-true-false-5c5ff499f2",
  "event-sides-true-false-7e24b1206b",
  "event-sides-true-false-97478a3768",
  "event-sides-true-false-28fdee9105",
  "event-sides-true-false-8e3b7c2bc6",
  "event-sides-true-false-97464769d8",
  "force-side-choice-b60423d5a4",
  "commander-group-choice-aba7867941",
  "commander-group-choice-37c9c97420",
  "commander-group-choice-9ac9c5fa2e",
  "commander-typed-4acf3bfe78",
  "commander-typed-48b6b2eb61",
  "commander-typed-4f775d42b2",
  // Review 4: Basil Eissa "led or belonged to" the FSA; a clan militia offered as an armoured brigade's parent;
  // one event's sides asked twice, or a claimed fight asked as "one side's claim"; sides given away by a name
  // ("Free North Brigade", "armoured regiment", "Martyrs Brigade") or by a parent ("led by al-Nusra").
  "commander-group-choice-5aa224ea1e",
  "commander-typed-637d53e256",
  "force-parent-choice-31d8ab158e",
  "event-sides-true-false-b0ad49a570",
  "event-sides-true-false-c48bc82503",
  "event-sides-true-false-80483b2eaf",
  "event-sides-true-false-e64ea762fd",
  "event-sides-true-false-8f4e08a81f",
  "event-sides-true-false-fc17c91be5",
  "event-sides-true-false-fece196616",
  "force-side-choice-f7fe416fda",
  "force-side-true-false-38d1fd39a3",
  "force-side-true-false-cab8120732",
  "force-side-choice-4d09a5222d",
  "force-side-choice-308d16e736",
  "force-side-true-false-9cc35c31bd",
];

export const TEST_EVENT_ID = "2012-10-20-test-event-on-a-hill";

/** A made-up event with a neutral title: the FSA attacks, the Syrian Army defends. */
export function testEvent(overrides: Partial<Event> = {}): Event {
  const model = kb.events.find((e) => e.date.precision === "day")!;
  return {
    ...model,
    id: TEST_EVENT_ID,
    title: "Battle for the test hill",
    date: { precision: "day", date: "2012-10-20" },
    alternativeDates: [],
    // A town with no other event in late 2012, so no nearby story interferes.
    places: ["sarmada"],
    forces: [
      { force: "free-syrian-army", role: "attacker" },
      { force: "syrian-army", role: "defender" },
    ],
    outcome: "rebel-gain",
    summary: "The assault on the hill began at dawn and ended by noon.",
    tags: [],
    ...overrides,
  };
}

/**
 * A made-up capture at the test town: the FSA and al-Nusra take it from the 17th Armoured Brigade (a named unit,
 * since a whole army as the holder is not asked).
 */
export function testCapture(overrides: Partial<Event> = {}): Event {
  return testEvent({
    summary: "The FSA and al-Nusra captured the town after a day of fighting.",
    forces: [
      { force: "free-syrian-army", role: "captured" },
      { force: "al-nusra-front", role: "captured" },
      { force: "17th-armoured-brigade", role: "defender" },
    ],
    ...overrides,
  });
}

/** A made-up fight weeks before the test event, where a same-side distractor is placed. */
export function testFarFight(overrides: Partial<Event>): Event {
  return testEvent({
    date: { precision: "day", date: "2012-09-01" },
    title: "Test fight far away",
    summary: "The test brigade attacked a post.",
    ...overrides,
  });
}

/** The event and the force a question is about: its first refs of each. */
export function askedEventAndForce(q: ReturnType<typeof generateForceQuestions>[number]): { event: Event; force: Force } {
  return { event: ctx.eventById.get(q.refs.events[0]!)!, force: forceById.get(q.refs.forces[0]!)! };
}

export function editedQuestions(edit: (k: KnowledgeBase) => void) {
  // A fresh copy: loadKnowledgeBase() returns a shared cached one.
  const edited = checkKnowledgeBase().kb;
  edit(edited);
  return generateForceQuestions(createContext(edited, "bank-v1"));
}

export function aboutTestEvent(list: ReturnType<typeof generateForceQuestions>) {
  return list.filter((q) => q.refs.events.includes(TEST_EVENT_ID));
}

/**
 * Made-up forces of both sides, each known only from one fight in Aleppo
 * Governorate far (40 km or more) from Sarmada, and under no named force: the
 * same-side distractors certainly elsewhere that an event choice question at
 * Sarmada needs (review 3, item 2).
 */
export function addFarForces(k: KnowledgeBase, parents: { rebels?: string; government?: string } = {}): void {
  const sarmada = ctx.placeById.get("sarmada")!;
  const far = kb.places
    .filter((p) => p.coordinates !== null && p.governorate === "Aleppo" && p.kind !== "region")
    .sort((a, b) => km(sarmada.coordinates!, b.coordinates!) - km(sarmada.coordinates!, a.coordinates!))[0]!;
  const model = forceById.get("darat-izza-brigade")!;
  k.forces.push(
    { ...model, id: "test-qamar-brigade", name: "Qamar Brigade", aliases: [], kind: "brigade", side: "rebels", parent: parents.rebels ?? "rebels", description: "A made-up brigade." },
    { ...model, id: "test-nur-regiment", name: "Nur Regiment", aliases: [], kind: "regiment", side: "government", parent: parents.government ?? "government", description: "A made-up regiment." },
  );
  k.events.push(
    testFarFight({
      id: "2012-09-01-test-far-away-fight",
      places: [far.id],
      forces: [
        { force: "test-qamar-brigade", role: "attacker" },
        { force: "test-nur-regiment", role: "defender" },
      ],
    }),
  );
}
