/**
 * reasoning-matching: match each cause to its effect, within one study set.
 * Built from the cause-and-effect links of the set's reasoning entries, three
 * or four pairs per question. Sets with more links get several questions,
 * each over different links, so no pair is asked twice.
 */
import type { Reasoning } from "../../content/schema";
import { byId } from "../generators/context";
import { matchingQuestion } from "./build-question";
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
    const sets = [...new Set(ctx.kb.reasonings.flatMap((r) => r.studySets))].sort();
    const used = new Set<string>();
    return sets.flatMap((setId) => {
      const links = ctx.kb.reasonings.filter((r) => r.link && r.studySets.includes(setId) && !used.has(r.id)).sort(byId);
      return groupsOf(links).flatMap((group) => {
        group.forEach((r) => used.add(r.id));
        return matchingQuestion(
          ctx,
          TEMPLATE,
          group.map((r) => r.id),
          {
            category: "chronology",
            skill: "cause",
            prompt: "Match each cause to the effect it had.",
            premises: group.map((r) => ({ key: `cause:${r.id}`, text: r.link!.cause, match: `effect:${r.id}` })),
            options: group.map((r) => ({ key: `effect:${r.id}`, text: r.link!.effect })),
            explanation: group.map((r) => `${r.link!.cause} → ${r.link!.effect}.`).join(" "),
            sources: group.flatMap((r) => r.citations),
            refs: {},
            studySets: [...new Set(group.flatMap((r) => r.studySets))],
            difficulty: group.length >= 4 ? 3 : 2,
          },
        );
      });
    });
  },
};
