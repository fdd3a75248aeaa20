/**
 * Who held a place at a given time, from the control records
 * (content/big-picture/control.ts):
 * - control-choice: "In December 2012, who held the Wadi Deif base?", asked
 *   for a month that lies wholly inside one stated period, never for a month
 *   the documents leave open;
 * - control-matching: for a place that changed hands, match each month to who
 *   held it then.
 */
import type { ControlPeriod, Side } from "../../content/schema";
import { daysInMonth, formatDate } from "../../content/dates";
import {
  lowerFirst,
  makeOptions,
  optionId,
  questionId,
  refs,
  rngFor,
  SIDE_LABELS,
  subjectName,
  type QuestionDraft,
} from "../generators/context";
import { type QuestionKind } from "./kind";

/** Months (YYYY-MM) lying wholly inside a period. */
export function monthsWithin(period: Pick<ControlPeriod, "from" | "to">): string[] {
  const out: string[] = [];
  let [y, m] = period.from.split("-").map(Number) as [number, number];
  const [ty, tm] = period.to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    const month = `${y}-${String(m).padStart(2, "0")}`;
    const first = `${month}-01`;
    const last = `${month}-${String(daysInMonth(y, m)).padStart(2, "0")}`;
    if (first >= period.from && last <= period.to) out.push(month);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** "December 2012". */
export function monthName(month: string): string {
  return formatDate({ precision: "month", month });
}

const SIDES: Side[] = ["rebels", "government", "kurdish"];



export const controlChoice: QuestionKind = {
  template: "control-choice",
  asks: "who held a place in a given month",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const record of [...ctx.kb.control].sort((a, b) => (a.place < b.place ? -1 : 1))) {
      const place = ctx.placeById.get(record.place);
      if (!place) continue;
      for (const period of record.periods) {
        const months = monthsWithin(period);
        if (months.length === 0) continue;
        const month = months[Math.floor(months.length / 2)]!;
        const qid = questionId("control-choice", [record.place, period.from]);
        const rng = rngFor(ctx, qid);
        const holder = period.forces.length > 0 ? ` (${period.forces.map((f) => ctx.forceById.get(f)?.name ?? f).join(", ")})` : "";
        out.push({
          id: qid,
          category: "forces",
          type: "multiple-choice",
          template: "control-choice",
          skill: "control",
          prompt: `In ${monthName(month)}, who held ${subjectName(place)}?`,
          selectMany: false,
          options: makeOptions(qid, rng.shuffle(SIDES.map((side) => ({ key: `side:${side}`, text: SIDE_LABELS[side] })))),
          answer: { correct: [optionId(qid, `side:${period.holder}`)] },
          explanation: `${SIDE_LABELS[period.holder]}${holder}. ${period.basis}`,
          sources: period.citations,
          refs: refs({ places: [record.place] }),
          difficulty: 2,
        });
      }
    }
    return out;
  },
};

export const controlMatching: QuestionKind = {
  template: "control-matching",
  asks: "who held a place at each of several dates, for a place that changed hands",
  generate(ctx) {
    const out: QuestionDraft[] = [];
    for (const record of [...ctx.kb.control].sort((a, b) => (a.place < b.place ? -1 : 1))) {
      const place = ctx.placeById.get(record.place);
      const asked = record.periods
        .map((period) => ({ period, months: monthsWithin(period) }))
        .filter((p) => p.months.length > 0)
        .slice(0, 4);
      if (!place || asked.length < 2 || new Set(asked.map((a) => a.period.holder)).size < 2) continue;
      const qid = questionId("control-matching", [record.place]);
      const rng = rngFor(ctx, qid);
      const premiseEntries = asked.map((a) => ({ key: `month:${a.period.from}`, text: monthName(a.months[0]!) }));
      const premises = makeOptions(qid, premiseEntries);
      const options = makeOptions(qid, SIDES.map((side) => ({ key: `side:${side}`, text: SIDE_LABELS[side] })));
      const pairs: Record<string, string> = {};
      asked.forEach((a, i) => {
        pairs[premises[i]!.id] = options[SIDES.indexOf(a.period.holder)]!.id;
      });
      out.push({
        id: qid,
        category: "forces",
        type: "matching",
        template: "control-matching",
        skill: "control",
        prompt: `${place.name} changed hands. Match each month to who held ${subjectName(place)} then.`,
        premises,
        options: rng.shuffle(options),
        answer: { pairs },
        explanation: (() => {
          const full = asked.map((a) => `${monthName(a.months[0]!)}: ${lowerFirst(SIDE_LABELS[a.period.holder])}. ${a.period.basis}`).join(" ");
          // The reasons for every period would run too long; then the months and holders alone.
          return full.length <= 640
            ? full
            : `${asked.map((a) => `${monthName(a.months[0]!)}: ${lowerFirst(SIDE_LABELS[a.period.holder])}`).join("; ")}. ${asked[asked.length - 1]!.period.basis}`;
        })(),
        sources: asked.flatMap((a) => a.period.citations),
        refs: refs({ places: [record.place] }),
        difficulty: 2,
      });
    }
    return out;
  },
};
