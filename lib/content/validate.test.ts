import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFixture, DOC_A, DOC_B } from "./test-fixtures";
import {
  claimsCompatible,
  firstConflict,
  genericActorWarnings,
  GENERIC_FORCE_IDS,
  normalizeTitle,
  splitSections,
  validateKnowledgeBase,
  type Problem,
} from "./validate";
import { formatProblems } from "./load";
import type { FigureValue } from "./schema";

/** Problems whose entity and id match and whose message matches `pattern`. */
function find(problems: Problem[], entity: Problem["entity"], id: string, pattern: RegExp) {
  return problems.filter((p) => p.entity === entity && p.id === id && pattern.test(p.message));
}

describe("validateKnowledgeBase on good data", () => {
  it("finds no problems in the fixture", () => {
    const { problems, warnings } = buildFixture();
    expect(formatProblems(problems)).toBe("");
    expect(warnings).toEqual([]);
  });
});

describe("validateKnowledgeBase catches", () => {
  it("an event naming an unknown place or force", () => {
    const { problems } = buildFixture((m) => {
      m.events[0]!.places.push("nowhere");
      m.events[0]!.forces.push({ force: "ghost-brigade", role: "attacker" });
    });
    expect(find(problems, "event", "2012-10-08-rebels-attack-alpha", /unknown place "nowhere"/)).toHaveLength(1);
    expect(find(problems, "event", "2012-10-08-rebels-attack-alpha", /unknown force "ghost-brigade"/)).toHaveLength(1);
  });

  it("an event clause that names a force or a number its title does not (a question hiding them would show them)", () => {
    const { problems } = buildFixture((m) => {
      m.events[1]!.clause = "Alpha Brigade began the siege of Beta base with 40 tanks";
    });
    expect(find(problems, "event", "2012-10-early-siege-of-beta", /names "alpha brigade"/)).toHaveLength(1);
    expect(find(problems, "event", "2012-10-early-siege-of-beta", /states 40/)).toHaveLength(1);
    // The fixture's own clauses say no more than their titles.
    expect(buildFixture().problems.filter((p) => /clause/.test(p.message))).toEqual([]);
  });

  it("a road stop on an unknown road, at an unknown place, citing an unknown section, or citing nothing", () => {
    const { problems } = buildFixture((_, input) => {
      input.bigPicture = {
        campaigns: [],
        reasonings: [],
        control: [],
        roadStops: [
          { road: "M99", place: "nowhere", citations: [{ doc: DOC_A, section: "No such section" }] },
          { road: "M5", place: "alpha-town", citations: [] },
        ],
      };
    });
    expect(find(problems, "road-stop", "M99/nowhere", /unknown road "M99"/)).toHaveLength(1);
    expect(find(problems, "road-stop", "M99/nowhere", /unknown place "nowhere"/)).toHaveLength(1);
    expect(find(problems, "road-stop", "M99/nowhere", /unknown section "No such section"/)).toHaveLength(1);
    expect(problems.filter((p) => p.entity === "road-stop" && /schema: citations/.test(p.message))).toHaveLength(1);
  });

  it("a figure pointing at an unknown event or claimant", () => {
    const { problems } = buildFixture((m) => {
      m.figures[0]!.event = "no-such-event";
      m.figures[0]!.claims[0]!.claimedBy = "nobody";
    });
    expect(find(problems, "figure", "alpha-rebels-killed", /unknown event/)).toHaveLength(1);
    expect(find(problems, "figure", "alpha-rebels-killed", /unknown claimant "nobody"/)).toHaveLength(1);
  });

  it("a figure with no attributed claim (schema) or an empty claimant", () => {
    const none = buildFixture((m) => {
      m.figures[0]!.claims = [];
      m.figures[0]!.disputed = false;
    }).problems;
    expect(find(none, "figure", "alpha-rebels-killed", /attributed claim/).length).toBeGreaterThan(0);
    const empty = buildFixture((m) => {
      m.figures[0]!.claims[1]!.claimedBy = "";
    }).problems;
    expect(find(empty, "figure", "alpha-rebels-killed", /claimedBy|names no claimant/).length).toBeGreaterThan(0);
  });

  it("differing claims not marked disputed, and a dispute with agreeing claims", () => {
    const undisputed = buildFixture((m) => {
      m.figures[0]!.disputed = false;
    }).problems;
    expect(find(undisputed, "figure", "alpha-rebels-killed", /different values .* disputed is false/)).toHaveLength(1);
    const agreeing = buildFixture((m) => {
      m.figures[0]!.claims[1]!.value = { kind: "exact", n: 25 };
    }).problems;
    expect(find(agreeing, "figure", "alpha-rebels-killed", /disputed is true but/)).toHaveLength(1);
  });

  it("a force with an unknown parent or a parent loop", () => {
    const unknown = buildFixture((m) => {
      m.forces[0]!.parent = "phantom-army";
    }).problems;
    expect(find(unknown, "force", "alpha-brigade", /parent "phantom-army"/)).toHaveLength(1);
    const loop = buildFixture((_m, input) => {
      input.forces[0]!.parent = "alpha-brigade";
    }).problems;
    expect(find(loop, "force", "rebels", /loops/)).toHaveLength(1);
  });

  it("a place relation pointing at an unknown place, and a note for an unknown place", () => {
    const { problems } = buildFixture((m) => {
      m.placeNotes[0]!.relations![0]!.place = "atlantis";
      m.placeNotes.push({ place: "el-dorado", citations: [{ doc: DOC_A, section: "lead" }] });
    });
    expect(find(problems, "place", "alpha-town", /unknown place "atlantis"/)).toHaveLength(1);
    expect(find(problems, "place-note", "el-dorado (fixture)", /unknown place/)).toHaveLength(1);
  });

  it("a discrepancy naming unknown events or figures", () => {
    const { problems } = buildFixture((m) => {
      m.discrepancies[0]!.events = ["2099-01-01-nothing"];
      m.discrepancies[1]!.figures = ["no-figure"];
    });
    expect(find(problems, "discrepancy", "beta-siege-start", /unknown event/)).toHaveLength(1);
    expect(find(problems, "discrepancy", "alpha-dead", /unknown figure/)).toHaveLength(1);
  });

  it("study sets with dangling references or no events", () => {
    const { problems } = buildFixture((_m, input) => {
      input.studySets.push({
        id: "broken-set",
        title: "Broken",
        description: "A set that points nowhere at all.",
        group: "theme",
        events: ["missing-event"],
        places: ["missing-place"],
        forces: ["missing-force"],
        figures: ["missing-figure"],
        match: { docs: ["999_ffffffffffffffff.txt"], tags: [], places: [], months: [] },
      });
      input.studySets.push({
        id: "empty-set",
        title: "Empty",
        description: "A set whose rule matches nothing.",
        group: "theme",
        match: { tags: ["heritage"], places: [], months: [], docs: [] },
      });
    });
    for (const what of [/unknown event/, /unknown place/, /unknown force/, /unknown figure/, /unknown document/, /no events/])
      expect(find(problems, "study-set", "broken-set", what)).toHaveLength(1);
    expect(find(problems, "study-set", "empty-set", /resolves to no events/)).toHaveLength(1);
  });

  it("citations of unknown documents or sections", () => {
    const { problems } = buildFixture((m) => {
      m.events[0]!.citations.push({ doc: "123_0000000000000000.txt", section: "lead" });
      m.forces[0]!.citations = [{ doc: DOC_B, section: "Infobox" }];
    });
    expect(find(problems, "event", "2012-10-08-rebels-attack-alpha", /unknown document/)).toHaveLength(1);
    expect(find(problems, "force", "alpha-brigade", /unknown section "Infobox"/)).toHaveLength(1);
  });

  it("duplicate ids within a kind", () => {
    const { problems } = buildFixture((m) => {
      m.events.push({ ...m.events[2]!, title: "Second copy of the strike" });
      m.claimants.push({ id: "monitor", name: "Another monitor", kind: "activist" });
    });
    expect(find(problems, "event", "2012-11-gamma-airstrike", /duplicate/)).toHaveLength(1);
    expect(find(problems, "claimant", "monitor", /duplicate/)).toHaveLength(1);
  });

  it("the same normalised name on two places, and on two forces", () => {
    const { problems } = buildFixture((m) => {
      // "Alfa" already belongs to alpha-town (gazetteer).
      m.places[0]!.aliases.push("ALFA");
      // "al-Alpha" normalises like "Alpha".
      m.placeNotes.push({ place: "beta-base", aliases: ["Alpha"], citations: [] });
      m.forces.push({
        id: "alpha-brigade-2",
        name: "Liwa' al-Alpha",
        aliases: ["liwa alpha"],
        kind: "brigade",
        side: "rebels",
        parent: "rebels",
        description: "A second entry for the same made-up brigade.",
        citations: [{ doc: DOC_A, section: "lead" }],
      });
    });
    expect(find(problems, "place", "epsilon-hill", /"ALFA" is also used by place alpha-town/)).toHaveLength(1);
    expect(find(problems, "place", "beta-base", /"Alpha" is also used by place alpha-town/)).toHaveLength(1);
    expect(find(problems, "force", "alpha-brigade-2", /also used by force alpha-brigade/)).toHaveLength(1);
  });

  it("an event dated outside the period of every source it cites", () => {
    const { problems } = buildFixture((m) => {
      m.events[2]!.date = { precision: "day", date: "2014-05-01" };
    });
    expect(find(problems, "event", "2012-11-gamma-airstrike", /outside the period/)).toHaveLength(1);
  });

  it("accepts an event inside the period of at least one cited source", () => {
    const { problems } = buildFixture((m) => {
      // Outside fixture B (Oct-Dec 2012) but inside fixture A (Jun 2012 - Apr 2013).
      m.events[1]!.date = { precision: "month", month: "2013-02" };
    });
    expect(find(problems, "event", "2012-10-early-siege-of-beta", /outside the period/)).toHaveLength(0);
  });

  it("an alternative date outside its own sources' period", () => {
    const { problems } = buildFixture((m) => {
      m.events[1]!.alternativeDates![0]!.date = { precision: "day", date: "2013-03-01" };
    });
    expect(find(problems, "event", "2012-10-early-siege-of-beta", /alternativeDates\[0\] date .* outside/)).toHaveLength(1);
  });

  it("a map-eligible place without coordinates", () => {
    const { problems } = buildFixture((m) => {
      m.places[0]!.mapEligible = true;
    });
    expect(find(problems, "place", "epsilon-hill", /map-eligible but has no coordinates/)).toHaveLength(1);
  });

  it("an alternative date without a discrepancy for its event", () => {
    const { problems } = buildFixture((m) => {
      m.discrepancies.splice(0, 1);
    });
    expect(find(problems, "event", "2012-10-early-siege-of-beta", /no discrepancy/)).toHaveLength(1);
  });

  it("a place that is neither cited nor named by an event", () => {
    const { problems } = buildFixture((m) => {
      m.events[1]!.places = ["beta-base"];
    });
    expect(find(problems, "place", "delta-village", /neither cited directly/)).toHaveLength(1);
  });

  it("but not an uncited highway waypoint", () => {
    const { problems } = buildFixture((m) => {
      m.places.push({ id: "road-point", name: "Road point", aliases: [], kind: "highway-point", governorate: "Idlib", mapEligible: false });
    });
    expect(find(problems, "place", "road-point", /neither cited/)).toHaveLength(0);
  });

  it("schema errors, reported with the folder they come from", () => {
    const { problems } = buildFixture((m) => {
      m.events[0]!.id = "Bad Id";
    });
    expect(problems.some((p) => p.entity === "event" && p.id === "Bad Id" && /\[fixture\] schema: id/.test(p.message))).toBe(true);
  });
});

