/**
 * campaign-dates: when a battle or campaign began, and when it ended. The
 * wrong options are the true date moved by one to three months, written in
 * the same style (the 29th stays the 29th, "mid-April" stays a part of a month),
 * so the format gives nothing away; some fall before the key and some after.
 * The campaign's own name gives nothing away either: no option falls outside a
 * year the name gives ("the battle for Harem in late 2012"), and a date whose
 * month the name gives ("the February–July 2012 clashes") is not asked. Dates
 * known only to the year are not asked.
 */
import type { DateSpec } from "../../content/schema";
import { datePhrase, formatDate } from "../../content/dates";
import { capitalize, lowerFirst } from "../generators/context";
import { choiceQuestion } from "./build-question";
import { aboutCampaign, campaignRefs, campaignsInOrder } from "./campaign-question";
import type { QuestionKind } from "./kind";

const TEMPLATE = "campaign-dates";

function daysInMonth(month: string): number {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const index = y * 12 + (m - 1) + by;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/**
 * The same date moved by `by` months, in the same style; null when it cannot be moved honestly (the 31st into a
 * month of 30 days would have to change its day, and a different day would mark the true date out).
 */
export function shiftDate(spec: DateSpec, by: number): DateSpec | null {
  switch (spec.precision) {
    case "day": {
      const month = shiftMonth(spec.date.slice(0, 7), by);
      if (Number(spec.date.slice(8)) > daysInMonth(month)) return null;
      return { ...spec, date: `${month}-${spec.date.slice(8)}` };
    }
    case "part-of-month":
      return { ...spec, month: shiftMonth(spec.month, by) };
    case "month":
      return { ...spec, month: shiftMonth(spec.month, by) };
    default:
      return null;
  }
}

/** Where the wrong dates go: 0–3 months before the key, the rest after. */
const ARRANGEMENTS = [0, 1, 2, 3].map((before) => [...[-3, -2, -1].slice(3 - before), ...[1, 2, 3].slice(0, 3 - before)]);

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
          const key = formatDate(spec);
          // "the July 2012 capture of …" or "the February–July 2012 clashes" already tells the month: not asked.
          const month = /([A-Z][a-z]+) \d{4}/.exec(key)?.[1];
          if (campaign.inSentence.includes(key) || (month && campaign.inSentence.includes(month))) return null;
          const namedYears = new Set(campaign.inSentence.match(/\b\d{4}\b/g) ?? []);
          // Every date a shift makes is written with its year last ("25 December 2012", "mid April 2013").
          const fits = (dates: DateSpec[]) => namedYears.size === 0 || dates.every((d) => namedYears.has(formatDate(d).slice(-4)));
          const wrong = rng
            .shuffle(ARRANGEMENTS)
            .map((shifts) => shifts.map((by) => shiftDate(spec, by)))
            .find((dates): dates is DateSpec[] => dates.every((d) => d !== null) && fits(dates));
          if (!wrong) return null;
          const texts = [key, ...wrong.map((w) => formatDate(w))];
          if (new Set(texts).size !== texts.length) return null;
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
