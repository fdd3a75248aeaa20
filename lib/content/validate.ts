import type { KnowledgeBase } from "./load";
import type { Citation, DateSpec, FigureValue } from "./schema";
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
  | "study-set";

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

  // --- figures ----------------------------------------------------------
  const valueKey = (v: FigureValue) => JSON.stringify(v, Object.keys(v).sort());
  for (const f of kb.figures) {
    if (!eventIds.has(f.event)) add("figure", f.id, `unknown event "${f.event}"`);
    if (f.claims.length === 0) add("figure", f.id, `has no attributed claim`);
    f.claims.forEach((c, i) => {
      if (!c.claimedBy) add("figure", f.id, `claim ${i + 1} names no claimant`);
      else if (!claimantIds.has(c.claimedBy)) add("figure", f.id, `claim ${i + 1}: unknown claimant "${c.claimedBy}"`);
      checkCitations("figure", f.id, `claim ${i + 1} `, c.citations);
      if (c.value.kind === "range" && c.value.min > c.value.max) add("figure", f.id, `claim ${i + 1}: range min > max`);
    });
    const distinct = new Set(f.claims.map((c) => valueKey(c.value)));
    if (distinct.size > 1 && !f.disputed)
      add("figure", f.id, `claims give different values (${distinct.size}) but disputed is false`);
    if (distinct.size <= 1 && f.disputed)
      add("figure", f.id, `disputed is true but all claims give the same value`);
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

  return problems;
}

function dedupeById<T extends { id: string }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => (seen.has(x.id) ? false : (seen.add(x.id), true)));
}
