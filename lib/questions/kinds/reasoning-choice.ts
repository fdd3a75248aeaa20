/**
 * reasoning-choice: why something happened or why it mattered, with one best
 * answer. The question, the answer and the wrong answers are authored
 * knowledge (content/big-picture/reasons.ts); each wrong answer carries the
 * reason it is wrong, and the feedback names the most tempting one.
 */
import { byId } from "../generators/context";
import { choiceQuestion } from "./build-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "reasoning-choice";

export const reasoningChoice: QuestionKind = {
  template: TEMPLATE,
  asks: "why something happened, or why it mattered (one best answer)",
  generate: (ctx) =>
    [...ctx.kb.reasonings].sort(byId).flatMap((reasoning) =>
      choiceQuestion(ctx, TEMPLATE, [reasoning.id], (rng) => {
        const distractors = rng.sample(reasoning.distractors, 3);
        const tempting = distractors[0]!;
        const campaign = reasoning.campaign ? ctx.kb.campaigns.find((c) => c.id === reasoning.campaign) : undefined;
        return {
          category: "chronology",
          skill: reasoning.skill,
          prompt: reasoning.question,
          options: [
            { key: "answer", text: reasoning.answer },
            ...distractors.map((d, i) => ({ key: `wrong:${reasoning.distractors.indexOf(d)}:${i}`, text: d.text })),
          ],
          keys: ["answer"],
          explanation: `${reasoning.explanation} Why not “${tempting.text}”? ${tempting.whyWrong}`,
          sources: reasoning.citations,
          refs: {
            // One event at most: the question is about a reason, not a comparison of dates.
            events: (reasoning.events.length > 0 ? reasoning.events : campaign?.event ? [campaign.event] : []).slice(0, 1),
            places: reasoning.places,
            forces: reasoning.forces,
          },
          studySets: reasoning.studySets.length > 0 ? reasoning.studySets : (campaign?.studySets ?? []),
          difficulty: 2,
        };
      }),
    ),
};
