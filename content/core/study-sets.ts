import type { z } from "zod";
import type { QuestionCategory, StudySetSchema } from "../../lib/content/schema";

/**
 * Study sets are rules, not lists, so they keep working as events are added.
 * How the loader resolves `match` (see docs/content.md):
 * - an event citing any document in `docs` joins;
 * - otherwise, when `tags`, `places` or `months` are given, an event joins if it
 *   satisfies every one of them that is non-empty (any listed tag, any listed
 *   place, starting in any listed month);
 * - events listed explicitly in `events` always join.
 */
type StudySetInput = z.input<typeof StudySetSchema>;

const MAARAT = "000_4e18d6cfd8d74cdd.txt";
const WADI_DEIF = "001_44796f8d6eb24ddf.txt";
const IDLIB = "002_475e68448c0becbd.txt";
const RECAPTURE = "003_5871927fd6ea0161.txt";
const ALEPPO = "004_27c65858f98fc532.txt";
const ALL_DOCS = [MAARAT, WADI_DEIF, IDLIB, RECAPTURE, ALEPPO];

const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

/** Every month from `from` to `to` inclusive, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${MONTH_NAMES[m - 1]} ${y}`;
}

const battleAndThemeSets: StudySetInput[] = [
  {
    id: "battle-of-maarat-al-numan-2012",
    title: "Battle of Maarat al-Numan, Oct 2012",
    description: "The rebel offensive of 8–13 October 2012 on Maarat al-Numan, the fighting along the M5 highway and the first attacks on the Wadi Deif base.",
    group: "battle",
    match: { docs: [MAARAT], months: ["2012-10"], places: ["maarat-al-numan"] },
    places: ["maarat-al-numan", "wadi-deif-base", "m5-wp04-maarat-al-numan"],
  },
  {
    id: "siege-of-wadi-deif",
    title: "Siege of Wadi Deif",
    description: "The six-month rebel siege of the Wadi Deif army base east of Maarat al-Numan, from October 2012 to April 2013.",
    group: "battle",
    match: { docs: [WADI_DEIF], places: ["wadi-deif-base"] },
    places: ["wadi-deif-base"],
  },
  {
    id: "taftanaz-airbase",
    title: "Taftanaz airbase",
    description: "The rebel attacks from August 2012 on the Taftanaz base, home of most army helicopters in Idlib, until rebels overran it in January 2013.",
    group: "battle",
    match: { places: ["taftanaz-airbase", "taftanaz"] },
    places: ["taftanaz-airbase", "taftanaz"],
  },
  {
    id: "border-crossings-summer-2012",
    title: "Border crossings, summer 2012",
    description: "How rebels took the crossings on the Turkish border, such as Bab al-Hawa and Bab al-Salam, between June and September 2012.",
    group: "theme",
    match: { tags: ["border-crossing"], months: monthsBetween("2012-06", "2012-09") },
    places: ["bab-al-hawa", "bab-al-salam"],
  },
  {
    id: "aleppo-countryside-2012",
    title: "Aleppo countryside, Feb–Jul 2012",
    description: "From the Aleppo bombings of February 2012 to the rebel sweep of the northern countryside and the start of the battle for Aleppo city.",
    group: "battle",
    match: { docs: [ALEPPO] },
  },
  {
    id: "maarat-al-numan-recaptured-2020",
    title: "Maarat al-Numan recaptured, 2020",
    description: "The government offensive of late January 2020 that took Maarat al-Numan back on the M5 highway, as a news article reported it.",
    group: "battle",
    match: { docs: [RECAPTURE] },
  },
];

/**
 * The Idlib timeline (June 2012 – April 2013) in periods. Busy months get a set
 * of their own; quiet ones (a handful of events each) are joined to a
 * neighbour, so every set is big enough to quiz on. A period set takes every
 * event starting in its months, whichever document reports it, so the summer
 * 2012 sets also hold the Aleppo countryside.
 */
export const TIMELINE_PERIODS: { from: string; to: string }[] = [
  { from: "2012-06", to: "2012-06" },
  { from: "2012-07", to: "2012-07" },
  { from: "2012-08", to: "2012-09" },
  { from: "2012-10", to: "2012-10" },
  { from: "2012-11", to: "2012-12" },
  { from: "2013-01", to: "2013-01" },
  { from: "2013-02", to: "2013-04" },
];

function periodLabel(from: string, to: string): string {
  if (from === to) return monthLabel(from);
  const [fromMonth, fromYear] = monthLabel(from).split(" ");
  const [toMonth, toYear] = monthLabel(to).split(" ");
  return fromYear === toYear ? `${fromMonth}–${toMonth} ${toYear}` : `${monthLabel(from)} – ${monthLabel(to)}`;
}

const monthSets: StudySetInput[] = TIMELINE_PERIODS.map(({ from, to }) => ({
  id: from === to ? `idlib-timeline-${from}` : `idlib-timeline-${from}-to-${to}`,
  title: `Month by month: ${periodLabel(from, to)}`,
  description: `Everything the documents report for ${periodLabel(from, to)}, in Idlib province and around Aleppo.`,
  group: "month",
  match: { months: monthsBetween(from, to) },
}));

const CATEGORY_TITLES: Record<QuestionCategory, [string, string]> = {
  chronology: ["Chronology", "Put events in order and date them, only where the sources allow it."],
  places: ["Places", "Where things happened: towns, bases, crossings and highways on the map."],
  forces: ["Forces", "Who fought whom: sides, groups, units and commanders."],
  figures: ["Figures", "Numbers of dead, captured and equipment lost, and who claimed them."],
};

/** One set per question category, over all events. */
const categorySets: StudySetInput[] = (Object.keys(CATEGORY_TITLES) as QuestionCategory[]).map((cat) => ({
  id: `all-${cat}`,
  title: `All events: ${CATEGORY_TITLES[cat][0]}`,
  description: CATEGORY_TITLES[cat][1],
  group: "category",
  match: { docs: ALL_DOCS },
  categories: [cat],
}));

export const studySets: StudySetInput[] = [...battleAndThemeSets, ...monthSets, ...categorySets];
