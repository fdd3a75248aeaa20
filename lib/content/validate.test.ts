import { describe, expect, it } from "vitest";
import { buildFixture, DOC_A, DOC_B } from "./test-fixtures";
import type { Problem } from "./validate";
import { formatProblems } from "./load";

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

describe("the real knowledge base", () => {
  it("validates with zero problems", async () => {
    const { checkKnowledgeBase } = await import("../../content/index");
    const { problems } = checkKnowledgeBase();
    // On failure the message lists every problem, as `npm run content:check` does.
    expect(formatProblems(problems), `${problems.length} problem(s)`).toBe("");
  });
});
