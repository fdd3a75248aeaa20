import type { KnowledgeBase } from "./knowledge-base";
import { ForceKindSchema, type Citation, type DateSpec, type FigureValue } from "./schema";
import { MONTH_NAMES } from "../taxonomy";
import { dateInterval, formatDate, intervalsOverlap } from "./dates";
import { normalizeName } from "./normalize-name";

export type EntityKind =
  | "source"
  | "place"
  | "place-note"
  | "force"
  | "claimant"
  | "event"
  | "figure"
  | "discrepancy"
  | "study-set"
  | "campaign"
  | "reasoning"
  | "control"
  | "road-stop";

export interface Problem {
  entity: EntityKind;
  id: string;
  message: string;
  /** Warnings are printed by the content check but do not fail it. */
  severity?: "error" | "warning";
}

export interface ValidateOptions {
  /**
   * The gazetteer rows the places came from. Two gazetteer places sharing a
   * spelling that both rows list is a warning about the gazetteer, not an
   * error in authored content; highway waypoints (which by design carry the
   * road's name and the town they sit on) are exempt altogether.
   */
  gazetteer?: { id: string; name: string; aliases: string[] }[];
  /**
   * The source documents' text, by file name. When given, events that credit
   * only generic sides while their cited passage names a group are warned
   * about (see `genericActorWarnings`). The documents live outside the
   * project, so callers pass them only when they can read them.
   */
  seedTexts?: ReadonlyMap<string, string>;
}

/**
 * Checks a loaded knowledge base for everything the schemas cannot see:
 * references, duplicates, dates against source periods, coordinates,
 * attributions, disputes and coverage of places. Pure: returns problems, never throws.
 */
