/**
 * reasoning-choice: why something happened or why it mattered, with one best
 * answer. The question, the answer and the wrong answers are authored
 * knowledge (content/big-picture/reasons.ts); each wrong answer carries the
 * reason it is wrong, and the feedback names the most tempting one.
 */
import { byId, makeOptions, optionId, questionId, refs, rngFor, type QuestionDraft } from "../generators/context";
import type { QuestionKind } from "./kind";

const TEMPLATE = "reasoning-choice";

export const reasoningChoice: QuestionKind = {
  template: TEMPLATE,
  asks: "why something happened, or why it mattered (one best answer)",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const reasoning of [...ctx.kb.reasonings].sort(byId)) {
      const qid = questionId(TEMPLATE, [reasoning.id]);
      const rng = rngFor(ctx, qid);
      const distractors = rng.sample(reasoning.distractors, 3);
      const entries = [
        { key: "answer", text: reasoning.answer },
        ...distractors.map((d, i) => ({ key: `wrong:${reasoning.distractors.indexOf(d)}:${i}`, text: d.text })),
      ];
      const tempting = distractors[0]!;
      const campaign = reasoning.campaign ? ctx.kb.campaigns.find((c) => c.id === reasoning.campaign) : undefined;
      out.push({
        id: qid,
        category: "chronology",
        type: "multiple-choice",
        template: TEMPLATE,
        skill: reasoning.skill,
        prompt: reasoning.question,
        selectMany: false,
        options: makeOptions(qid, rng.shuffle(entries)),
        answer: { correct: [optionId(qid, "answer")] },
        explanation: `${reasoning.explanation} Why not “${tempting.text}”? ${tempting.whyWrong}`,
        sources: reasoning.citations,
        refs: refs({
          // One event at most: the question is about a reason, not a comparison of dates.
          events: (reasoning.events.length > 0 ? reasoning.events : campaign?.event ? [campaign.event] : []).slice(0, 1),
          places: reasoning.places,
          forces: reasoning.forces,
        }),
        studySets: reasoning.studySets.length > 0 ? reasoning.studySets : (campaign?.studySets ?? []),
        difficulty: 2,
      });
    }
    return out;
  },
};
