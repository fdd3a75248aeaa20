/**
 * accounts-higher: sources disagree about a number; which gave the highest
 * one, and why might they differ? Asked only for real disputes (claims the
 * validator accepts as incompatible), between claimants a reader cannot take
 * to include each other, where each gave a stated number. The feedback says
 * whose side each source speaks for, which is the usual reason counts differ.
 *
 * Two sources make a coin toss, so at least three must have given a number;
 * and the highest must stand clearly apart from the rest (190 against 196
 * soldiers is near agreement, not two accounts to compare).
 */
import { attribution, byId, capitalize, sideInSentence } from "../generators/context";
import {
  claimantsMayOverlap,
  disputeScene,
  labelOf,
  pointOf,
  statedAsNumber,
  valueInSentence,
  wordingOf,
} from "../generators/figures";
import { choiceQuestion } from "./build-question";
import { listInSentence, type QuestionKind } from "./kind";

const TEMPLATE = "accounts-higher";
/** Fewer sources leave a coin toss between two options. */
const MIN_SOURCES = 3;
/** The highest figure is at least this many times every other: "65 against 25", not "196 against 190". */
const MIN_MARGIN = 1.5;

export const accountsHigher: QuestionKind = {
  template: TEMPLATE,
  asks: "which of several sources gave the highest figure, and why accounts differ",
  generate: (ctx) =>
    [...ctx.kb.figures].sort(byId).flatMap((figure) => {
      const event = ctx.eventById.get(figure.event);
      if (!figure.disputed || !event) return [];
      const claims = figure.claims.filter(statedAsNumber);
      const names = claims.map((c) => attribution(ctx, c));
      if (claims.length < MIN_SOURCES || new Set(names).size !== names.length) return [];
      if (claims.some((a, i) => claims.slice(i + 1).some((b) => claimantsMayOverlap(ctx, a, b)))) return [];
      const points = claims.map((c) => pointOf(c.value));
      const highest = Math.max(...points);
      const others = points.filter((p) => p !== highest);
      if (others.length !== points.length - 1 || others.some((p) => p * MIN_MARGIN > highest)) return [];
      // The same scene as the other dispute questions: a sentence, not a headline with its date in brackets.
      const scene = disputeScene(ctx, figure, event);
      if (!scene) return [];
      const wording = wordingOf(figure);
      const claimKey = (i: number) => `claim:${claims[i]!.claimedBy}:${i}`;
      const sides = claims
        .map((c, i) => ({ name: names[i]!, side: ctx.claimantById.get(c.claimedBy)?.side }))
        .filter((c) => c.side !== undefined);
      const why =
        sides.length >= 2 && new Set(sides.map((s) => s.side)).size >= 2
          ? ` The sources speak for different sides (${sides.map((s) => `${s.name}: ${sideInSentence(s.side!)}`).join("; ")}), and each side has reasons to count one side's losses high and the other's low.`
          : " Counts made at different times, or of slightly different groups of people, often differ.";
      const given = claims.map((c, i) => `${names[i]} gave ${valueInSentence(wording, c.value)}`);
      return choiceQuestion(ctx, TEMPLATE, [figure.id], () => ({
        category: "figures",
        skill: "compare-accounts",
        prompt: `${scene}. Sources disagree about ${labelOf(wording)}. Which of them gave the highest figure?`,
        options: claims.map((_, i) => ({ key: claimKey(i), text: capitalize(names[i]!) })),
        keys: [claimKey(points.indexOf(highest))],
        explanation: `${capitalize(listInSentence(given))}.${why}`,
        sources: claims.flatMap((c) => c.citations),
        refs: { events: [event.id], figures: [figure.id] },
        difficulty: 2,
      }));
    }),
};