describe("disputed figures: which claims differ", () => {
  const exact = (n: number): FigureValue => ({ kind: "exact", n });
  const atLeast = (n: number): FigureValue => ({ kind: "at-least", n });

  it("an at-least claim agrees with any exact number at or above it", () => {
    expect(claimsCompatible(atLeast(20), exact(31))).toBe(true);
    expect(claimsCompatible(exact(60), atLeast(40))).toBe(true);
    expect(claimsCompatible(atLeast(40), exact(40))).toBe(true);
    expect(claimsCompatible(atLeast(60), exact(25))).toBe(false);
  });

  it("an exact number agrees with a range only when inside it", () => {
    const range: FigureValue = { kind: "range", min: 20_000, max: 40_000 };
    expect(claimsCompatible(exact(30_000), range)).toBe(true);
    expect(claimsCompatible(range, exact(20_000))).toBe(true);
    expect(claimsCompatible(exact(45_000), range)).toBe(false);
    expect(claimsCompatible(atLeast(35_000), range)).toBe(true);
  });

  it("two exact numbers agree only when equal; lower bounds always agree", () => {
    expect(claimsCompatible(exact(190), exact(196))).toBe(false);
    expect(claimsCompatible(exact(2), exact(2))).toBe(true);
    expect(claimsCompatible(atLeast(10), atLeast(600))).toBe(true);
  });

  it("'about n' allows a tenth either side; a percentage only matches the same percentage", () => {
    expect(claimsCompatible({ kind: "approx", n: 400 }, exact(380))).toBe(true);
    expect(claimsCompatible({ kind: "approx", n: 400 }, exact(300))).toBe(false);
    expect(claimsCompatible({ kind: "percent", n: 70 }, exact(70))).toBe(false);
    expect(claimsCompatible({ kind: "percent", n: 70 }, { kind: "percent", n: 70 })).toBe(true);
  });

  it("finds the first pair that cannot both be true", () => {
    expect(firstConflict([atLeast(20), exact(31)])).toBeNull();
    expect(firstConflict([exact(25), exact(21), exact(65)])).toEqual([exact(25), exact(21)]);
  });

  it("rejects disputed on compatible claims, and accepts them undisputed", () => {
    const compatible = (disputed: boolean) =>
      buildFixture((m) => {
        m.figures[0]!.claims[0]!.value = { kind: "at-least", n: 20 };
        m.figures[0]!.claims[1]!.value = { kind: "exact", n: 31 };
        m.figures[0]!.disputed = disputed;
      }).problems;
    expect(find(compatible(true), "figure", "alpha-rebels-killed", /disputed is true but .*compatible/)).toHaveLength(1);
    expect(find(compatible(false), "figure", "alpha-rebels-killed", /./)).toHaveLength(0);
    const inRange = buildFixture((m) => {
      m.figures[0]!.claims[0]!.value = { kind: "exact", n: 30 };
      m.figures[0]!.claims[1]!.value = { kind: "range", min: 20, max: 40 };
      m.figures[0]!.disputed = false;
    }).problems;
    expect(find(inRange, "figure", "alpha-rebels-killed", /./)).toHaveLength(0);
  });
});

