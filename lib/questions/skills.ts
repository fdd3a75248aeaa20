/**
 * The skill each template of the category generators exercises. Question
 * kinds in `kinds/` set their own skill; a template missing here is a test
 * failure (skills.test.ts), so a new template cannot ship without one.
 */
import type { Skill } from "./types";

export const SKILL_BY_TEMPLATE: Record<string, Skill> = {
  // Chronology: putting events in time.
  "event-date-choice": "sequence",
  "which-first-choice": "sequence",
  "before-true-false": "sequence",
  "order-events": "sequence",
  "event-month-matching": "sequence",
  "event-year-numeric": "sequence",
  // Places: finding things on the map and in relation to each other.
  "event-place-choice": "locate",
  "event-place-typed": "locate",
  "event-map-pin": "locate",
  "place-map-pin": "locate",
  "place-governorate-choice": "locate",
  "place-governorate-true-false": "locate",
  "place-direction-true-false": "locate",
  "place-direction-choice": "locate",
  "on-highway-choice": "locate",
  "border-crossing-choice": "locate",
  "border-crossing-typed": "locate",
  "event-place-matching": "locate",
  "place-near-choice": "locate",
  "place-part-of-choice": "locate",
  // Forces: who fought for whom, who did what.
  "force-side-choice": "recall",
  "force-side-true-false": "recall",
  "force-side-matching": "recall",
  "place-captor-choice": "recall",
  "place-captor-true-false": "recall",
  "place-holder-choice": "control",
  "operation-participants-choice": "recall",
  "event-sides-true-false": "recall",
  "event-actor-choice": "recall",
  "event-defender-choice": "recall",
  "event-actor-typed": "recall",
  "commander-group-choice": "recall",
  "commander-typed": "recall",
  "force-parent-choice": "recall",
  "force-parent-typed": "recall",
  // Figures: a number and who gave it.
  "figure-value-numeric": "recall",
  "figure-value-choice": "recall",
  "figure-source-choice": "source",
  "figure-dispute-matching": "compare-accounts",
  "figure-dispute-range": "compare-accounts",
  "figure-dispute-choice": "compare-accounts",
};

export function skillOf(draft: { template: string; skill?: Skill }): Skill {
  const skill = draft.skill ?? SKILL_BY_TEMPLATE[draft.template];
  if (!skill) throw new Error(`Template "${draft.template}" has no skill: add it to SKILL_BY_TEMPLATE.`);
  return skill;
}
