import { describe, expect, it } from "vitest";
import { buildFixture, DOC_A, DOC_B } from "./test-fixtures";
import { computeCoverage, formatCoverage, THRESHOLDS } from "./coverage";

describe("computeCoverage", () => {
  const { kb } = buildFixture();
  const report = computeCoverage(kb);
  const row = (doc: string, section: string) => report.sections.find((s) => s.doc === doc && s.section === section)!;

  it("counts totals", () => {
    expect(report.totals).toEqual({
      events: 3,
      places: 5,
      forces: 3,
      figures: 1,
      claimants: 2,
      discrepancies: 2,
      studySets: 2,
    });
  });

  it("lists every section of every source, in order", () => {
    expect(report.sections.map((s) => `${s.sourceId}/${s.section}`)).toEqual(["fixture-a/lead", "fixture-a/Siege", "fixture-b/body"]);
  });

  it("counts events, places (direct or via events), forces and figures per section", () => {
    // lead: event 1 (alpha-town); alpha-town's note cites lead; forces rebels, government, alpha-brigade; figure claim 1.
    expect(row(DOC_A, "lead")).toMatchObject({ events: 1, places: 1, forces: 3, figures: 1 });
    // Siege: events 2 and 3 -> beta-base, delta-village, gamma-airbase (also cited by its note).
    expect(row(DOC_A, "Siege")).toMatchObject({ events: 2, places: 3, forces: 0, figures: 0 });
    // body: event 2 -> beta-base, delta-village; epsilon-hill cited directly; figure claim 2.
    expect(row(DOC_B, "body")).toMatchObject({ events: 1, places: 3, forces: 0, figures: 1 });
  });

  it("flags sections under two events and reports unmet thresholds", () => {
    expect(report.lowCoverage.map((s) => s.section)).toEqual(["lead", "body"]);
    expect(report.thresholdsMet).toBe(false);
    expect(report.unmet).toContain(`events: 3 < ${THRESHOLDS.events}`);
  });

  it("reports a section with no events", () => {
    const { kb: thin } = buildFixture((m) => {
      m.events.splice(0, 1);
      m.figures = [];
      m.discrepancies.splice(1, 1);
    });
    const r = computeCoverage(thin);
    expect(r.sections.find((s) => s.section === "lead")!.events).toBe(0);
    expect(r.unmet).toContain(`no events cite ${DOC_A} "lead"`);
  });

  it("is met when totals reach the thresholds and every section has an event", () => {
    const fake = {
      ...kb,
      events: Array.from({ length: THRESHOLDS.events }, (_, i) => ({ ...kb.events[i % 3]!, id: `e-${i}` })),
      places: Array.from({ length: THRESHOLDS.places }, (_, i) => ({ ...kb.places[0]!, id: `p-${i}` })),
      forces: Array.from({ length: THRESHOLDS.forces }, (_, i) => ({ ...kb.forces[0]!, id: `f-${i}` })),
      figures: Array.from({ length: THRESHOLDS.figures }, (_, i) => ({ ...kb.figures[0]!, id: `g-${i}` })),
    };
    const r = computeCoverage(fake);
    expect(r.unmet).toEqual([]);
    expect(r.thresholdsMet).toBe(true);
    expect(formatCoverage(r)).toMatch(/^thresholds met/m);
  });
});

describe("formatCoverage", () => {
  const text = formatCoverage(computeCoverage(buildFixture().kb));
  it("prints totals first, one per line", () => {
    expect(text.split("\n").slice(0, 7)).toEqual([
      "events: 3",
      "places: 5",
      "forces: 3",
      "figures: 1",
      "claimants: 2",
      "discrepancies: 2",
      "study sets: 2",
    ]);
  });
  it("prints an aligned table with low coverage marked, and the verdict last", () => {
    const lines = text.split("\n");
    const table = lines.filter((l) => l.includes("lead") || l.includes("Siege") || l.includes("body"));
    expect(table).toHaveLength(3);
    expect(table[0]).toMatch(/⚠ low coverage/);
    expect(table[1]).not.toMatch(/⚠/);
    // Numbers right-aligned in the same columns.
    const col = (l: string) => l.search(/\d+\s+\d+\s+\d+\s+\d+/);
    expect(new Set(table.map(col)).size).toBe(1);
    expect(lines.at(-1)).toMatch(/^thresholds NOT met/);
  });
});