export function validateKnowledgeBase(kb: KnowledgeBase, options: ValidateOptions = {}): Problem[] {
  const problems: Problem[] = [];
  const add = (entity: EntityKind, id: string, message: string) => problems.push({ entity, id, message });
  const warn = (entity: EntityKind, id: string, message: string) =>
    problems.push({ entity, id, message, severity: "warning" });
  const gazetteerKeys = new Map(
    (options.gazetteer ?? []).map((r) => [r.id, new Set([r.name, ...r.aliases].map(normalizeName))]),
  );

  // --- duplicate ids within each kind -----------------------------------
  const kinds: [EntityKind, { id: string }[]][] = [
    ["source", kb.sources],
    ["place", kb.places],
    ["force", kb.forces],
    ["claimant", kb.claimants],
    ["event", kb.events],
    ["figure", kb.figures],
    ["discrepancy", kb.discrepancies],
    ["study-set", kb.studySets],
  ];
  for (const [entity, items] of kinds) {
    const seen = new Set<string>();
    const reported = new Set<string>();
    for (const { id } of items) {
      if (seen.has(id) && !reported.has(id)) {
        add(entity, id, `duplicate ${entity} id (defined ${items.filter((x) => x.id === id).length} times)`);
        reported.add(id);
      }
      seen.add(id);
    }
  }

  const placeIds = new Set(kb.places.map((p) => p.id));
  const forceIds = new Set(kb.forces.map((f) => f.id));
  const claimantIds = new Set(kb.claimants.map((c) => c.id));
  const eventIds = new Set(kb.events.map((e) => e.id));
  const figureIds = new Set(kb.figures.map((f) => f.id));
  const sourceByFile = new Map(kb.sources.map((s) => [s.file, s]));

  // --- citations --------------------------------------------------------
  const checkCitations = (entity: EntityKind, id: string, where: string, citations: Citation[]) => {
    for (const c of citations) {
      const source = sourceByFile.get(c.doc);
      if (!source) add(entity, id, `${where}cites unknown document "${c.doc}"`);
      else if (!source.sections.includes(c.section))
        add(entity, id, `${where}cites unknown section "${c.section}" of ${c.doc} (valid: ${source.sections.join(", ")})`);
    }
  };

  // --- names shared by two places / two forces --------------------------
  const checkNames = (
    entity: EntityKind,
    items: { id: string; name: string; aliases: string[]; arabic?: string; kind: string; gazetteerId?: string }[],
  ) => {
    const owner = new Map<string, { id: string; spelling: string }>();
    const reported = new Set<string>();
    for (const item of items) {
      const spellings = [item.name, ...item.aliases, ...(item.arabic ? [item.arabic] : [])];
      const mine = new Set<string>();
      for (const spelling of spellings) {
        const key = normalizeName(spelling);
        if (key === "" || mine.has(key)) continue;
        mine.add(key);
        const other = owner.get(key);
        if (other && other.id !== item.id) {
          const pair = [other.id, item.id].sort().join("|") + "|" + key;
          if (!reported.has(pair)) {
            reported.add(pair);
            const message = `name "${spelling}" is also used by ${entity} ${other.id} ("${other.spelling}"); normalised "${key}"`;
            const otherItem = items.find((x) => x.id === other.id)!;
            const fromGazetteer = (x: { gazetteerId?: string }) =>
              x.gazetteerId !== undefined && (gazetteerKeys.get(x.gazetteerId)?.has(key) ?? false);
            if (entity === "place" && fromGazetteer(item) && fromGazetteer(otherItem)) {
              if (item.kind !== "highway-point" && otherItem.kind !== "highway-point")
                warn(entity, item.id, `${message} (both gazetteer rows list it: a gazetteer issue)`);
            } else add(entity, item.id, message);
          }
        } else if (!other) {
          owner.set(key, { id: item.id, spelling });
        }
      }
    }
  };
  checkNames("place", dedupeById(kb.places));
  checkNames("force", dedupeById(kb.forces));

  // --- sources ----------------------------------------------------------
  for (const s of kb.sources) {
    if (s.period.start > s.period.end) add("source", s.id, `period starts after it ends`);
    if (new Set(s.sections).size !== s.sections.length) add("source", s.id, `duplicate section names`);
  }
  {
    const files = new Set<string>();
    for (const s of kb.sources) {
      if (files.has(s.file)) add("source", s.id, `file ${s.file} is used by two sources`);
      files.add(s.file);
    }
  }

  // --- places -----------------------------------------------------------
  for (const p of kb.places) {
    checkCitations("place", p.id, "", p.citations);
    if (p.mapEligible && !p.coordinates)
      add("place", p.id, `map-eligible but has no coordinates (needs a resolved gazetteer row)`);
    for (const r of p.relations) {
      if (!placeIds.has(r.place)) add("place", p.id, `relation ${r.kind} points to unknown place "${r.place}"`);
      if (r.place === p.id) add("place", p.id, `relation ${r.kind} points to itself`);
      checkCitations("place", p.id, `relation ${r.kind} ${r.place} `, r.citations);
    }
  }
  for (const n of kb.placeNotes) {
    const label = `${n.place} (${n.origin})`;
    if (!placeIds.has(n.place)) add("place-note", label, `note for unknown place "${n.place}"`);
    checkCitations("place-note", label, "", n.citations);
    for (const r of n.relations) checkCitations("place-note", label, `relation ${r.kind} ${r.place} `, r.citations);
  }
  {
    const named = new Set(kb.events.flatMap((e) => e.places));
    // Highway waypoints are route geometry for the maps, not places taught on their own.
    for (const p of kb.places)
      if (p.citations.length === 0 && !named.has(p.id) && p.kind !== "highway-point")
        add("place", p.id, `neither cited directly (add a place note with citations) nor named by any event`);
  }

  // --- forces -----------------------------------------------------------
  const forceById = new Map(kb.forces.map((f) => [f.id, f]));
  for (const f of kb.forces) {
    checkCitations("force", f.id, "", f.citations);
    if (f.parent !== undefined) {
      if (!forceIds.has(f.parent)) add("force", f.id, `parent "${f.parent}" is not a known force`);
      else {
        // Walk up: detect cycles and side mismatches.
        const seen = new Set([f.id]);
        let cur = forceById.get(f.parent);
        while (cur) {
          if (seen.has(cur.id)) {
            add("force", f.id, `parent chain loops back through ${cur.id}`);
            break;
          }
          seen.add(cur.id);
          cur = cur.parent ? forceById.get(cur.parent) : undefined;
        }
        const parent = forceById.get(f.parent)!;
        if (parent.side !== f.side) add("force", f.id, `side "${f.side}" differs from parent ${parent.id}'s side "${parent.side}"`);
      }
    }
  }

  // --- events -----------------------------------------------------------
  const sourcesOf = (citations: Citation[]) =>
    [...new Set(citations.map((c) => c.doc))].map((d) => sourceByFile.get(d)).filter((s) => s !== undefined);
  const checkDateInPeriods = (id: string, where: string, date: DateSpec, citations: Citation[]) => {
    const cited = sourcesOf(citations);
    if (cited.length === 0) return;
    const interval = dateInterval(date);
    if (interval.start > interval.end) {
      add("event", id, `${where}date ${formatDate(date)} ends before it starts`);
      return;
    }
    if (!cited.some((s) => intervalsOverlap(interval, s.period)))
      add(
        "event",
        id,
        `${where}date ${formatDate(date)} lies outside the period of every cited source (${cited
          .map((s) => `${s.id}: ${s.period.start}..${s.period.end}`)
          .join("; ")})`,
      );
  };
  const discrepancyEvents = new Set(kb.discrepancies.flatMap((d) => d.events));
  for (const e of kb.events) {
    checkCitations("event", e.id, "", e.citations);
    checkDateInPeriods(e.id, "", e.date, e.citations);
    for (const p of e.places) if (!placeIds.has(p)) add("event", e.id, `unknown place "${p}"`);
    for (const f of e.forces) if (!forceIds.has(f.force)) add("event", e.id, `unknown force "${f.force}"`);
    e.alternativeDates.forEach((alt, i) => {
      checkCitations("event", e.id, `alternativeDates[${i}] `, alt.citations);
      checkDateInPeriods(e.id, `alternativeDates[${i}] `, alt.date, alt.citations);
    });
    if (e.alternativeDates.length > 0 && !discrepancyEvents.has(e.id))
      add("event", e.id, `has alternativeDates but no discrepancy lists this event`);
    if (new Set(e.places).size !== e.places.length) add("event", e.id, `lists a place twice`);
  }

  // --- event titles -----------------------------------------------------
  // A title is how a student tells events apart: no two may read the same.
  {
    const byTitle = new Map<string, string>();
    for (const e of kb.events) {
      const key = normalizeTitle(e.title);
      const other = byTitle.get(key);
      if (other !== undefined && other !== e.id)
        add("event", e.id, `title "${e.title}" is also the title of event ${other} (normalised "${key}")`);
      else byTitle.set(key, e.id);
    }
  }
  // --- event clauses ----------------------------------------------------
  // Questions that hide a place, a force or a number fall back to the clause
  // when the title keeps it hidden, so the clause must not name more than the title.
  {
    const named = [...kb.places, ...kb.forces].map((x) => ({ id: x.id, names: [x.name, ...x.aliases] }));
    for (const e of kb.events) {
      const title = ` ${normalizeTitle(e.title)} `;
      const clause = ` ${normalizeTitle(e.clause)} `;
      for (const { id, names } of named) {
        const extra = names.map(normalizeTitle).find((n) => n.length > 0 && clause.includes(` ${n} `) && !title.includes(` ${n} `));
        if (extra) add("event", e.id, `clause "${e.clause}" names "${extra}" (${id}), which the title does not`);
      }
      const titleNumbers = numbersInText(e.title);
      for (const n of numbersInText(e.clause))
        if (!titleNumbers.has(n)) add("event", e.id, `clause "${e.clause}" states ${n}, which the title does not`);
    }
  }
  {
    const figuresByEvent = new Map<string, typeof kb.figures>();
    for (const f of kb.figures) figuresByEvent.set(f.event, [...(figuresByEvent.get(f.event) ?? []), f]);
    for (const e of kb.events) {
      const inTitle = numbersInText(e.title);
      if (inTitle.size === 0) continue;
      for (const f of figuresByEvent.get(e.id) ?? []) {
        const hit = f.claims.flatMap((c) => valueNumbers(c.value)).find((n) => inTitle.has(n));
        if (hit !== undefined)
          warn("event", e.id, `title "${e.title}" states ${hit}, a value of its figure ${f.id} (the answer would show in the question)`);
      }
    }
  }

  // --- figures ----------------------------------------------------------
  for (const f of kb.figures) {
    if (!eventIds.has(f.event)) add("figure", f.id, `unknown event "${f.event}"`);
    if (f.claims.length === 0) add("figure", f.id, `has no attributed claim`);
    f.claims.forEach((c, i) => {
      if (!c.claimedBy) add("figure", f.id, `claim ${i + 1} names no claimant`);
      else if (!claimantIds.has(c.claimedBy)) add("figure", f.id, `claim ${i + 1}: unknown claimant "${c.claimedBy}"`);
      checkCitations("figure", f.id, `claim ${i + 1} `, c.citations);
      if (c.value.kind === "range" && c.value.min > c.value.max) add("figure", f.id, `claim ${i + 1}: range min > max`);
    });
    // Claims differ only when they cannot all be true: "at least 20" and "31" agree.
    const clash = firstConflict(f.claims.map((c) => c.value));
    if (clash && !f.disputed)
      add(
        "figure",
        f.id,
        `claims give different values (${describeValue(clash[0])} vs ${describeValue(clash[1])}) but disputed is false`,
      );
    if (!clash && f.disputed)
      add("figure", f.id, `disputed is true but all claims give the same or compatible values`);
  }

  // --- discrepancies ----------------------------------------------------
  for (const d of kb.discrepancies) {
    checkCitations("discrepancy", d.id, "", d.citations);
    for (const e of d.events) if (!eventIds.has(e)) add("discrepancy", d.id, `unknown event "${e}"`);
    for (const f of d.figures) if (!figureIds.has(f)) add("discrepancy", d.id, `unknown figure "${f}"`);
    if (d.events.length === 0 && d.figures.length === 0)
      add("discrepancy", d.id, `names no event and no figure`);
  }

  // --- study sets -------------------------------------------------------
  const docFiles = new Set(kb.sources.map((s) => s.file));
  for (const s of kb.studySets) {
    for (const e of s.events) if (!eventIds.has(e)) add("study-set", s.id, `unknown event "${e}"`);
    for (const p of [...s.places, ...(s.match?.places ?? [])])
      if (!placeIds.has(p)) add("study-set", s.id, `unknown place "${p}"`);
    for (const f of s.forces) if (!forceIds.has(f)) add("study-set", s.id, `unknown force "${f}"`);
    for (const f of s.figures) if (!figureIds.has(f)) add("study-set", s.id, `unknown figure "${f}"`);
    for (const d of s.match?.docs ?? []) if (!docFiles.has(d)) add("study-set", s.id, `match names unknown document "${d}"`);
    if (!s.events.some((e) => eventIds.has(e))) add("study-set", s.id, `resolves to no events`);
  }

  // --- spellings ---------------------------------------------------------
  // An alias mixing Latin and Arabic letters is a broken transliteration, never a real spelling.
  for (const [entity, items] of [
    ["place", kb.places],
    ["force", kb.forces],
  ] as const)
    for (const item of dedupeById<{ id: string; aliases: string[] }>(items))
      for (const alias of item.aliases)
        if (/[A-Za-z]/.test(alias) && ARABIC_LETTER.test(alias))
          warn(entity, item.id, `alias "${alias}" mixes Latin and Arabic letters`);

  // --- named actors -----------------------------------------------------
  if (options.seedTexts) problems.push(...genericActorWarnings(kb, options.seedTexts));

  return problems;
}

