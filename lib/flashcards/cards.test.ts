/**
 * The flashcard deck: every card is answerable, cited, stable across builds,
 * and honest about numbers the sources disagree on.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import type { KnowledgeBase } from "../content/load";
import { createContext, attribution } from "../questions/generators/context";
import { generateQuestionBank } from "../questions/bank";
import { buildFlashcards, FLASHCARD_KINDS, newCardOrder, type Flashcard } from "./cards";

let kb: KnowledgeBase;
let cards: Flashcard[];

beforeAll(() => {
  kb = loadKnowledgeBase();
  cards = buildFlashcards(kb);
});

describe("flashcard deck", () => {
  it("has cards of every kind, with unique ids of the form kind:fact", () => {
    for (const kind of FLASHCARD_KINDS) expect(cards.filter((c) => c.kind === kind).length, kind).toBeGreaterThanOrEqual(20);
    expect(new Set(cards.map((c) => c.id)).size).toBe(cards.length);
    for (const card of cards) expect(card.id.startsWith(`${card.kind}:`)).toBe(true);
  });

  it("is identical when built twice (stable ids and order)", () => {
    expect(buildFlashcards(kb)).toEqual(cards);
  });

  it("keeps a card's id when the card's wording changes", () => {
    const renamed: KnowledgeBase = {
      ...kb,
      events: kb.events.map((e) => ({ ...e, summary: `${e.summary} Reworded.` })),
    };
    const rebuilt = buildFlashcards(renamed);
    expect(rebuilt.map((c) => c.id)).toEqual(cards.map((c) => c.id));
  });

  it("gives every card a front, a back and at least one source citation that exists", () => {
    const files = new Set(kb.sources.map((s) => s.file));
    for (const card of cards) {
      expect(card.front.length, card.id).toBeGreaterThan(5);
      expect(card.back.length, card.id).toBeGreaterThan(0);
      expect(card.sources.length, card.id).toBeGreaterThan(0);
      for (const s of card.sources) expect(files.has(s.doc), `${card.id} cites ${s.doc}`).toBe(true);
    }
  });

  it("never asks the same front twice within a kind", () => {
    for (const kind of FLASHCARD_KINDS) {
      const fronts = cards.filter((c) => c.kind === kind).map((c) => c.front.toLowerCase());
      expect(new Set(fronts).size, kind).toBe(fronts.length);
    }
  });

  it("puts cards in study sets, and every study set gets cards", () => {
    const setIds = new Set(kb.studySets.map((s) => s.id));
    for (const card of cards) for (const t of card.topics) expect(setIds.has(t)).toBe(true);
    for (const set of kb.studySets) expect(cards.filter((c) => c.topics.includes(set.id)).length, set.id).toBeGreaterThan(0);
    // Category sets only take their own kind of card.
    expect(cards.filter((c) => c.topics.includes("all-places")).every((c) => c.kind === "place-where")).toBe(true);
  });
});

describe("event date cards", () => {
  it("skip events with a disputed date or a date only known from the account's position", () => {
    const skipped = kb.events.filter((e) => e.alternativeDates.length > 0 || e.dateFromPosition);
    expect(skipped.length).toBeGreaterThan(0);
    const ids = new Set(cards.map((c) => c.id));
    for (const e of skipped) expect(ids.has(`event-date:${e.id}`), e.id).toBe(false);
  });

  it("never state the answer on the front", () => {
    for (const card of cards.filter((c) => c.kind === "event-date")) {
      expect(card.front).not.toMatch(/\b(19|20)\d\d\b/);
      expect(card.back).toMatch(/\b(19|20)\d\d\b/);
    }
  });
});

describe("figure cards", () => {
  it("show every claim of a disputed figure with its claimant, and say the sources disagree", () => {
    const ctx = createContext(kb, "test");
    const disputed = cards.filter((c) => c.kind === "figure-value" && kb.figures.find((f) => `figure-value:${f.id}` === c.id)?.disputed);
    expect(disputed.length).toBeGreaterThanOrEqual(3);
    for (const card of disputed) {
      const figure = kb.figures.find((f) => `figure-value:${f.id}` === card.id)!;
      expect(card.note).toMatch(/disagree/);
      for (const claim of figure.claims) {
        expect(card.back.toLowerCase(), card.id).toContain(attribution(ctx, claim).toLowerCase());
      }
      expect(card.back.split(";").length).toBeGreaterThanOrEqual(2);
    }
    const detainees = cards.find((c) => c.id === "figure-value:arabic-cultural-center-detainee-corpses");
    expect(detainees?.back).toMatch(/25 bodies.*21 bodies.*65 bodies/);
  });

  it("always say whose number it is on the front of an undisputed figure", () => {
    for (const card of cards.filter((c) => c.kind === "figure-value" && !c.note)) {
      expect(card.front, card.id).toMatch(/according to |what figure did .+ give for /i);
    }
  });

  it("ask a figure in a sentence, as its quiz question does, not as a headline after a dash", () => {
    const figureCards = cards.filter((c) => c.kind === "figure-value");
    expect(figureCards.length).toBeGreaterThan(150);
    for (const card of figureCards) {
      expect(card.front, card.id).not.toContain(" — ");
      expect(card.front, card.id).toMatch(/(how |what figure did .+ give for )[^?]*\?( Give each source's number\.)?$/i);
    }
    const telSelour = figureCards.find((c) => c.front.includes("Tel Selour"));
    expect(telSelour?.front).toMatch(/^On 16 July 2012, rebels attacked .*Tel Selour.*\. According to .*, how many .*\?$/);
  });
});

describe("place and force cards", () => {
  it("say the governorate of a place and how to find it", () => {
    const saraqib = cards.find((c) => c.id === "place-where:saraqib");
    expect(saraqib?.front).toBe("Where is Saraqib?");
    expect(saraqib?.back).toMatch(/Idlib Governorate/);
    expect(saraqib?.back).toMatch(/M4\/M5 junction/);
  });

  it("give the side of a unit and what it belongs to", () => {
    const brigade = cards.find((c) => c.id === "force-side:17th-armoured-brigade");
    expect(brigade?.front).toBe("17th Armoured Brigade: which side?");
    expect(brigade?.back).toMatch(/government side/i);
    expect(brigade?.back).toMatch(/Syrian Armed Forces/);
    expect(cards.some((c) => c.id === "force-side:rebels")).toBe(false);
  });
});

// Own words: no ten-word run of a source document on any card (same rule as tests/unit/own-words.test.ts).
const SEEDS_DIR = resolve(process.cwd(), "../shared/seeds");
describe.skipIf(!existsSync(SEEDS_DIR))("flashcards in the app's own words", () => {
  const words = (text: string) =>
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[‘’ʿʾ'`]/g, "")
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const runs = (text: string) => {
    const w = words(text);
    return Array.from({ length: Math.max(0, w.length - 9) }, (_, i) => w.slice(i, i + 10).join(" "));
  };

  it("repeats no ten-word run of a source document", () => {
    const copied = new Set<string>();
    for (const file of readdirSync(SEEDS_DIR).filter((f) => f.endsWith(".txt")))
      for (const run of runs(readFileSync(join(SEEDS_DIR, file), "utf8"))) copied.add(run);
    const offenders = cards.filter((c) => runs(`${c.front} ${c.back} ${c.note ?? ""}`).some((r) => copied.has(r)));
    expect(offenders.map((c) => c.id)).toEqual([]);
  });
});

describe("new cards start from the core", () => {
  const kb = loadKnowledgeBase();
  const bank = generateQuestionBank(kb);
  const deck = buildFlashcards(kb, bank);

  it("marks a card core in a set when a core question of that set asks about its fact", () => {
    const core = deck.filter((c) => c.coreIn.length > 0);
    expect(core.length).toBeGreaterThan(20);
    for (const card of core.slice(0, 50))
      for (const setId of card.coreIn) {
        expect(card.topics).toContain(setId);
        const factId = card.id.slice(card.kind.length + 1);
        const asked = bank.questions.some(
          (q) => q.coreIn.includes(setId) && Object.values(q.refs).some((ids) => (ids as string[]).includes(factId)),
        );
        expect(asked, `${card.id} in ${setId}`).toBe(true);
      }
  });

  it("orders a set's new cards core first, each group in deck order", () => {
    const setId = "siege-of-wadi-deif";
    const inSet = deck.filter((c) => c.topics.includes(setId));
    const ordered = newCardOrder(inSet, setId);
    const firstOther = ordered.findIndex((c) => !c.coreIn.includes(setId));
    expect(firstOther).toBeGreaterThan(0);
    expect(ordered.slice(firstOther).every((c) => !c.coreIn.includes(setId))).toBe(true);
    expect(ordered.slice(0, firstOther)).toEqual(inSet.filter((c) => c.coreIn.includes(setId)));
  });
});
