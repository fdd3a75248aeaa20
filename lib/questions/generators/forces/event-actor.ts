/**
 * event-actor-choice, event-defender-choice and event-actor-typed: who attacked
 * or defended, only where the title names neither camp; wrong options come from
 * the opposing camp.
 */
import type { Event, Force, ForceRole, Side } from "../../../content/schema";
import type { LoadedPlace } from "../../../content/load";
import type { SeededRandom } from "../../random";
import { clauseWithDate, quotedTitle } from "../event-wording";
import { mergeCitations, primaryPlace, questionId, refs, rngFor, type GeneratorContext, type QuestionDraft } from "../context";
import { ATTACK_ROLES, CLAIM_WORD, Distractors, EventCamps, ForceIndex, POSITION_KINDS, allDistractors, capitalise, enoughDistractors, eventCamps, eventsById, forceChoice, forceTyped, keysDifficulty, kindClass, listNames, mixedDistractors, opposingCandidates, opposite, placeInSentence, plainWords, restsOnClaim, sidesNamedIn, startOfSentence, textRevealsForce, wasOrWere, eventChoiceFeedback } from "./shared";

/**
 * Does the text name or imply a civil-war camp? With the key from one camp and
 * every distractor from the other, naming either camp answers the question:
 * "Rebels attack…" tells who attacked and, by elimination, who defended.
 */
function givesCampAway(ctx: GeneratorContext, text: string): boolean {
  const named = sidesNamedIn(ctx, text);
  return named.has("rebels") || named.has("government");
}

/**
 * How a stem names the event, best first: "when rebels attacked the checkpoint
 * on 16 July 2012", else its quoted headline. A stem takes the first that
 * names neither camp nor a key.
 */
function eventReferences(event: Event): string[] {
  return [`when ${clauseWithDate(event)}`, `in ${quotedTitle(event)}`];
}

/** The first of the stems that names no key and no camp. */
function firstFairStem(ctx: GeneratorContext, stems: readonly string[], keys: readonly Force[]): string | undefined {
  return stems.find((stem) => !keys.some((f) => textRevealsForce(stem, f)) && !givesCampAway(ctx, stem));
}

// ---------------------------------------------------------------------------
// 4. Which of these was among the attackers? (multiple choice, select many)

/**
 * Distractors for a "who attacked / who defended" question shown with the
 * event's title: up to two same-side forces certainly elsewhere (see
 * `certainlyElsewhere`), the rest from the opposing side, of a similar kind,
 * not in the event at all, not related to a correct answer; none named in the
 * title.
 */
function titleDistractors(
  ctx: GeneratorContext,
  index: ForceIndex,
  rng: SeededRandom,
  event: Event,
  correct: readonly Force[],
  opposingSide: Side,
  count: number,
): Distractors {
  const inEvent = new Set(event.forces.map((f) => f.force));
  const candidates = opposingCandidates(ctx, index, opposingSide, correct, inEvent);
  return mixedDistractors(ctx, index, rng, event, correct, opposingSide, candidates, count, (f) => textRevealsForce(`${event.title} ${event.clause}`, f));
}

/**
 * Does the event rest on a claim its title does not show? Then a title
 * question would state the claim as fact; it is skipped (the neutral
 * templates word such stems as a claim instead).
 */
function hiddenClaim(ctx: GeneratorContext, event: Event): boolean {
  return restsOnClaim(ctx, event) && !new RegExp(`\\b${CLAIM_WORD}\\b`, "i").test(plainWords(event.title));
}