// ---------------------------------------------------------------------------
// Figures: when do two claims disagree?

/** The interval of numbers a claim allows; "about n" allows 10% either side. */
function valueInterval(v: FigureValue): { min: number; max: number } {
  switch (v.kind) {
    case "exact":
    case "percent":
      return { min: v.n, max: v.n };
    case "at-least":
      return { min: v.n, max: Infinity };
    case "approx":
      return { min: v.n * 0.9, max: v.n * 1.1 };
    case "range":
      return { min: v.min, max: v.max };
  }
}

/**
 * Can both claims be true at once? Two exact numbers must be equal; an
 * "at least" claim agrees with any number at or above it (and with another
 * "at least"); an exact number agrees with a range that contains it. A
 * percentage only ever agrees with the same percentage.
 */
export function claimsCompatible(a: FigureValue, b: FigureValue): boolean {
  if ((a.kind === "percent") !== (b.kind === "percent")) return false;
  const x = valueInterval(a);
  const y = valueInterval(b);
  return x.min <= y.max && y.min <= x.max;
}

/** The first pair of claims that cannot both be true, or null when all agree. */
export function firstConflict(values: FigureValue[]): [FigureValue, FigureValue] | null {
  for (let i = 0; i < values.length; i++)
    for (let j = i + 1; j < values.length; j++)
      if (!claimsCompatible(values[i]!, values[j]!)) return [values[i]!, values[j]!];
  return null;
}

