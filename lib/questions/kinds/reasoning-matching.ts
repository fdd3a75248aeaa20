/**
 * reasoning-matching: match each cause to its effect, within one study set.
 * Built from the cause-and-effect links of the set's reasoning entries, three
 * or four pairs per question. Sets with more links get several questions,
 * each over different links, so no pair is asked twice.
 */
import { makeOptions, questionId, refs, rngFor, type QuestionDraft } from "../generators/context";
import type { Reasoning } from "../../content/schema";
import type { QuestionKind } from "./kind";

const TEMPLATE = "reasoning-matching";

/** Groups of 3–4 links, in id order, with no group smaller than 3. */
function groupsOf(links: readonly Reasoning[]): Reasoning[][] {
  const groups: Reasoning[][] = [];
  let rest = [...links];
  while (rest.length >= 3) {
    const size = rest.length === 5 || rest.length === 6 ? 3 : Math.min(4, rest.length);
    groups.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return groups;
}

export const reasoningMatching: QuestionKind = {
  template: TEMPLATE,
  asks: "match each cause to its effect within a study set",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    const sets = [...new Set(ctx.kb.reasonings.flatMap((r) => r.studySets))].sort();
    const used = new Set<string>();
    for (const setId of sets) {
      const links = ctx.kb.reasonings
        .filter((r) => r.link && r.studySets.includes(setId) && !used.has(r.id))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const group of groupsOf(links)) {
        group.forEach((r) => used.add(r.id));
        const qid = questionId(TEMPLATE, group.map((r) => r.id));
        const rng = rngFor(ctx, qid);
        const premises = makeOptions(qid, group.map((r) => ({ key: `cause:${r.id}`, text: r.link!.cause })));
        const options = makeOptions(qid, group.map((r) => ({ key: `effect:${r.id}`, text: r.link!.effect })));
        const pairs: Record<string, string> = {};
        premises.forEach((p, i) => {
          pairs[p.id] = options[i]!.id;
        });
        out.push({
          id: qid,
          category: "chronology",
          type: "matching",
          template: TEMPLATE,
          skill: "cause",
          prompt: "Match each cause to the effect it had.",
          premises: rng.shuffle(premises),
          options: rng.shuffle(options),
          answer: { pairs },
          explanation: group.map((r) => `${r.link!.cause} → ${r.link!.effect}.`).join(" "),
          sources: group.flatMap((r) => r.citations),
          refs: refs({}),
          studySets: [...new Set(group.flatMap((r) => r.studySets))],
          difficulty: group.length >= 4 ? 3 : 2,
        });
      }
    }
    return out;
  },
};
