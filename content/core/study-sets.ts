import type { z } from "zod";
import type { QuestionCategory, StudySetSchema } from "../../lib/content/schema";
import type { ContentModule } from "../../lib/content/module";
import { startMonth } from "../../lib/content/dates";
import { readGazetteer } from "../../lib/content/gazetteer";
import { monthLabel } from "../../lib/taxonomy";
import { contentModule as maaratBattle } from "../documents/000-maarat-battle";
import { contentModule as wadiDeifSiege } from "../documents/001-wadi-deif-siege";
import { contentModule as idlibClashes } from "../documents/002-idlib-clashes";
import { contentModule as maaratRecapture } from "../documents/003-maarat-recapture-2020";
import { contentModule as aleppoClashes } from "../documents/004-aleppo-clashes";

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

// ---------------------------------------------------------------------------
// Where events happened: Idlib or Aleppo governorate

type EventInput = ContentModule["events"][number];

const DOCUMENT_MODULES: ContentModule[] = [maaratBattle, wadiDeifSiege, idlibClashes, maaratRecapture, aleppoClashes];
const ALL_EVENTS: EventInput[] = DOCUMENT_MODULES.flatMap((m) => m.events);

/**
 * The governorate of every place the gazetteer and the document folders
 * define. Gazetteer rows that leave it empty are left out: an event at such a
 * place is judged by the documents it cites instead.
 */
const GOVERNORATE_OF: ReadonlyMap<string, string> = new Map([
  ...readGazetteer()
    .filter((row) => row.governorate !== "")
    .map((row): [string, string] => [row.id, row.governorate]),
  ...DOCUMENT_MODULES.flatMap((m) => m.places.map((p): [string, string] => [p.id, p.governorate])),
]);

/**
 * Did the event happen in Aleppo governorate only? Decided by its places
 * (highways crossing several governorates say nothing); an event with no
 * place of known governorate counts as Aleppo's when it cites only the
 * Aleppo clashes article.
 */
export function locatedInAleppoOnly(event: Pick<EventInput, "places" | "citations">): boolean {
  const governorates = event.places.map((p) => GOVERNORATE_OF.get(p)).filter((g) => g !== undefined && g !== "multiple");
  if (governorates.length > 0) return governorates.every((g) => g === "Aleppo");
  return event.citations.every((c) => c.doc === ALEPPO);
}

/** Places of a known governorate other than Aleppo: an event at any of them belongs to the Idlib timeline. */
const PLACES_OUTSIDE_ALEPPO = [...GOVERNORATE_OF]
  .filter(([, governorate]) => governorate !== "Aleppo" && governorate !== "multiple")
  .map(([id]) => id)
  .sort();

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
    // Everything the Aleppo article reports, plus what the Idlib article tells of places in Aleppo
    // governorate in 2012 (the Bab al-Salam and Jarabulus crossings).
    events: ALL_EVENTS.filter(
      (e) => startMonth(e.date).startsWith("2012-") && locatedInAleppoOnly(e) && !e.citations.some((c) => c.doc === ALEPPO),
    ).map((e) => e.id),
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
 * event starting in its months, whichever document reports it, except events
 * located in Aleppo governorate only: those belong to the Aleppo countryside
 * set, so a month set asks only about the Idlib fighting its title promises.
 *
 * The rule is written as `match` (months, and places outside Aleppo
 * governorate) plus the events that rule cannot reach (those with no place of
 * known governorate) listed explicitly.
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

const monthSets: StudySetInput[] = TIMELINE_PERIODS.map(({ from, to }) => {
  const months = monthsBetween(from, to);
  return {
    id: from === to ? `idlib-timeline-${from}` : `idlib-timeline-${from}-to-${to}`,
    title: `Month by month: ${periodLabel(from, to)}`,
    description: `The Idlib clashes month by month: everything the documents report for ${periodLabel(from, to)} in and around Idlib province. Fighting inside Aleppo governorate is in the Aleppo countryside set.`,
    group: "month",
    events: ALL_EVENTS.filter((e) => months.includes(startMonth(e.date)) && !locatedInAleppoOnly(e)).map((e) => e.id),
    match: { months, places: PLACES_OUTSIDE_ALEPPO },
  };
});

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
