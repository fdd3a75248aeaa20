import type { KnowledgeBase } from "./load";
import type { Citation } from "./schema";

/** Content targets for the unit (see docs/content.md). */
export const THRESHOLDS = { events: 120, places: 55, forces: 40, figures: 60 } as const;

/** Sections with fewer events than this are flagged as low coverage. */
export const LOW_COVERAGE_EVENTS = 2;

export interface SectionCoverage {
  doc: string;
  sourceId: string;
  section: string;
  events: number;
  places: number;
  forces: number;
  figures: number;
}

export interface CoverageReport {
  totals: {
    events: number;
    places: number;
    forces: number;
    figures: number;
    claimants: number;
    discrepancies: number;
    studySets: number;
  };
  sections: SectionCoverage[];
  /** Sections with fewer than LOW_COVERAGE_EVENTS events. */
  lowCoverage: SectionCoverage[];
  /** Human-readable reasons the thresholds are not met; empty when they are. */
  unmet: string[];
  thresholdsMet: boolean;
}

const key = (c: Citation) => `${c.doc}\u0000${c.section}`;

function keysOf(citations: Citation[]): Set<string> {
  return new Set(citations.map(key));
}

/**
 * Counts, per source section, the events, places, forces and figures citing it.
 * A place counts for a section when it cites the section itself (directly, in a
 * place note, or in a relation) or is named by an event citing the section.
 * A figure counts when any of its claims cites the section.
 */
export function computeCoverage(kb: KnowledgeBase): CoverageReport {
  const counts = new Map<string, { events: number; places: Set<string>; forces: number; figures: number }>();
  const bucket = (k: string) => {
    let b = counts.get(k);
    if (!b) counts.set(k, (b = { events: 0, places: new Set(), forces: 0, figures: 0 }));
    return b;
  };

  for (const e of kb.events) {
    for (const k of keysOf(e.citations)) {
      const b = bucket(k);
      b.events += 1;
      for (const p of e.places) b.places.add(p);
    }
  }
  for (const p of kb.places) {
    const ks = keysOf([...p.citations, ...p.relations.flatMap((r) => r.citations)]);
    for (const k of ks) bucket(k).places.add(p.id);
  }
  for (const f of kb.forces) for (const k of keysOf(f.citations)) bucket(k).forces += 1;
  for (const f of kb.figures) for (const k of keysOf(f.claims.flatMap((c) => c.citations))) bucket(k).figures += 1;

  const sections: SectionCoverage[] = kb.sources.flatMap((s) =>
    s.sections.map((section) => {
      const b = counts.get(key({ doc: s.file, section }));
      return {
        doc: s.file,
        sourceId: s.id,
        section,
        events: b?.events ?? 0,
        places: b?.places.size ?? 0,
        forces: b?.forces ?? 0,
        figures: b?.figures ?? 0,
      };
    }),
  );

  const totals = {
    events: kb.events.length,
    places: kb.places.length,
    forces: kb.forces.length,
    figures: kb.figures.length,
    claimants: kb.claimants.length,
    discrepancies: kb.discrepancies.length,
    studySets: kb.studySets.length,
  };

  const unmet: string[] = [];
  for (const [name, min] of Object.entries(THRESHOLDS) as [keyof typeof THRESHOLDS, number][]) {
    if (totals[name] < min) unmet.push(`${name}: ${totals[name]} < ${min}`);
  }
  for (const s of sections) if (s.events === 0) unmet.push(`no events cite ${s.doc} "${s.section}"`);

  return {
    totals,
    sections,
    lowCoverage: sections.filter((s) => s.events < LOW_COVERAGE_EVENTS),
    unmet,
    thresholdsMet: unmet.length === 0,
  };
}

/** The report as text: totals one per line, then an aligned table of sections, then the verdict. */
export function formatCoverage(report: CoverageReport): string {
  const t = report.totals;
  const lines = [
    `events: ${t.events}`,
    `places: ${t.places}`,
    `forces: ${t.forces}`,
    `figures: ${t.figures}`,
    `claimants: ${t.claimants}`,
    `discrepancies: ${t.discrepancies}`,
    `study sets: ${t.studySets}`,
    "",
  ];
  const header = ["document", "section", "events", "places", "forces", "figures", "note"];
  const rows = report.sections.map((s) => [
    s.doc,
    s.section,
    String(s.events),
    String(s.places),
    String(s.forces),
    String(s.figures),
    s.events === 0 ? "⚠ NO EVENTS" : s.events < LOW_COVERAGE_EVENTS ? "⚠ low coverage" : "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const numeric = new Set([2, 3, 4, 5]);
  const fmt = (r: string[]) =>
    r
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  lines.push(fmt(header), widths.map((w) => "-".repeat(w)).join("  ").trimEnd());
  let previousDoc = "";
  for (const r of rows) {
    const shown = [...r];
    if (r[0] === previousDoc) shown[0] = "";
    previousDoc = r[0]!;
    lines.push(fmt(shown));
  }
  lines.push("");
  const th = THRESHOLDS;
  const rule = `events ≥ ${th.events}, places ≥ ${th.places}, forces ≥ ${th.forces}, figures ≥ ${th.figures}, every section has an event`;
  lines.push(
    report.thresholdsMet
      ? `thresholds met (${rule})`
      : `thresholds NOT met (${rule}): ${report.unmet.join("; ")}`,
  );
  return lines.join("\n");
}
