/**
 * Every study set, and a set of questions full of characters that need escaping, exported in all
 * six formats and read back by the importer's own parser or schema (see check-exports.ts).
 */
import { describe, expect, it } from "vitest";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { exportFlashcardDeck, exportQuestions, flashcardBackText, type DeckCard } from "@/lib/exports/export-questions";
import { ankiHtml } from "@/lib/exports/apkg";
import { EXPORT_FORMATS, type ExportContext } from "@/lib/exports/shared";
import { buildFlashcards } from "@/lib/flashcards/cards";
import { DEFAULT_BANK_SEED, generateQuestionBank } from "@/lib/questions/bank";
import type { Question } from "@/lib/questions/types";
import { bytesOf, checkAnki, checkCsv, checkGift, checkKahoot, checkQti, checkQuizlet, expectedQuestionCards, parseQuizlet } from "./check-exports";
import { HOSTILE_QUESTIONS } from "./hostile-questions";

const kb = loadKnowledgeBase();
const bank = generateQuestionBank(kb, DEFAULT_BANK_SEED);
const sourceTitles = new Map(kb.sources.map((s) => [s.file, s.title]));

async function exportAndCheck(questions: readonly Question[], title: string): Promise<Record<string, number>> {
  const context: ExportContext = { title, sourceTitles };
  const exported: Record<string, number> = {};
  for (const format of EXPORT_FORMATS) {
    const file = exportQuestions(questions, format, context);
    const bytes = await bytesOf(file.body);
    const kept = questions.filter((q) => !file.report.leftOut.some((l) => l.id === q.id));
    expect(file.report.exported + file.report.leftOut.length, format).toBe(questions.length);
    switch (format) {
      case "gift":
        checkGift(bytes.toString("utf8"), questions, file.report, context);
        break;
      case "qti":
        await checkQti(bytes, questions, file.report);
        break;
      case "apkg":
        await checkAnki(bytes, title, expectedQuestionCards(kept, context));
        break;
      case "kahoot":
        checkKahoot(bytes, questions, file.report);
        break;
      case "quizlet":
        checkQuizlet(bytes.toString("utf8"), kept, context);
        break;
      case "csv":
        checkCsv(bytes, kept, context);
        break;
    }
    exported[format] = file.report.exported;
  }
  return exported;
}

describe("exports of every study set", () => {
  for (const set of kb.studySets) {
    it(`${set.title}: all six formats read back by their importers`, { timeout: 60_000 }, async () => {
      const questions = bank.questions.filter((q) => q.topics.includes(set.id));
      expect(questions.length).toBeGreaterThan(0);
      const exported = await exportAndCheck(questions, set.title);
      // Formats that hold every type keep every question; citations never show a file name.
      expect(exported.qti).toBe(questions.length);
      expect(exported.apkg).toBe(questions.length);
      expect(exported.csv).toBe(questions.length);
      expect(exported.gift).toBeGreaterThan(0);
    });
  }

  it("never writes a source file name into a citation", async () => {
    const set = kb.studySets[0]!;
    const file = exportQuestions(bank.questions.filter((q) => q.topics.includes(set.id)), "quizlet", { title: set.title, sourceTitles });
    expect((await bytesOf(file.body)).toString("utf8")).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });
});

describe("text that needs escaping", () => {
  it("survives every format, and what a format cannot hold is left out with a reason", { timeout: 60_000 }, async () => {
    const exported = await exportAndCheck(HOSTILE_QUESTIONS, `Escapes: "quotes" {braces} ~ = # : \\ <xml> & حلب 😀`);
    expect(exported).toMatchObject({ qti: 8, apkg: 8, quizlet: 8, csv: 8 });
    const gift = exportQuestions(HOSTILE_QUESTIONS, "gift", { title: "x", sourceTitles });
    expect(gift.report.leftOut.map((l) => l.id).sort()).toEqual(["hostile-order", "hostile-pin"]);
    const kahoot = exportQuestions(HOSTILE_QUESTIONS, "kahoot", { title: "x", sourceTitles });
    // Kahoot takes only quiz questions of at most 120 characters: the long ones are left out, never cut.
    expect(kahoot.report.exported).toBe(1);
    for (const out of kahoot.report.leftOut) expect(out.reason).toMatch(/Kahoot/);
    expect(kahoot.report.leftOut.find((l) => l.id === "tq:1@2")?.reason).toMatch(/75 characters/);
    expect(kahoot.report.leftOut.find((l) => l.id === "hostile-typed")?.reason).toMatch(/only quiz questions/);
  });
});

describe("a student's flashcard deck", () => {
  const cards: DeckCard[] = buildFlashcards(kb, bank).slice(0, 40);
  const context: ExportContext = { title: "My flashcards: Aleppo", sourceTitles };

  it("as an Anki package holds every card, with the note and the source on the back", async () => {
    const file = exportFlashcardDeck(cards, "apkg", context);
    const expected = cards.map((card) => {
      const { answer, details } = flashcardBackText(card, context);
      return { front: ankiHtml(card.front), back: `${ankiHtml(answer)}<br><br>${ankiHtml(details)}` };
    });
    expect(expected.every((c) => c.back.includes("Source: "))).toBe(true);
    await checkAnki(await bytesOf(file.body), context.title, expected);
  });

  it("as a Quizlet import has one term and definition per card", async () => {
    const rows = parseQuizlet((await bytesOf(exportFlashcardDeck(cards, "quizlet", context).body)).toString("utf8"));
    expect(rows.map((r) => r[0])).toEqual(cards.map((c) => c.front));
    rows.forEach((row, i) => expect(row[1]).toContain(cards[i]!.back));
  });
});