function describeValue(v: FigureValue): string {
  switch (v.kind) {
    case "exact":
      return String(v.n);
    case "at-least":
      return `at least ${v.n}`;
    case "approx":
      return `about ${v.n}`;
    case "range":
      return `${v.min}-${v.max}`;
    case "percent":
      return `${v.n}%`;
  }
}

function valueNumbers(v: FigureValue): number[] {
  return v.kind === "range" ? [v.min, v.max] : [v.n];
}

// ---------------------------------------------------------------------------
// Titles

/** How titles are compared: lower case, accents and punctuation dropped. */
export function normalizeTitle(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, thousand: 1000,
};

/** Numbers a text states, as digits ("1,500", "5") or as words ("sixteen"). */
function numbersInText(text: string): Set<number> {
  const out = new Set<number>();
  // Digits that are part of a name ("M5", "Su-22", "17th") are not numbers the title states.
  for (const m of text.matchAll(/(?<![\p{L}\p{N}-])\d+(?:,\d{3})*(?:\.\d+)?(?![\p{L}\p{N}])/gu))
    out.add(Number(m[0].replace(/,/g, "")));
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) {
    const n = NUMBER_WORDS[m[0]];
    if (n !== undefined) out.add(n);
  }
  return out;
}

const ARABIC_LETTER = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;

