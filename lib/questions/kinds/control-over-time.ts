/**
 * Who held a place at a given time, from the control records
 * (content/big-picture/control.ts):
 * - control-choice: "In December 2012, who held the Wadi Deif base?", asked
 *   for a month that lies wholly inside one stated period, never for a month
 *   the documents leave open, and never for a month no document tells of
 *   (the rebels held Maarat al-Numan from 2012 to 2020, but nothing of 2016
 *   is in the sources);
 * - control-matching: for a place that changed hands, match each month to who
 *   held it then.
 */
import type { ControlPeriod, Side } from "../../content/schema";
import { daysInMonth, formatDate, startMonth } from "../../content/dates";
import { lowerFirst, SIDE_LABELS, subjectName, type GeneratorContext } from "../generators/context";
import { choiceQuestion, matchingQuestion, sideOption } from "./build-question";
import { forceName, type QuestionKind } from "./kind";

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

/**
 * The sides offered: those that hold a place in some control record. A side
 * that never holds one ("Kurdish forces" in this unit) would be an option
 * no student need consider.
 */
function sidesThatHoldPlaces(ctx: GeneratorContext): Side[] {
  const holders = new Set(ctx.kb.control.flatMap((record) => record.periods.map((period) => period.holder)));
  return (["rebels", "government", "kurdish"] as const).filter((side) => holders.has(side));
}

/**
 * Months (YYYY-MM) in which some event of the knowledge base begins: the months the documents tell of.
 * An event known only by its year ("in 2019") tells of no month.
 */
export function monthsTheDocumentsTellOf(ctx: Pick<GeneratorContext, "kb">): Set<string> {
  return new Set(ctx.kb.events.filter((event) => event.date.precision !== "year").map((event) => startMonth(event.date)));
}

/** The control records in place order, each with its place; records of unknown places are not asked. */
function recordsWithPlace(ctx: GeneratorContext) {
  return [...ctx.kb.control]
    .sort((a, b) => (a.place < b.place ? -1 : 1))
    .flatMap((record) => {
      const place = ctx.placeById.get(record.place);
      return place ? [{ record, place }] : [];
    });
}

export const controlChoice: QuestionKind = {
  template: "control-choice",
  asks: "who held a place in a given month",
  generate: (ctx) => {
    const sides = sidesThatHoldPlaces(ctx);
    const toldOf = monthsTheDocumentsTellOf(ctx);
    return recordsWithPlace(ctx).flatMap(({ record, place }) =>
      record.periods.flatMap((period) => {
        const months = monthsWithin(period).filter((month) => toldOf.has(month));
        if (months.length === 0) return [];
        const month = months[Math.floor(months.length / 2)]!;
        const holder = period.forces.length > 0 ? ` (${period.forces.map((f) => forceName(ctx, f)).join(", ")})` : "";
        return choiceQuestion(ctx, "control-choice", [record.place, period.from], () => ({
          category: "forces",
          skill: "control",
          prompt: `In ${monthName(month)}, who held ${subjectName(place)}?`,
          options: sides.map(sideOption),
          keys: [sideOption(period.holder).key],
          explanation: `${SIDE_LABELS[period.holder]}${holder}. ${period.basis}`,
          sources: period.citations,
          refs: { places: [record.place] },
          difficulty: 2,
        }));
      }),
    );
  },
};

export const controlMatching: QuestionKind = {
  template: "control-matching",
  asks: "who held a place at each of several dates, for a place that changed hands",
  generate: (ctx) => {
    const sides = sidesThatHoldPlaces(ctx);
    const toldOf = monthsTheDocumentsTellOf(ctx);
    return recordsWithPlace(ctx).flatMap(({ record, place }) => {
      const asked = record.periods
        .map((period) => ({ period, month: monthsWithin(period).find((month) => toldOf.has(month)) }))
        .filter((a): a is { period: ControlPeriod; month: string } => a.month !== undefined)
        .slice(0, 4);
      if (asked.length < 2 || new Set(asked.map((a) => a.period.holder)).size < 2) return [];
      const full = asked.map((a) => `${monthName(a.month)}: ${lowerFirst(SIDE_LABELS[a.period.holder])}. ${a.period.basis}`).join(" ");
      return matchingQuestion(ctx, "control-matching", [record.place], {
        category: "forces",
        skill: "control",
        prompt: `${place.name} changed hands. Match each month to who held ${subjectName(place)} then.`,
        premises: asked.map((a) => ({
          key: `month:${a.period.from}`,
          text: monthName(a.month),
          match: sideOption(a.period.holder).key,
        })),
        // Months in time order: the student reads how control changed.
        premisesInOrder: true,
        options: sides.map(sideOption),
        // The reasons for every period would run too long; then the months and holders alone.
        explanation:
          full.length <= 640
            ? full
            : `${asked.map((a) => `${monthName(a.month)}: ${lowerFirst(SIDE_LABELS[a.period.holder])}`).join("; ")}. ${asked[asked.length - 1]!.period.basis}`,
        sources: asked.flatMap((a) => a.period.citations),
        refs: { places: [record.place] },
        difficulty: 2,
      });
    });
  },
};
