/**
 * Small hand-made content for the loader, validator and coverage tests.
 * Independent of the real documents' content.
 */
import type { ContentModule } from "./module";
import { parseGazetteer } from "./gazetteer";
import { buildKnowledgeBase, type KnowledgeBaseInput } from "./load";

export const DOC_A = "900_aaaaaaaaaaaaaaaa.txt";
export const DOC_B = "901_bbbbbbbbbbbbbbbb.txt";

export const FIXTURE_CSV = [
  "id,name,aliases,kind,governorate,lat,lon,source,confidence",
  'alpha-town,Alpha Town,Alfa;al-Alpha;ألفا,town,Idlib,35.1,36.1,"Test set, row 1",exact-dataset-match',
  "beta-base,Beta base,Beta military base,base,Idlib,35.2,36.2,approx: test,approximate-by-description",
  "gamma-airbase,Gamma airbase,Gamma air base,base,Aleppo,36.0,37.0,test,exact-dataset-match",
  "delta-village,Delta,Delta village,village,,,,not found,unresolved",
].join("\n");

/** Citations of both fixture documents, which disagree: a fresh list each time, so a test may break one. */
const citingBoth = (sectionOfA: string) => [
  { doc: DOC_A, section: sectionOfA },
  { doc: DOC_B, section: "body" },
];

export function fixtureModule(): ContentModule {
  return {
    events: [
      {
        id: "2012-10-08-rebels-attack-alpha",
        title: "Rebels attack Alpha Town",
        clause: "rebels attacked Alpha Town",
        date: { precision: "day", date: "2012-10-08" },
        places: ["alpha-town"],
        forces: [
          { force: "rebels", role: "attacker" },
          { force: "government", role: "defender" },
        ],
        outcome: "rebel-gain",
        summary: "A made-up attack used only by the tests.",
        tags: ["attack", "capture"],
        citations: [{ doc: DOC_A, section: "lead" }],
      },
      {
        id: "2012-10-early-siege-of-beta",
        title: "Siege of Beta base begins",
        clause: "the siege of Beta base began",
        date: { precision: "part-of-month", month: "2012-10", part: "early" },
        alternativeDates: [
          {
            date: { precision: "day", date: "2012-10-20" },
            citations: [{ doc: DOC_B, section: "body" }],
            note: "The second fixture document gives a later day.",
          },
        ],
        places: ["beta-base", "delta-village"],
        forces: [{ force: "rebels", role: "besieger" }],
        outcome: "inconclusive",
        summary: "A made-up siege used only by the tests.",
        tags: ["siege", "military-base"],
        citations: citingBoth("Siege"),
      },
      {
        id: "2012-11-gamma-airstrike",
        title: "Air strike near Gamma",
        clause: "an air strike hit near Gamma",
        date: { precision: "month", month: "2012-11" },
        places: ["gamma-airbase"],
        forces: [{ force: "government", role: "attacker" }],
        outcome: "casualties",
        summary: "A made-up air strike used only by the tests.",
        tags: ["airstrike"],
        citations: [{ doc: DOC_A, section: "Siege" }],
      },
    ],
    figures: [
      {
        id: "alpha-rebels-killed",
        event: "2012-10-08-rebels-attack-alpha",
        measure: "killed",
        subject: "rebel fighters",
        unit: "people",
        side: "rebels",
        claims: [
          { value: { kind: "exact", n: 25 }, claimedBy: "monitor", citations: [{ doc: DOC_A, section: "lead" }] },
          { value: { kind: "at-least", n: 60 }, claimedBy: "rebel-media", citations: [{ doc: DOC_B, section: "body" }] },
        ],
        disputed: true,
      },
    ],
    forces: [
      {
        id: "alpha-brigade",
        name: "Alpha Brigade",
        aliases: ["Liwa Alpha"],
        kind: "brigade",
        side: "rebels",
        parent: "rebels",
        description: "A made-up rebel brigade used only by the tests.",
        citations: [{ doc: DOC_A, section: "lead" }],
      },
    ],
    places: [
      {
        id: "epsilon-hill",
        name: "Epsilon Hill",
        aliases: ["Tal Epsilon"],
        kind: "region",
        governorate: "Idlib",
        mapEligible: false,
        citations: [{ doc: DOC_B, section: "body" }],
      },
    ],
    placeNotes: [
      {
        place: "alpha-town",
        aliases: ["ALFA", "Alpha-Town"],
        description: "A made-up town on a made-up highway, for the tests.",
        relations: [{ kind: "near", place: "beta-base", distanceKm: 2, citations: [{ doc: DOC_A, section: "lead" }] }],
        citations: [{ doc: DOC_A, section: "lead" }],
      },
      { place: "gamma-airbase", citations: [{ doc: DOC_A, section: "Siege" }] },
    ],
    claimants: [
      { id: "monitor", name: "A monitor", kind: "monitoring-group" },
      { id: "rebel-media", name: "Rebel media office", kind: "rebels", side: "rebels" },
    ],
    discrepancies: [
      {
        id: "beta-siege-start",
        kind: "date",
        summary: "The two fixture documents disagree on when the siege began.",
        events: ["2012-10-early-siege-of-beta"],
        citations: citingBoth("Siege"),
      },
      {
        id: "alpha-dead",
        kind: "figure",
        summary: "The monitor and the rebels give different death tolls.",
        figures: ["alpha-rebels-killed"],
        citations: citingBoth("lead"),
      },
    ],
  };
}

export function fixtureInput(contentModule: ContentModule = fixtureModule()): KnowledgeBaseInput {
  return {
    sources: [
      {
        id: "fixture-a",
        file: DOC_A,
        title: "Fixture A",
        inSentence: "the fixture A article",
        kind: "encyclopedia-article",
        publisher: "Test",
        period: { start: "2012-06-01", end: "2013-04-30" },
        licence: "test",
        sections: ["lead", "Siege"],
      },
      {
        id: "fixture-b",
        file: DOC_B,
        title: "Fixture B",
        inSentence: "the fixture B report",
        kind: "news-article",
        publisher: "Test",
        period: { start: "2012-10-01", end: "2012-12-31" },
        licence: "test",
        sections: ["body"],
      },
    ],
    forces: [
      {
        id: "rebels",
        name: "Rebels",
        aliases: [],
        kind: "side",
        side: "rebels",
        description: "Fixture side for the rebels.",
        citations: [{ doc: DOC_A, section: "lead" }],
      },
      {
        id: "government",
        name: "Government",
        aliases: ["regime forces"],
        kind: "side",
        side: "government",
        description: "Fixture side for the government.",
        citations: [{ doc: DOC_A, section: "lead" }],
      },
    ],
    claimants: [],
    studySets: [
      {
        id: "alpha-set",
        title: "Alpha",
        description: "Everything at Alpha Town, for the tests.",
        group: "battle",
        match: { places: ["alpha-town"] },
      },
      {
        id: "doc-b-set",
        title: "Doc B",
        description: "Everything citing fixture B, for the tests.",
        group: "battle",
        match: { docs: [DOC_B] },
      },
    ],
    modules: [{ name: "fixture", module: contentModule }],
    gazetteer: parseGazetteer(FIXTURE_CSV),
    governorateFill: { "delta-village": "Idlib" },
  };
}

/** Builds the fixture knowledge base after letting a test break the module. */
export function buildFixture(mutate?: (m: ContentModule, input: KnowledgeBaseInput) => void) {
  const contentModule = fixtureModule();
  const input = fixtureInput(contentModule);
  mutate?.(contentModule, input);
  return buildKnowledgeBase(input);
}