// ---------------------------------------------------------------------------
// Named actors: generic sides where the document names the group

/**
 * Forces that stand for a whole side, not a named group. An event crediting
 * only these is fine when its passage names nobody; when the passage names a
 * group (the FSA, al-Nusra, a brigade), the event should credit it too.
 */
export const GENERIC_FORCE_IDS: ReadonlySet<string> = new Set([
  "rebels",
  "government",
  "syrian-armed-forces",
  "syrian-army",
  "syrian-air-force",
]);

/** Kinds of force that are named groups (not sides, armed services, people or agencies). */
const NAMED_GROUP_KINDS: ReadonlySet<string> = new Set(
  ForceKindSchema.exclude(["side", "armed-forces", "security-agency", "commander", "official"]).options,
);

const MONTHS = MONTH_NAMES.map((m) => m.toLowerCase());
const MONTH_ALT = MONTHS.join("|");
/** "8 October", "April 28", "17 may": a day of a month, either order. */
const DAY_OF_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(${MONTH_ALT})\\b|\\b(${MONTH_ALT})\\s+(\\d{1,2})\\b`, "gi");

/** Every "day month" a sentence mentions, as "MM-DD" keys. */
function daysMentioned(sentence: string): Set<string> {
  const out = new Set<string>();
  for (const m of sentence.matchAll(DAY_OF_MONTH)) {
    const day = Number(m[1] ?? m[4]);
    const month = MONTHS.indexOf((m[2] ?? m[3])!.toLowerCase()) + 1;
    if (day >= 1 && day <= 31) out.add(`${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return out;
}

/**
 * A source document cut into the sections citations name: YAML front matter,
 * the infobox, the lead (text before the first heading) and one entry per
 * heading (wiki "== x ==" or markdown "## x"), each running to the next
 * heading. A document without headings (loose excerpts, a news article) is one
 * block, which any section name not found maps to.
 */
