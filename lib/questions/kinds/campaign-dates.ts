/**
 * campaign-dates: when a battle or campaign began, and when it ended. The
 * wrong options are the true date moved by one to three months, written in
 * the same style (a day stays a day, "mid-April" stays a part of a month), so
 * the format gives nothing away; half fall before the key and half after.
 * Dates known only to the year are not asked.
 */
import type { DateSpec } from "../../content/schema";
import { datePhrase, formatDate } from "../../content/dates";
import { capitalize, lowerFirst } from "../generators/context";
import { choiceQuestion } from "./build-question";
import { aboutCampaign, campaignRefs, campaignsInOrder } from "./campaign-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-dates";

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The same date moved by `by` months, in the same style; null when it cannot be moved honestly. */
export function shiftDate(spec: DateSpec, by: number): DateSpec | null {
  switch (spec.precision) {
    case "day": {
      const day = Math.min(Number(spec.date.slice(8)), 28);
      return { ...spec, date: `${shiftMonth(spec.date.slice(0, 7), by)}-${String(day).padStart(2, "0")}` };
    }
    case "part-of-month":
      return { ...spec, month: shiftMonth(spec.month, by) };
    case "month":
      return { ...spec, month: shiftMonth(spec.month, by) };
    default:
      return null;
  }
}

export const campaignDates: QuestionKind = {
  template: TEMPLATE,
  asks: "when a battle or campaign began, and when it ended",
  generate: (ctx) =>
    campaignsInOrder(ctx).flatMap((campaign) =>
      (["start", "end"] as const).flatMap((end) => {
        const spec = campaign[end];
        // "By September 2012" moved to "by December" would still be true: only plain dates are asked.
        if ("qualifier" in spec && spec.qualifier) return [];
        return choiceQuestion(ctx, TEMPLATE, [campaign.id, end], (rng) => {
          const before = rng.int(0, 3);
          const shifts = [...[-3, -2, -1].slice(3 - before), ...[1, 2, 3].slice(0, 3 - before)];
          const wrong = shifts.map((by) => shiftDate(spec, by));
          if (wrong.some((w) => w === null)) return null;
          const key = formatDate(spec);
          const texts = [key, ...wrong.map((w) => formatDate(w!))];
          if (new Set(texts).size !== texts.length) return null;
          // "the July 2012 capture of …" already tells when it began: not asked.
          const monthYear = /[A-Z][a-z]+ \d{4}/.exec(key)?.[0];
          if (campaign.inSentence.includes(key) || (monthYear && campaign.inSentence.includes(monthYear))) return null;
          const how = end === "start" ? campaign.startedWith : campaign.endedWith;
          return {
            category: "chronology",
            skill: "sequence",
            prompt: `When did ${campaign.inSentence} ${end === "start" ? "begin" : "end"}?`,
            options: texts.map((text) => ({ key: `date:${text}`, text })),
            keys: [`date:${key}`],
            explanation:
              `${capitalize(campaign.inSentence)} began ${datePhrase(campaign.start)} and ended ${datePhrase(campaign.end)}.` +
              (how ? ` It ${end === "start" ? "began with" : "ended with"} ${lowerFirst(how.text)}.` : ""),
            ...aboutCampaign(campaign, how?.citations ?? []),
            refs: campaignRefs(campaign),
            difficulty: 1,
          };
        });
      }),
    ),
};