describe("event titles", () => {
  it("are compared lower-case, without punctuation or accents", () => {
    expect(normalizeTitle("Army retakes Maarat al-Numan (January 2020)")).toBe("army retakes maarat al numan january 2020");
    expect(normalizeTitle("Rebels take ARIHA!")).toBe(normalizeTitle("rebels take Arīha"));
  });

  it("may not repeat another event's title", () => {
    const { problems } = buildFixture((m) => {
      m.events[2]!.title = "rebels attack alpha-town!";
    });
    expect(find(problems, "event", "2012-11-gamma-airstrike", /also the title of event 2012-10-08-rebels-attack-alpha/)).toHaveLength(1);
  });

  it("are warned about when they state a number their figures ask for", () => {
    const { warnings } = buildFixture((m) => {
      m.events[0]!.title = "Rebels attack Alpha Town; twenty-five die";
    });
    expect(warnings).toEqual([]);
    const stated = buildFixture((m) => {
      m.events[0]!.title = "Rebels attack Alpha Town; 25 die";
    }).warnings;
    expect(find(stated, "event", "2012-10-08-rebels-attack-alpha", /states 25, a value of its figure alpha-rebels-killed/)).toHaveLength(1);
    // Digits inside a name are not a stated number.
    const named = buildFixture((m) => {
      m.events[0]!.title = "Rebels attack Alpha Town from the M25";
    }).warnings;
    expect(named).toEqual([]);
  });
});