export function splitSections(text: string): Map<string, string> {
  const sections = new Map<string, string>();
  let body = text.replace(/\r\n?/g, "\n");
  if (body.startsWith("---\n")) {
    const end = body.indexOf("\n---", 4);
    if (end > 0) {
      sections.set("front matter", body.slice(4, end));
      body = body.slice(body.indexOf("\n", end + 1) + 1);
    }
  }
  const lines = body.split("\n");
  let current = "lead";
  const chunks = new Map<string, string[]>([["lead", []]]);
  let inInfobox = false;
  for (const line of lines) {
    const wiki = /^(=+)\s*(.+?)\s*\1\s*$/.exec(line);
    const markdown = /^(#{1,6})\s+(.+?)\s*$/.exec(line);
    const heading = wiki ?? markdown;
    if (heading) {
      inInfobox = false;
      // A single "=" line is the document's own title, not a section.
      if (wiki && heading[1] === "=") continue;
      current = heading[2]!;
      if (!chunks.has(current)) chunks.set(current, []);
      continue;
    }
    if (/^infobox\s*$/i.test(line.trim())) {
      inInfobox = true;
      chunks.set("infobox", []);
      continue;
    }
    if (inInfobox) {
      if (line.trim() === "") inInfobox = false;
      else {
        chunks.get("infobox")!.push(line);
        continue;
      }
    }
    chunks.get(current)!.push(line);
  }
  for (const [name, chunk] of chunks) sections.set(name, chunk.join("\n"));
  sections.set("*", body);
  return sections;
}

/** A section's sentences, each with the line (paragraph) it belongs to. */
function sentencesOf(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  text.split("\n").forEach((line, i) => {
    for (const s of line.split(/(?<=[.!?])\s+(?=["“(\[]?[A-Z0-9])/)) if (s.trim() !== "") out.push({ line: i, text: s });
  });
  return out;
}

function spellingPattern(spelling: string): RegExp {
  const escaped = spelling.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/['’]/g, "['’]?");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu");
}

/** A sentence that moves the story to another day: "One day later", "The following day", "Around the same time". */
const NEXT_ITEM =
  /^\W*(?:(?:\d+|one|two|three|four|five|six|seven|ten) (?:days?|weeks?|months?) (?:later|after)|the (?:following|next) day|a day later|later that day|around the same time|meanwhile)\b/i;

const GOVERNORATE_NAMES = new Set(["idlib", "aleppo", "hama", "latakia", "damascus", "homs", "raqqa"]);

/**
 * Warns about events that credit only generic sides ("rebels", "the army")
 * while the passage of a cited section that tells the event names a group the
 * knowledge base knows.
 *
 * The passage starts at a sentence that gives the event's day ("26 December",
 * "April 28"), or failing that names one of its places, and runs on through
 * the paragraph until a sentence gives another day, moves on in time ("Two
 * days later") or starts another event's passage. A group named there is
 * accounted for when another event told by the same sentence (and lasting no
 * more than a month) credits it.
 */
export function genericActorWarnings(kb: KnowledgeBase, seedTexts: ReadonlyMap<string, string>): Problem[] {
  type KbEvent = (typeof kb.events)[number];
  type Sentence = { line: number; text: string };
  const problems: Problem[] = [];
  const forceById = new Map(kb.forces.map((f) => [f.id, f]));
  const placeById = new Map(kb.places.map((p) => [p.id, p]));
  const named = dedupeById(kb.forces)
    .filter((f) => NAMED_GROUP_KINDS.has(f.kind))
    .map((f) => ({ force: f, patterns: [f.name, ...f.aliases].filter((s) => s.trim().length >= 3).map(spellingPattern) }));
  const forcePatterns = dedupeById(kb.forces)
    .flatMap((f) => [f.name, ...f.aliases])
    .filter((s) => s.trim().length >= 3)
    .map((s) => new RegExp(spellingPattern(s).source, "giu"));
  // A place inside a group's name ("Darat Izza Brigade") does not place an event there.
  const withoutGroups = (text: string) => forcePatterns.reduce((t, p) => t.replace(p, " "), text);

  /** The force and every group above it. */
  const lineage = (id: string): string[] => {
    const out: string[] = [];
    for (let f = forceById.get(id); f && !out.includes(f.id); f = f.parent ? forceById.get(f.parent) : undefined) out.push(f.id);
    return out;
  };
  /** Does `event` credit `force`, one of its units, or a named group it belongs to? */
  const credits = (event: KbEvent, force: string) =>
    event.forces.some(
      ({ force: mine }) =>
        mine === force || (!GENERIC_FORCE_IDS.has(mine) && (lineage(mine).includes(force) || lineage(force).includes(mine))),
    );
  const sideOf = (id: string) => forceById.get(id)?.side;

  /** The day the documents state for an event, as "MM-DD" ("by 22 July" and ranges are the app's inference). */
  const statedDay = (event: KbEvent): string | null =>
    event.date.precision === "day" && event.date.qualifier !== "by" ? event.date.date.slice(5) : null;
  const placePatterns = (event: KbEvent) =>
    event.places
      .map((id) => placeById.get(id))
      .filter((p) => p !== undefined)
      .flatMap((p) => [p.name, ...p.aliases])
      .filter((s) => s.trim().length >= 3 && !GOVERNORATE_NAMES.has(s.trim().toLowerCase()))
      .map(spellingPattern);
  const lastsLong = (event: KbEvent) => {
    const { start, end } = dateInterval(event.date);
    return (Date.parse(end) - Date.parse(start)) / 86_400_000 > 31;
  };

  const sections = new Map<string, Map<string, string>>();
  const sentencesFor = (doc: string, section: string): Sentence[] | undefined => {
    const text = seedTexts.get(doc);
    if (text === undefined) return undefined;
    let split = sections.get(doc);
    if (!split) sections.set(doc, (split = splitSections(text)));
    return sentencesOf(split.get(section) ?? split.get("*")!);
  };

  const bySection = new Map<string, KbEvent[]>();
  for (const e of kb.events)
    for (const c of new Set(e.citations.map((c) => `${c.doc}\u0000${c.section}`)))
      bySection.set(c, [...(bySection.get(c) ?? []), e]);

  const reported = new Set<string>();
  for (const [key, events] of bySection) {
    const [doc, section] = key.split("\u0000") as [string, string];
    const sentences = sentencesFor(doc, section);
    if (!sentences) continue;
    const days = sentences.map((s) => daysMentioned(s.text));

    // Where each event starts: its stated day, else its places.
    const anchors = new Map<string, number[]>();
    for (const e of events) {
      const day = statedDay(e);
      const byDay = day ? sentences.flatMap((_, i) => (days[i]!.has(day) ? [i] : [])) : [];
      const patterns = placePatterns(e);
      anchors.set(
        e.id,
        byDay.length > 0 ? byDay : sentences.flatMap((s, i) => (patterns.some((p) => p.test(withoutGroups(s.text))) ? [i] : [])),
      );
    }
    const anchorOf = new Map<number, Set<string>>();
    for (const [id, list] of anchors) for (const i of list) anchorOf.set(i, new Set([...(anchorOf.get(i) ?? []), id]));

    const passages = new Map<string, Set<number>>();
    for (const e of events) {
      const day = statedDay(e);
      const out = new Set<number>();
      for (const start of anchors.get(e.id)!) {
        out.add(start);
        for (let i = start + 1; i < sentences.length && sentences[i]!.line === sentences[start]!.line; i++) {
          const otherDay = [...days[i]!].some((d) => d !== day);
          const otherEvent = [...(anchorOf.get(i) ?? [])].some((id) => id !== e.id);
          if (otherDay || otherEvent || NEXT_ITEM.test(sentences[i]!.text)) break;
          out.add(i);
        }
      }
      passages.set(e.id, out);
    }

    for (const event of events) {
      for (const { force, patterns } of named) {
        if (credits(event, force.id)) continue;
        const generic = event.forces.filter((f) => GENERIC_FORCE_IDS.has(f.force) && sideOf(f.force) === force.side);
        const specific = event.forces.filter((f) => !GENERIC_FORCE_IDS.has(f.force) && sideOf(f.force) === force.side);
        if (generic.length === 0 || specific.length > 0) continue;
        const unexplained = [...passages.get(event.id)!].filter(
          (i) =>
            patterns.some((p) => p.test(sentences[i]!.text)) &&
            !events.some(
              (other) => other.id !== event.id && !lastsLong(other) && passages.get(other.id)!.has(i) && credits(other, force.id),
            ),
        );
        if (unexplained.length === 0) continue;
        const id = `${event.id}|${force.id}`;
        if (reported.has(id)) continue;
        reported.add(id);
        problems.push({
          entity: "event",
          id: event.id,
          severity: "warning",
          message: `credits only ${[...new Set(generic.map((f) => f.force))].join(", ")} on the ${force.side} side, but its cited section "${section}" names ${force.name} (${force.id}) where it tells the event`,
        });
      }
    }
  }
  return problems;
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
