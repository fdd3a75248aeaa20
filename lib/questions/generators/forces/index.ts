/**
 * Forces questions: which side a force fought for, who attacked and who
 * defended in an event, and how units and commanders fit into larger forces.
 *
 * Honesty rule for "who did X" questions: the documents not mentioning a force
 * does not prove it was absent. So a distractor for "which force attacked…"
 * comes from the OPPOSING side (rebels vs government), or, at most two per
 * question, from the same side when that force was certainly elsewhere (see
 * `certainlyElsewhere`: all its events in another governorate, 40 km away or
 * more), so the question does not reduce to "which option is a rebel force".
 * A multiple-choice event question needs at least one such same-side
 * distractor, or it is skipped. A distractor never appears in the event at all
 * and is never a parent or child (transitively) of a correct answer, nor a
 * unit that may sit inside one unrecorded (see `mayBeNested`). Captures known only from one side's claim are asked
 * as claims ("Who claimed to have taken control of…", see `restsOnClaim`).
 * The generic sides ("rebels", "government") are never a subject or an
 * option: they are too vague. Foreign states are left out of the side
 * questions: Turkey backed the rebels and Russia the government, so "Russia
 * fought on the side of the government" would be marked false while true.
 *
 * Event titles name the side that acted ("Rebels take…", "Army retakes…"),
 * which with every distractor from the other side gives the key away. So the
 * event questions about who captured, held, attacked or took part (sections
 * 11–14 and 10) never show a title: their stems are built from the event's
 * place, date and outcome only, and name no force and no side (see
 * `neutralPlace` for which places a stem may name).
 */
import { type GeneratorContext, type QuestionDraft } from "../context";
import { buildIndex, reachableByStudySets } from "./shared";
import { forceSideChoice, forceSideTrueFalse } from "./force-side";
import { eventActorChoice, eventDefenderChoice, eventActorTyped } from "./event-actor";
import { commanderGroupChoice, commanderTyped } from "./commander";
import { forceParentChoice, forceParentTyped } from "./force-parent";
import { eventSidesTrueFalse } from "./event-sides";
import { placeCaptorChoice, placeCaptorTrueFalse } from "./place-captor";
import { placeHolderChoice } from "./place-holder";
import { operationParticipantsChoice } from "./operation-participants";

export function generateForceQuestions(ctx: GeneratorContext): QuestionDraft[] {
  const index = buildIndex(ctx);
  const all = [
    ...forceSideChoice(ctx, index),
    ...forceSideTrueFalse(ctx, index),
    ...eventActorChoice(ctx, index),
    ...eventDefenderChoice(ctx, index),
    ...commanderGroupChoice(ctx, index),
    ...commanderTyped(ctx),
    ...eventActorTyped(ctx),
    ...forceParentChoice(ctx, index),
    ...forceParentTyped(ctx, index),
    ...eventSidesTrueFalse(ctx),
    ...placeCaptorChoice(ctx, index),
    ...placeCaptorTrueFalse(ctx, index),
    ...placeHolderChoice(ctx, index),
    ...operationParticipantsChoice(ctx, index),
  ];
  return all.filter((q) => reachableByStudySets(ctx, q));
}

// Used by other generators and the tests.
export { inSentence, isCertainlyElsewhere } from "./shared";
