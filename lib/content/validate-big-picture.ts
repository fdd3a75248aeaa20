/**
 * Checks on the big-picture content (campaigns, reasons, control over time, road stops)
 * that zod cannot express: every reference points at something that exists,
 * every citation at a real section, dates run forwards, and no two control
 * periods of one place overlap.
 */
import type { KnowledgeBase } from "./knowledge-base";
import type { Citation } from "./schema";
import { dateInterval } from "./dates";
import { namedRoads } from "./named-roads";
import type { EntityKind, Problem } from "./validate";

export function validateBigPicture(kb: KnowledgeBase): Problem[] {
  const problems: Problem[] = [];
  const add = (entity: EntityKind, id: string, message: string) => problems.push({ entity, id, message });

  const known = {
    place: new Set(kb.places.map((p) => p.id)),
    force: new Set(kb.forces.map((f) => f.id)),
    event: new Set(kb.events.map((e) => e.id)),
    figure: new Set(kb.figures.map((f) => f.id)),
    "study set": new Set(kb.studySets.map((s) => s.id)),
    campaign: new Set(kb.campaigns.map((c) => c.id)),
  };
  const sourceByFile = new Map(kb.sources.map((s) => [s.file, s]));

  const checkRefs = (entity: EntityKind, id: string, kind: keyof typeof known, ids: readonly (string | undefined)[]) => {
    for (const ref of ids) if (ref !== undefined && !known[kind].has(ref)) add(entity, id, `unknown ${kind} "${ref}"`);
  };
  const checkCitations = (entity: EntityKind, id: string, citations: readonly Citation[]) => {
    for (const c of citations) {
      const source = sourceByFile.get(c.doc);
      if (!source) add(entity, id, `cites unknown document "${c.doc}"`);
      else if (!source.sections.includes(c.section)) add(entity, id, `cites unknown section "${c.section}" of ${c.doc}`);
    }
  };

  const seenCampaigns = new Set<string>();
  const seenPhrases = new Map<string, string>();
  for (const c of kb.campaigns) {
    if (seenCampaigns.has(c.id)) add("campaign", c.id, "duplicate campaign id");
    seenCampaigns.add(c.id);
    const phrase = c.inSentence.toLowerCase();
    if (seenPhrases.has(phrase)) add("campaign", c.id, `names itself like ${seenPhrases.get(phrase)}: "${c.inSentence}"`);
    seenPhrases.set(phrase, c.id);
    checkRefs("campaign", c.id, "event", [c.event, c.startedWith?.event, c.endedWith?.event]);
    checkRefs("campaign", c.id, "place", [...c.places, c.target?.place, ...c.territory.map((t) => t.place)]);
    checkRefs("campaign", c.id, "study set", c.studySets);
    for (const side of c.sides) {
      checkRefs("campaign", c.id, "force", [...side.belligerents, ...side.units, ...side.commanders, ...side.backers]);
      checkRefs("campaign", c.id, "figure", [...side.strength, ...side.casualties]);
      checkCitations("campaign", c.id, side.citations);
    }
    for (const t of c.territory) {
      checkRefs("campaign", c.id, "force", t.forces);
      checkCitations("campaign", c.id, t.citations);
    }
    if (dateInterval(c.start).start > dateInterval(c.end).end) add("campaign", c.id, "ends before it starts");
    checkCitations("campaign", c.id, [
      ...c.citations,
      ...c.result.citations,
      ...(c.target?.citations ?? []),
      ...(c.startedWith?.citations ?? []),
      ...(c.endedWith?.citations ?? []),
    ]);
  }

  const seenReasonings = new Set<string>();
  for (const r of kb.reasonings) {
    if (seenReasonings.has(r.id)) add("reasoning", r.id, "duplicate reasoning id");
    seenReasonings.add(r.id);
    checkRefs("reasoning", r.id, "campaign", [r.campaign]);
    checkRefs("reasoning", r.id, "event", r.events);
    checkRefs("reasoning", r.id, "place", r.places);
    checkRefs("reasoning", r.id, "force", r.forces);
    checkRefs("reasoning", r.id, "study set", r.studySets);
    checkCitations("reasoning", r.id, r.citations);
    const texts = [r.answer, ...r.distractors.map((d) => d.text)].map((t) => t.trim().toLowerCase());
    if (new Set(texts).size !== texts.length) add("reasoning", r.id, "an option repeats another");
    if (!r.question.trim().endsWith("?")) add("reasoning", r.id, "the question must end with a question mark");
  }

  const seenPlaces = new Set<string>();
  for (const record of kb.control) {
    if (seenPlaces.has(record.place)) add("control", record.place, "two control records for one place");
    seenPlaces.add(record.place);
    checkRefs("control", record.place, "place", [record.place]);
    const periods = [...record.periods].sort((a, b) => a.from.localeCompare(b.from));
    periods.forEach((p, i) => {
      if (p.from > p.to) add("control", record.place, `period ${p.from}–${p.to} ends before it starts`);
      const next = periods[i + 1];
      if (next && next.from <= p.to) add("control", record.place, `periods ${p.from}–${p.to} and ${next.from}–${next.to} overlap`);
      checkRefs("control", record.place, "force", p.forces);
      checkCitations("control", record.place, p.citations);
    });
  }

  const roads = new Set(namedRoads(kb.places).map((road) => road.id));
  for (const stop of kb.roadStops) {
    const id = `${stop.road}/${stop.place}`;
    if (!roads.has(stop.road)) add("road-stop", id, `unknown road "${stop.road}"`);
    checkRefs("road-stop", id, "place", [stop.place]);
    checkCitations("road-stop", id, stop.citations);
  }
  return problems;
}
