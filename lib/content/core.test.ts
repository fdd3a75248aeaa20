import { describe, expect, it } from "vitest";
import { claimants } from "../../content/core/claimants";
import { forces } from "../../content/core/forces";
import { sources } from "../../content/core/sources";
import { monthsBetween, studySets } from "../../content/core/study-sets";
import { ClaimantSchema, ForceSchema, SourceSchema, StudySetSchema } from "./schema";

describe("core data", () => {
  it("parses with the schemas", () => {
    for (const s of sources) SourceSchema.parse(s);
    for (const f of forces) ForceSchema.parse(f);
    for (const c of claimants) ClaimantSchema.parse(c);
    for (const s of studySets) StudySetSchema.parse(s);
  });

  it("has the agreed ids", () => {
    expect(sources.map((s) => s.id)).toEqual([
      "maarat-battle-2012",
      "wadi-deif-siege",
      "idlib-clashes-2012-2013",
      "maarat-recapture-2020",
      "aleppo-clashes-2012",
    ]);
    expect(forces.map((f) => f.id).sort()).toEqual(
      [
        "rebels",
        "government",
        "free-syrian-army",
        "al-nusra-front",
        "ahrar-ash-sham",
        "suqour-al-sham",
        "syrian-armed-forces",
        "syrian-army",
        "syrian-air-force",
        "shabiha",
      ].sort(),
    );
    expect(claimants.map((c) => c.id)).toContain("encyclopedia-unattributed");
    expect(claimants).toHaveLength(13);
  });

  it("uses the agreed section names", () => {
    const byFile = Object.fromEntries(sources.map((s) => [s.file.slice(0, 3), s.sections]));
    expect(byFile["000"]).toEqual(["infobox", "lead", "Rebel offensive", "Military counter-attack and Wadi Deif siege", "Aftermath"]);
    expect(byFile["001"]).toEqual(["excerpts"]);
    // Front matter (the YAML header with the belligerents), lead, and ten month sections.
    expect(byFile["002"]).toHaveLength(12);
    expect(byFile["003"]).toEqual(["headline", "body"]);
    expect(byFile["004"]).toEqual(["infobox", "lead", "Background", "Bombings", "Armed clashes", "Aftermath"]);
  });
});

describe("study sets", () => {
  it("covers every month of the Idlib timeline, joining quiet months to a neighbour", () => {
    expect(monthsBetween("2012-06", "2013-04")).toHaveLength(11);
    expect(monthsBetween("2012-11", "2013-02")).toEqual(["2012-11", "2012-12", "2013-01", "2013-02"]);
    const months = studySets.filter((s) => s.group === "month");
    expect(months.map((s) => s.id)).toContain("idlib-timeline-2012-06");
    expect(months.map((s) => s.id)).toContain("idlib-timeline-2013-02-to-2013-04");
    expect(months.find((s) => s.id === "idlib-timeline-2012-08-to-2012-09")!.title).toBe("Month by month: August–September 2012");
    expect(months.find((s) => s.id === "idlib-timeline-2012-10")!.title).toBe("Month by month: October 2012");
    const covered = months.flatMap((s) => s.match?.months ?? []);
    expect([...covered].sort()).toEqual(monthsBetween("2012-06", "2013-04"));
  });
  it("has one set per question category over all documents", () => {
    const cats = studySets.filter((s) => s.group === "category");
    expect(cats.map((s) => s.categories)).toEqual([["chronology"], ["places"], ["forces"], ["figures"]]);
    for (const s of cats) expect(s.match?.docs).toHaveLength(5);
  });
  it("has unique ids", () => {
    const ids = studySets.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