describe("spellings", () => {
  it("warns about an alias mixing Latin and Arabic letters", () => {
    const { problems, warnings } = buildFixture((m) => {
      m.places[0]!.aliases.push("Epsilonہ");
    });
    expect(problems).toEqual([]);
    expect(find(warnings, "place", "epsilon-hill", /alias "Epsilonہ" mixes Latin and Arabic letters/)).toHaveLength(1);
  });
});

describe("named actors (generic sides where the document names the group)", () => {
  /** A fixture document A: a lead, then the section "Siege". */
  const DOC_A_TEXT = [
    "= Fixture A =",
    "",
    "Infobox",
    "- Units1: Alpha Brigade",
    "",
    "On 8 October, fighters of the Alpha Brigade stormed Alpha Town. Later the town was quiet.",
    "",
    "== Siege ==",
    "Early in October rebels surrounded Beta base.",
  ].join("\n");
  const seeds = new Map([[DOC_A, DOC_A_TEXT]]);

  it("splits a document into its infobox, lead and headed sections", () => {
    const sections = splitSections(DOC_A_TEXT);
    expect(sections.get("infobox")).toBe("- Units1: Alpha Brigade");
    expect(sections.get("lead")).toContain("On 8 October");
    expect(sections.get("lead")).not.toContain("Units1");
    expect(sections.get("Siege")).toBe("Early in October rebels surrounded Beta base.");
    const yaml = splitSections("---\nsubject: x\n---\n\nBody text.\n## June\nJune text.");
    expect(yaml.get("front matter")).toBe("subject: x");
    expect(yaml.get("lead")).toContain("Body text.");
    expect(yaml.get("June")).toBe("June text.");
  });

  it("the generic ids are the sides and the armed services, never a named group", () => {
    expect([...GENERIC_FORCE_IDS]).toEqual(expect.arrayContaining(["rebels", "government", "syrian-army"]));
    expect(GENERIC_FORCE_IDS.has("free-syrian-army")).toBe(false);
  });

  it("warns when an event credits only 'rebels' but its passage names a group", () => {
    const { kb } = buildFixture();
    const warnings = genericActorWarnings(kb, seeds);
    expect(warnings.map((w) => [w.id, w.severity])).toEqual([["2012-10-08-rebels-attack-alpha", "warning"]]);
    expect(warnings[0]!.message).toMatch(/credits only rebels on the rebels side, but its cited section "lead" names Alpha Brigade/);
    // The same check runs inside the validator when the documents are passed in.
    expect(find(validateKnowledgeBase(kb, { seedTexts: seeds }), "event", "2012-10-08-rebels-attack-alpha", /Alpha Brigade/)).toHaveLength(1);
  });

  it("is quiet once the event credits the group, and without the documents", () => {
    const { kb } = buildFixture((m) => {
      m.events[0]!.forces.push({ force: "alpha-brigade", role: "attacker" });
    });
    expect(genericActorWarnings(kb, seeds)).toEqual([]);
    const { warnings } = buildFixture();
    expect(warnings).toEqual([]);
    expect(genericActorWarnings(buildFixture().kb, new Map())).toEqual([]);
  });

  it("does not read a place inside a group's name as the event's place", () => {
    const text = ["= Fixture A =", "", "Fighters of the Alpha Town Brigade rested.", "", "== Siege ==", "Quiet."].join("\n");
    const { kb } = buildFixture((m) => {
      m.forces.push({
        id: "alpha-town-brigade",
        name: "Alpha Town Brigade",
        aliases: [],
        kind: "brigade",
        side: "rebels",
        parent: "rebels",
        description: "A made-up brigade named after the town.",
        citations: [{ doc: DOC_A, section: "lead" }],
      });
      // Undated, so the passage can only be found by the place's name.
      m.events[0]!.date = { precision: "month", month: "2012-10" };
    });
    expect(genericActorWarnings(kb, new Map([[DOC_A, text]]))).toEqual([]);
  });
});

