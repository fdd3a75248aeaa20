/**
 * Every question kind beyond the four category generators, in the order the
 * bank runs them. Adding a kind: one new file in this folder, one line here.
 */
import type { QuestionKind } from "./kind";
import { accountsHigher } from "./accounts-higher";
import { campaignBackers } from "./campaign-backers";
import { campaignBelligerents } from "./campaign-belligerents";
import { campaignCommanders } from "./campaign-commanders";
import { campaignDates } from "./campaign-dates";
import { campaignResult } from "./campaign-result";
import { campaignTarget } from "./campaign-target";
import { campaignCaptor, campaignTerritory } from "./campaign-territory";
import { campaignUnits } from "./campaign-units";
import { controlChoice, controlMatching } from "./control-over-time";
import { reasoningChoice } from "./reasoning-choice";
import { reasoningMatching } from "./reasoning-matching";

export const QUESTION_KINDS: readonly QuestionKind[] = [
  campaignBelligerents,
  campaignCommanders,
  campaignUnits,
  campaignDates,
  campaignResult,
  campaignTarget,
  campaignTerritory,
  campaignCaptor,
  campaignBackers,
  reasoningChoice,
  reasoningMatching,
  controlChoice,
  controlMatching,
  accountsHigher,
];
