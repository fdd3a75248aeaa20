/**
 * campaign-dates: when a battle or campaign began, and when it ended. The
 * wrong options are the true date moved by one to three months, written in
 * the same style (a day stays a day, "mid-April" stays a part of a month), so
 * the format gives nothing away; half fall before the key and half after.
 * Dates known only to the year are not asked.
 */
import type { DateSpec } from "../../content/schema";
import { formatDate } from "../../content/dates";
import {
  byId,
  capitalize,
  makeOptions,
  optionId,
  questionId,
  refs,
  rngFor,
  type QuestionDraft,
} from "../generators/context";
import { campaignCitations, type QuestionKind } from "./kind";

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
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const campaign of [...ctx.kb.campaigns].sort(byId)) {
      for (const end of ["start", "end"] as const) {
        const spec = campaign[end];
        // "By September 2012" moved to "by December" would still be true: only plain dates are asked.
        if ("qualifier" in spec && spec.qualifier) continue;
        const qid = questionId(TEMPLATE, [campaign.id, end]);
        const rng = rngFor(ctx, qid);
        const before = rng.int(0, 3);
        const shifts = [...[-3, -2, -1].slice(3 - before), ...[1, 2, 3].slice(0, 3 - before)];
        const wrong = shifts.map((by) => shiftDate(spec, by));
        if (wrong.some((w) => w === null)) continue;
        const key = formatDate(spec);
        const texts = [key, ...wrong.map((w) => formatDate(w!))];
        if (new Set(texts).size !== texts.length) continue;
        // "the July 2012 capture of …" already tells when it began: not asked.
        const monthYear = /[A-Z][a-z]+ \d{4}/.exec(key)?.[0];
        if (campaign.inSentence.includes(key) || (monthYear && campaign.inSentence.includes(monthYear))) continue;
        const how = end === "start" ? campaign.startedWith : campaign.endedWith;
        const verb = end === "start" ? "begin" : "end";
        out.push({
          id: qid,
          category: "chronology",
          type: "multiple-choice",
          template: TEMPLATE,
          skill: "sequence",
          prompt: `When did ${campaign.inSentence} ${verb}?`,
          selectMany: false,
          options: makeOptions(qid, rng.shuffle(texts.map((text) => ({ key: `date:${text}`, text })))),
          answer: { correct: [optionId(qid, `date:${key}`)] },
          explanation:
            `${capitalize(campaign.inSentence)} ran ${formatDate(campaign.start)} to ${formatDate(campaign.end)}.` +
            (how ? ` It ${end === "start" ? "began with" : "ended with"} this: ${how.text.charAt(0).toLowerCase()}${how.text.slice(1)}.` : ""),
          sources: campaignCitations(campaign, how?.citations ?? []),
          refs: refs({ events: campaign.event ? [campaign.event] : [], places: campaign.places.slice(0, 1) }),
          studySets: campaign.studySets,
          difficulty: 1,
        });
      }
    }
    return out;
  },
};
