/**
 * event-place-matching: match events (their titles with the place blanked) to
 * places. Kept out of the bank while its gaps read as template leftovers
 * (see generateGapQuestions in index.ts).
 */
import type { LoadedPlace } from "../../../content/load";
import { dateSortKey, formatDate } from "../../../content/dates";
import { normalizeName } from "../../../content/normalize-name";
import { byId, makeOptions, mergeCitations, optionId, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { LocatedEvent, OFFSET_PHRASE, PlaceIndex, ambiguousPlaces, askedPlace, chooseDistractors, closelyRelated, eventPlaceCandidates, fitsEvent, gapKeyOf, gapTitle, happenedAwayFrom, isTownBaseOrCrossing, kindClass, mentionsPlaceNames, placeNames, reveals, sharesName, tidyGap } from "./shared";

/**
 * Coarser groups for matching: a premise may read as a facility ("partly
 * besiege ___", "the loss of ___") or as a town, so one question offers only
 * settlements or only facilities (bases and crossings).
 */
function matchClass(place: LoadedPlace): string {
  const cls = kindClass(place.kind);
  return cls === "base" || cls === "crossing" ? "facility" : cls;
}

/** "…south of ___", "…near ___": the gapped title itself states the offset, so the key is exactly right. */
const OFFSET_BEFORE_GAP = new RegExp(`\\b(${OFFSET_PHRASE}|by|beside|around|from)\\s+(the\\s+)?___`, "i");

/**
 * Events for matching: the title with every name that would give the place
 * away replaced by a gap ("Rebels take control of ___"). Another place of the
 * same kind is allowed only when the title names it (then it is not the gap).
 */
export function gappedEvents(ctx: GeneratorContext, index: PlaceIndex): LocatedEvent[] {
  const out: LocatedEvent[] = [];
  for (const event of index.events) {
    const place = askedPlace(ctx, event);
    if (!place || !isTownBaseOrCrossing(place)) continue;
    const cls = kindClass(place.kind);
    const raw = gapTitle(ctx, event.title, place);
    // "Explosion near ___" states the offset itself; otherwise an event some way from the place is left out.
    if (!OFFSET_BEFORE_GAP.test(raw) && happenedAwayFrom(event, place)) continue;
    // "FSA attacks the ___" would tell a base from a town: the whole noun phrase is blanked, or the event left out.
    const title = tidyGap(raw, place);
    if (title === null) continue;
    const date = formatDate(event.date);
    const label = event.alternativeDates.length > 0 || title.includes(date) ? title : `${title} (${date})`;
    if (reveals(ctx, label, place)) continue;
    const unnamedRival = event.places.some((id) => {
      const other = ctx.placeById.get(id);
      return (
        other !== undefined &&
        other.id !== place.id &&
        kindClass(other.kind) === cls &&
        !closelyRelated(other, place) &&
        !mentionsPlaceNames(label, placeNames(other))
      );
    });
    if (unnamedRival) continue;
    out.push({ event, place, label, gapped: title });
  }
  return out;
}

/**
 * Groups of four events from one month study set (or, failing that, one
 * document), in date order, whose places are distinct and cannot be swapped.
 * Each event is used once.
 */
function matchingGroups(ctx: GeneratorContext, index: PlaceIndex, located: readonly LocatedEvent[]): LocatedEvent[][] {
  const fits = (l: LocatedEvent, place: LoadedPlace) => ambiguousPlaces(ctx, index, l.event, l.gapped, l.place).has(place.id);
  const byEvent = new Map(located.map((l) => [l.event.id, l]));
  const inDateOrder = (a: LocatedEvent, b: LocatedEvent) =>
    dateSortKey(a.event.date).localeCompare(dateSortKey(b.event.date)) || byId(a.event, b.event);
  const pools: LocatedEvent[][] = [];
  for (const set of [...ctx.kb.studySets].sort(byId))
    if (set.group === "month") pools.push(set.events.map((id) => byEvent.get(id)).filter((l): l is LocatedEvent => l !== undefined));
  for (const source of [...ctx.kb.sources].sort((a, b) => a.file.localeCompare(b.file)))
    pools.push(located.filter((l) => l.event.citations.some((c) => c.doc === source.file)));

  const used = new Set<string>();
  const groups: LocatedEvent[][] = [];
  for (const pool of pools) {
    const remaining = pool.filter((l) => !used.has(l.event.id)).sort(inDateOrder);
    while (remaining.length >= 4) {
      // Greedy, in date order, from the earliest event still free.
      const group: LocatedEvent[] = [];
      for (const candidate of remaining) {
        if (group.length === 4) break;
        const clash = group.some(
          (g) =>
            g.place.id === candidate.place.id ||
            // All keys of one question are towns, or all are bases and crossings (review P4).
            matchClass(g.place) !== matchClass(candidate.place) ||
            normalizeName(g.label) === normalizeName(candidate.label) ||
            // Two premises with one gapped title, or one premise another's key would also make true.
            gapKeyOf(g.gapped) === gapKeyOf(candidate.gapped) ||
            fits(g, candidate.place) ||
            fits(candidate, g.place) ||
            sharesName(g.place, candidate.place) ||
            fitsEvent(ctx, g.event, candidate.place) ||
            fitsEvent(ctx, candidate.event, g.place),
        );
        if (!clash) group.push(candidate);
      }
      if (group.length < 4) {
        // The earliest event fits no group of the rest: go on without it.
        remaining.shift();
        continue;
      }
      for (const g of group) {
        used.add(g.event.id);
        remaining.splice(remaining.indexOf(g), 1);
      }
      groups.push(group);
    }
  }
  return groups;
}

export function eventPlaceMatching(ctx: GeneratorContext, index: PlaceIndex, located: readonly LocatedEvent[]): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const group of matchingGroups(ctx, index, located)) {
    const factKeys = group.map((g) => g.event.id).sort();
    const qid = questionId("event-place-matching", factKeys);
    const rng = rngFor(ctx, qid);
    const answers = group.map((g) => g.place);
    const candidates = eventPlaceCandidates(
      ctx,
      index,
      group.map((g) => g.event),
      answers,
    );
    // The extra option must not fit any premise either.
    const ambiguous = new Set(group.flatMap((g) => [...ambiguousPlaces(ctx, index, g.event, g.gapped, g.place)]));
    // The extra option is of the keys' class too: a town among bases would be ruled out by grammar alone.
    const safe = candidates.filter((c) => !ambiguous.has(c.id) && matchClass(c) === matchClass(answers[0]!));
    const governorates = new Set(answers.map((a) => a.governorate));
    const [extra] = chooseDistractors(rng, [safe.filter((c) => governorates.has(c.governorate)), safe], answers, 1);
    const premises = makeOptions(
      qid,
      group.map((g) => ({ key: g.event.id, text: g.label })),
    );
    const optionEntries = [...answers, ...(extra ? [extra] : [])].map((p) => ({ key: p.id, text: p.name }));
    const pairs: Record<string, string> = {};
    group.forEach((g, i) => {
      pairs[premises[i]!.id] = optionId(qid, g.place.id);
    });
    out.push({
      id: qid,
      category: "places",
      type: "matching",
      template: "event-place-matching",
      prompt: group.some((g) => g.label.includes("___"))
        ? "Match each event to the place where it happened (___ marks where the place's name is left out)."
        : "Match each event to the place where it happened.",
      premises: rng.shuffle(premises),
      options: rng.shuffle(makeOptions(qid, optionEntries)),
      answer: { pairs },
      explanation: group.map((g) => `${g.event.title}: ${g.place.name}.`).join(" "),
      sources: mergeCitations(...group.map((g) => g.event.citations)),
      refs: refs({ events: group.map((g) => g.event.id), places: answers.map((a) => a.id) }),
      difficulty: 2,
    });
  }
  return out;
}