describe("the real knowledge base", () => {
  it("validates with zero problems", async () => {
    const { checkKnowledgeBase } = await import("./load-knowledge-base");
    const { problems } = checkKnowledgeBase();
    // On failure the message lists every problem, as `npm run content:check` does.
    expect(formatProblems(problems), `${problems.length} problem(s)`).toBe("");
  });

  it("keeps events located only in Aleppo governorate out of the Idlib month sets", async () => {
    const { checkKnowledgeBase } = await import("./load-knowledge-base");
    const { locatedInAleppoOnly } = await import("../../content/core/study-sets");
    const { kb } = checkKnowledgeBase();
    const byId = new Map(kb.events.map((e) => [e.id, e]));
    const months = kb.studySets.filter((s) => s.id.startsWith("idlib-timeline-"));
    expect(months.length).toBeGreaterThan(0);
    for (const set of months)
      for (const id of set.events) expect(locatedInAleppoOnly(byId.get(id)!), `${set.id}: ${id}`).toBe(false);
    // ...and the Aleppo countryside set takes what the Idlib article tells of Aleppo governorate.
    const aleppo = kb.studySets.find((s) => s.id === "aleppo-countryside-2012")!;
    expect(aleppo.events).toContain("2012-07-fsa-takes-bab-al-salam");
  });

  const SEEDS_DIR = resolve(process.cwd(), "../shared/seeds");
  it.skipIf(!existsSync(SEEDS_DIR))("credits the named groups its documents name (seeds present)", async () => {
    const { checkKnowledgeBase } = await import("./load-knowledge-base");
    const { kb } = checkKnowledgeBase();
    const seeds = new Map(
      kb.sources.filter((s) => existsSync(join(SEEDS_DIR, s.file))).map((s) => [s.file, readFileSync(join(SEEDS_DIR, s.file), "utf8")]),
    );
    expect(formatProblems(genericActorWarnings(kb, seeds))).toBe("");
    // Reads and scans all five documents: about 5 s on a busy two-core machine, so not the default 5 s budget.
  }, 30_000);
});