export function eventActorChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of eventsById(ctx)) {
    const camps = eventCamps(ctx, event);
    if (!camps || camps.attackSide === null) continue;
    const correct = camps.attackers.map((a) => a.force).filter((f) => kindClass(f) !== "person");
    if (correct.length === 0) continue;
    if (hiddenClaim(ctx, event)) continue;
    // Opposing distractors come from the other civil-war side; Kurdish or foreign attackers have none for certain.
    const opposingSide = opposite(camps.attackSide);
    if (opposingSide === null || (camps.defenceSide !== null && camps.defenceSide !== opposingSide)) continue;

    const selectMany = correct.length >= 2;
    const qid = questionId("event-actor-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = titleDistractors(ctx, index, rng, event, correct, opposingSide, correct.length > 2 ? 2 : 3);
    if (!enoughDistractors(wrong)) continue;
    const prompt = firstFairStem(
      ctx,
      eventReferences(event).map((ref) =>
        selectMany ? `Which of these were among the attackers ${ref}? Select all that apply.` : `Which of these was among the attackers ${ref}?`,
      ),
      correct,
    );
    if (!prompt) continue;
    out.push(
      forceChoice(qid, rng, correct, allDistractors(wrong), {
        template: "event-actor-choice",
        prompt,
        ...eventChoiceFeedback(ctx, index, event, wrong, primaryPlace(ctx, event), `${capitalise(listNames(correct))} ${wasOrWere(correct)} on the attacking side.`),
        refs: refs({ events: [event.id], forces: correct.map((f) => f.id) }),
        difficulty: keysDifficulty(correct),
      }),
    );
  }
  return out;
}

/** What the defenders did, for the stem; one wording per role, a neutral one when roles differ. */
function defenceWording(roles: readonly ForceRole[], place: LoadedPlace | undefined): string {
  const at = place ? ` ${placeInSentence(place)}` : "";
  const only = new Set(roles).size === 1 ? roles[0] : undefined;
  switch (only) {
    case "defender":
      return place ? `defended${at}` : "was on the defending side";
    case "besieged":
      return place ? `was under siege at${at}` : "was under siege";
    case "held":
      return place ? `held positions at${at}` : "held positions";
    case "repelled":
      return place ? `beat back the attack at${at}` : "beat back the attack";
    default:
      return place ? `was on the defending side at${at}` : "was on the defending side";
  }
}

/**
 * The place the defenders certainly defended: the event's first base,
 * checkpoint or crossing, else its main place when the attackers took it.
 * Otherwise none: "Rebels intercept troops on the edge of Khan Shaykhun" does
 * not mean the army defended Khan Shaykhun.
 */
function defendedPlace(ctx: GeneratorContext, event: Event, camps: EventCamps): LoadedPlace | undefined {
  const position = event.places.map((id) => ctx.placeById.get(id)).find((p) => p && POSITION_KINDS.has(p.kind));
  if (position) return position;
  const place = primaryPlace(ctx, event);
  if (!place) return undefined;
  const tookIt =
    (event.outcome === "rebel-gain" || event.outcome === "government-gain") &&
    event.forces.some((f) => (f.role === "captured" || f.role === "retook") && ctx.forceById.get(f.force)?.side === camps.attackSide);
  return tookIt ? place : undefined;
}

