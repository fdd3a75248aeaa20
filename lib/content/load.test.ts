import { describe, expect, it } from "vitest";
import { buildFixture, DOC_A, DOC_B } from "./test-fixtures";
import { dedupeAliases, matchesStudySet } from "./load";
import { EventSchema } from "./schema";

describe("buildKnowledgeBase", () => {
  const { kb } = buildFixture();

  it("turns gazetteer rows into places with coordinates", () => {
    const alpha = kb.places.find((p) => p.id === "alpha-town")!;
    expect(alpha).toMatchObject({ gazetteerId: "alpha-town", kind: "town", governorate: "Idlib", mapEligible: true, arabic: "ألفا" });
    expect(alpha.coordinates).toEqual({ lat: 35.1, lon: 36.1, confidence: "exact-dataset-match", source: "Test set, row 1" });
    const delta = kb.places.find((p) => p.id === "delta-village")!;
    expect(delta).toMatchObject({ governorate: "Idlib", mapEligible: false, coordinates: null });
  });

  it("adds authored places after the gazetteer, without coordinates", () => {
    expect(kb.places.map((p) => p.id)).toEqual(["alpha-town", "beta-base", "gamma-airbase", "delta-village", "epsilon-hill"]);
    expect(kb.places.at(-1)!.coordinates).toBeNull();
  });

  it("merges place notes: aliases deduplicated case-insensitively, description, relations, citations", () => {
    const alpha = kb.places.find((p) => p.id === "alpha-town")!;
    expect(alpha.aliases).toEqual(["Alfa", "al-Alpha", "ألفا", "Alpha-Town"]);
    expect(alpha.description).toMatch(/made-up town/);
    expect(alpha.relations).toEqual([{ kind: "near", place: "beta-base", distanceKm: 2, citations: [{ doc: DOC_A, section: "lead" }] }]);
    expect(alpha.citations).toEqual([{ doc: DOC_A, section: "lead" }]);
  });

  it("merges two notes for the same place, keeping the first description", () => {
    const { kb: merged } = buildFixture((m) => {
      m.placeNotes.push({
        place: "alpha-town",
        aliases: ["alfa", "Alpha City"],
        description: "A second description that should not replace the first.",
        relations: [{ kind: "near", place: "beta-base", citations: [{ doc: DOC_B, section: "body" }] }],
        citations: [{ doc: DOC_A, section: "lead" }, { doc: DOC_B, section: "body" }],
      });
    });
    const alpha = merged.places.find((p) => p.id === "alpha-town")!;
    expect(alpha.aliases).toEqual(["Alfa", "al-Alpha", "ألفا", "Alpha-Town", "Alpha City"]);
    expect(alpha.description).toMatch(/made-up town/);
    expect(alpha.relations).toHaveLength(1);
    expect(alpha.relations[0]!.citations).toHaveLength(2);
    expect(alpha.citations).toEqual([{ doc: DOC_A, section: "lead" }, { doc: DOC_B, section: "body" }]);
  });

  it("applies schema defaults", () => {
    const strike = kb.events.find((e) => e.id === "2012-11-gamma-airstrike")!;
    expect(strike.alternativeDates).toEqual([]);
    expect(kb.discrepancies[1]!.events).toEqual([]);
  });

  it("resolves study sets to event ids", () => {
    const byId = new Map(kb.studySets.map((s) => [s.id, s]));
    expect(byId.get("alpha-set")!.events).toEqual(["2012-10-08-rebels-attack-alpha"]);
    expect(byId.get("doc-b-set")!.events).toEqual(["2012-10-early-siege-of-beta"]);
  });
});

describe("matchesStudySet", () => {
  const event = EventSchema.parse({
    id: "2012-07-20-rebels-take-crossing",
    title: "Rebels take a crossing",
    clause: "rebels took a crossing",
    date: { precision: "day", date: "2012-07-20" },
    places: ["crossing"],
    forces: [],
    outcome: "rebel-gain",
    summary: "A made-up capture of a border crossing.",
    tags: ["border-crossing", "capture"],
    citations: [{ doc: DOC_A, section: "lead" }],
  });
  const set = (match: Record<string, string[]>) => ({ match: { tags: [], places: [], months: [], docs: [], ...match } });

  it("joins any event citing a listed document", () => {
    expect(matchesStudySet(event, set({ docs: [DOC_A], months: ["2013-01"] }))).toBe(true);
    expect(matchesStudySet(event, set({ docs: [DOC_B] }))).toBe(false);
  });
  it("needs every non-empty rule list to match (any value within a list)", () => {
    expect(matchesStudySet(event, set({ tags: ["border-crossing"], months: ["2012-06", "2012-07"] }))).toBe(true);
    expect(matchesStudySet(event, set({ tags: ["border-crossing"], months: ["2012-08"] }))).toBe(false);
    expect(matchesStudySet(event, set({ tags: ["siege", "capture"] }))).toBe(true);
    expect(matchesStudySet(event, set({ places: ["elsewhere"] }))).toBe(false);
  });
  it("matches nothing without rules", () => {
    expect(matchesStudySet(event, set({}))).toBe(false);
    expect(matchesStudySet(event, { match: undefined })).toBe(false);
  });
});

describe("dedupeAliases", () => {
  it("drops blanks, case-insensitive repeats and the name itself", () => {
    expect(dedupeAliases(["Idleb", "idleb", " ", "Idlib", "Edlib "], "Idlib")).toEqual(["Idleb", "Edlib"]);
  });
});
