/**
 * accounts-higher: two sources disagree about a number; which gave the higher
 * one, and why might they differ? Asked only for real disputes (claims the
 * validator accepts as incompatible), between claimants a reader cannot take
 * to include each other, where each gave a stated number. The feedback says
 * whose side each source speaks for, which is the usual reason counts differ.
 */
import { formatDate } from "../../content/dates";
import {
  attribution,
  byId,
  capitalize,
  makeOptions,
  optionId,
  questionId,
  refs,
  rngFor,
  sideInSentence,
  type QuestionDraft,
} from "../generators/context";
import {
  claimantsMayOverlap,
  labelOf,
  pointOf,
  statedAsNumber,
  valueInSentence,
  wordingOf,
} from "../generators/figures";
import { listInSentence, type QuestionKind } from "./kind";

const TEMPLATE = "accounts-higher";

export const accountsHigher: QuestionKind = {
  template: TEMPLATE,
  asks: "which of two sources gave the higher figure, and why accounts differ",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const figure of [...ctx.kb.figures].sort(byId)) {
      if (!figure.disputed) continue;
      const event = ctx.eventById.get(figure.event);
      if (!event) continue;
      const claims = figure.claims.filter(statedAsNumber);
      const names = claims.map((c) => attribution(ctx, c));
      if (claims.length < 2 || new Set(names).size !== names.length) continue;
      if (claims.some((a, i) => claims.slice(i + 1).some((b) => claimantsMayOverlap(ctx, a, b)))) continue;
      const points = claims.map((c) => pointOf(c.value));
      const highest = Math.max(...points);
      if (points.filter((p) => p === highest).length > 1) continue;
      const top = claims[points.indexOf(highest)]!;
      const wording = wordingOf(figure);
      const qid = questionId(TEMPLATE, [figure.id]);
      const rng = rngFor(ctx, qid);
      const entries = claims.map((c, i) => ({ key: `claim:${c.claimedBy}:${i}`, text: capitalize(names[i]!) }));
      const sides = claims
        .map((c, i) => ({ name: names[i]!, side: ctx.claimantById.get(c.claimedBy)?.side }))
        .filter((c) => c.side !== undefined);
      const why =
        sides.length >= 2 && new Set(sides.map((s) => s.side)).size >= 2
          ? ` The sources speak for different sides (${sides.map((s) => `${s.name}: ${sideInSentence(s.side!)}`).join("; ")}), and each side has reasons to count one side's losses high and the other's low.`
          : " Counts made at different times, or of slightly different groups of people, often differ.";
      const given = claims.map((c, i) => `${names[i]} gave ${valueInSentence(wording, c.value)}`);
      out.push({
        id: qid,
        category: "figures",
        type: "multiple-choice",
        template: TEMPLATE,
        skill: "compare-accounts",
        prompt: `${event.title.includes(formatDate(event.date)) ? event.title : `${event.title} (${formatDate(event.date)})`}: sources disagree about ${labelOf(wording)}. Which of them gave the higher figure?`,
        selectMany: false,
        options: makeOptions(qid, rng.shuffle(entries)),
        answer: { correct: [optionId(qid, `claim:${top.claimedBy}:${claims.indexOf(top)}`)] },
        explanation: `${capitalize(listInSentence(given))}.${why}`,
        sources: claims.flatMap((c) => c.citations),
        refs: refs({ events: [event.id], figures: [figure.id] }),
        difficulty: 2,
      });
    }
    return out;
  },
};