export function eventDefenderChoice(ctx: GeneratorContext, index: ForceIndex): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of eventsById(ctx)) {
    const camps = eventCamps(ctx, event);
    // "Defended" needs an attacker: a side merely holding ground is not asked here.
    if (!camps || camps.attackSide === null || camps.defenceSide === null) continue;
    if (opposite(camps.defenceSide) !== camps.attackSide) continue;
    const entries = camps.defenders.filter((d) => kindClass(d.force) !== "person");
    const correct = entries.map((d) => d.force);
    if (correct.length === 0) continue;
    const selectMany = correct.length >= 2;
    const promptAt = (at: LoadedPlace | undefined, ref: string): string => {
      const verb = defenceWording(
        entries.map((d) => d.role),
        at,
      );
      return selectMany
        ? `Which of these ${verb.replace(/^was /, "were ")} ${ref}? Select all that apply.`
        : `Which force ${verb} ${ref}?`;
    };
    if (hiddenClaim(ctx, event)) continue;
    // A place such as "the Wadi al-Deif military base" names the defenders' camp; then the stem leaves it out.
    const defended = defendedPlace(ctx, event, camps);
    const stems = eventReferences(event).map((ref) => {
      const place = defended && !givesCampAway(ctx, promptAt(defended, ref)) ? defended : undefined;
      return { place, prompt: promptAt(place, ref) };
    });
    const prompt = firstFairStem(ctx, stems.map((s) => s.prompt), correct);
    if (!prompt) continue;
    const place = stems.find((s) => s.prompt === prompt)!.place;

    const qid = questionId("event-defender-choice", [event.id]);
    const rng = rngFor(ctx, qid);
    const wrong = titleDistractors(ctx, index, rng, event, correct, camps.attackSide, correct.length > 2 ? 2 : 3);
    if (!enoughDistractors(wrong)) continue;
    out.push(
      forceChoice(qid, rng, correct, allDistractors(wrong), {
        template: "event-defender-choice",
        prompt,
        ...eventChoiceFeedback(ctx, index, event, wrong, place ?? primaryPlace(ctx, event), `${capitalise(listNames(correct))} ${wasOrWere(correct)} on the defending side.`),
        refs: refs({ events: [event.id], places: place ? [place.id] : [], forces: correct.map((f) => f.id) }),
        difficulty: keysDifficulty(correct),
      }),
    );
  }
  return out;
}

// ---------------------------------------------------------------------------
// 8. Name the group that attacked (typed)

/** Named organisations a student can type: not the army umbrellas, not people. */
const NAMED_GROUP_KINDS: ReadonlySet<Force["kind"]> = new Set<Force["kind"]>([
  "coalition", "group", "military-council", "militia", "brigade", "battalion",
]);

const TYPED_ACTION: Partial<Record<ForceRole, string>> = {
  attacker: "carried out the attack",
  captured: "made the capture",
  retook: "retook the ground",
};

/**
 * Summary words saying that others than one named group did it ("rebels",
 * "other battalions", "fighters"): then "the group that carried out the
 * attack" has more than one answer.
 */
const OTHER_ATTACKERS = /\b(rebels?|opposition|insurgents?|fighters|gunmen|armed men|militants|attackers|other (rebel )?(battalions|brigades|groups|units|factions))\b/i;

export function eventActorTyped(ctx: GeneratorContext): QuestionDraft[] {
  const out: QuestionDraft[] = [];
  for (const event of eventsById(ctx)) {
    const camps = eventCamps(ctx, event);
    if (!camps || hiddenClaim(ctx, event)) continue;
    // The named group must be the event's only attack-role entry: no generic side
    // ("rebels"), no second group, no alleged one, and the summary credits no one else.
    const attackEntries = event.forces.filter((f) => ATTACK_ROLES.has(f.role));
    if (attackEntries.length !== 1 || attackEntries[0]!.alleged || OTHER_ATTACKERS.test(event.summary)) continue;
    const actors = camps.attackers.filter((a) => TYPED_ACTION[a.role] !== undefined);
    if (actors.length !== 1 || camps.attackers.length !== 1) continue;
    const { force, role } = actors[0]!;
    // A coalition (the Free Syrian Army) is what anyone would type for a rebel attack: typing it shows nothing.
    if (!NAMED_GROUP_KINDS.has(force.kind) || kindClass(force) === "umbrella") continue;
    const prompt = eventReferences(event)
      .map((ref) => `Name the group that ${TYPED_ACTION[role]!} ${ref}.`)
      .find((stem) => !textRevealsForce(stem, force));
    if (!prompt) continue;
    out.push(
      forceTyped({
        template: "event-actor-typed",
        factKeys: [event.id],
        answer: force,
        prompt,
        explanation: `${startOfSentence(force)} ${TYPED_ACTION[role]!}. ${event.summary}`,
        sources: mergeCitations(event.citations),
        refs: refs({ events: [event.id], forces: [force.id] }),
        difficulty: 3,
      }),
    );
  }
  return out;
}
