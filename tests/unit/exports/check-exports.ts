/**
 * Reads each export back with the tool or parser its target uses (gift-pegjs, xmllint with the
 * official QTI and content-packaging schemas, anki-reader, SheetJS, papaparse) and compares what
 * it finds with the questions that went in. Shared by the study-set, hostile-text and CLI tests.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, posix } from "node:path";
import type { Readable } from "node:stream";
import { readAnkiPackage } from "anki-reader";
import { parse as parseGift, type GIFTQuestion } from "gift-pegjs";
import Papa from "papaparse";
import * as XLSX from "xlsx";
import yauzl from "yauzl";
import { expect } from "vitest";
import { questionAnkiCard } from "@/lib/exports/export-questions";
import { KAHOOT_ANSWER_MAX, KAHOOT_HEADER_ROW, KAHOOT_QUESTION_MAX, KAHOOT_TIME_LIMITS } from "@/lib/exports/kahoot";
import { quizletField } from "@/lib/exports/quizlet";
import { answerKeyText } from "@/lib/questions/answer-key-text";
import { citationsText, generalFeedback, promptWithChoices, shorten, type ExportContext, type ExportReport } from "@/lib/exports/shared";
import { xmlAttr } from "@/lib/exports/xml";
import { CSV_COLUMN_NAMES, PAIR_SEPARATOR, splitListCell } from "@/lib/questions/csv-layout";
import type { Question } from "@/lib/questions/types";

export async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

export function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return reject(streamError);
          bytesOf(stream).then((data) => {
            files.set(entry.fileName, data);
            zip.readEntry();
          }, reject);
        });
      });
      zip.on("end", () => resolve(files));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

const kept = (questions: readonly Question[], report: ExportReport) => {
  const out = new Set(report.leftOut.map((l) => l.id));
  return questions.filter((q) => !out.has(q.id));
};

const oneLine = (text: string) => text.replace(/\r\n?|\n/g, " ");
const unescapeHtml = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** gift-pegjs leaves its escape placeholders in a matching pair's right side (its parser, not Moodle's). */
const giftPlaceholders = (text: string) =>
  text.replace(/&&(\d{3});/g, (_, code: string) => String.fromCharCode(Number(code)));

// ---------------------------------------------------------------------------

export function checkGift(text: string, questions: readonly Question[], report: ExportReport, context: ExportContext): void {
  const parsed = parseGift(text).filter((q): q is Exclude<GIFTQuestion, { type: "Category" }> => q.type !== "Category");
  const expected = kept(questions, report);
  expect(parsed).toHaveLength(expected.length);
  expect(report.exported).toBe(expected.length);
  expected.forEach((question, i) => {
    const gift = parsed[i]!;
    expect(gift.title).toBe(question.id);
    if (gift.type === "Description" || gift.type === "Essay") throw new Error(`${question.id} parsed as ${gift.type}`);
    expect(unescapeHtml(gift.stem.text)).toBe(oneLine(question.prompt));
    expect(unescapeHtml(gift.globalFeedback?.text ?? "")).toBe(oneLine(generalFeedback(question, context)));
    switch (question.type) {
      case "multiple-choice": {
        expect(gift.type).toBe("MC");
        if (gift.type !== "MC") return;
        const right = gift.choices.filter((c) => c.isCorrect || (c.weight ?? 0) > 0).map((c) => unescapeHtml(c.text.text));
        expect(right).toEqual(question.options.filter((o) => question.answer.correct.includes(o.id)).map((o) => oneLine(o.text)));
        expect(gift.choices).toHaveLength(question.options.length);
        return;
      }
      case "true-false":
        expect(gift.type).toBe("TF");
        if (gift.type === "TF") expect(gift.isTrue).toBe(question.answer.value);
        return;
      case "matching":
        expect(gift.type).toBe("Matching");
        if (gift.type !== "Matching") return;
        expect(gift.matchPairs.map((p) => [unescapeHtml(p.subquestion.text), giftPlaceholders(p.subanswer)])).toEqual(
          question.premises.map((p) => [oneLine(p.text), oneLine(question.options.find((o) => o.id === question.answer.pairs[p.id])!.text)]),
        );
        return;
      case "typed":
        expect(gift.type).toBe("Short");
        if (gift.type === "Short") expect(gift.choices.map((c) => c.text.text)).toEqual([...new Set(question.accept.length ? question.accept : [question.answer.text])].map(oneLine));
        return;
      case "numeric": {
        expect(gift.type).toBe("Numerical");
        if (gift.type !== "Numerical") return;
        const choice = gift.choices as { type: string; number?: number; numberLow?: number; numberHigh?: number };
        if (question.answer.min === question.answer.max) expect(choice.number).toBe(question.answer.value);
        else expect([choice.numberLow, choice.numberHigh]).toEqual([question.answer.min, question.answer.max]);
        return;
      }
      default:
        throw new Error(`${question.type} should have been left out of GIFT`);
    }
  });
}

// ---------------------------------------------------------------------------

const SCHEMA_DIR = join(process.cwd(), "tests", "fixtures", "schemas", "qti-2.1");
export const XMLLINT_AVAILABLE = spawnSync("xmllint", ["--version"]).status === 0;
if (!XMLLINT_AVAILABLE) {
  if (process.env.CI === "true") throw new Error("xmllint is missing: CI must install libxml2-utils to check the QTI export.");
  console.warn("\n\n*** xmllint is not installed: the QTI schema checks are SKIPPED. Install libxml2-utils to run them. ***\n\n");
}

function xmllint(schema: string, files: string[]): { ok: boolean; output: string } {
  const result = spawnSync("xmllint", ["--noout", "--nonet", "--schema", join(SCHEMA_DIR, schema), ...files], { encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

export async function checkQti(zipBytes: Buffer, questions: readonly Question[], report: ExportReport): Promise<void> {
  const files = await unzip(zipBytes);
  const manifest = files.get("imsmanifest.xml")?.toString("utf8");
  expect(manifest, "imsmanifest.xml").toBeDefined();
  const expected = kept(questions, report);
  const itemFiles = [...files.keys()].filter((name) => name.startsWith("items/"));
  expect(itemFiles).toHaveLength(expected.length);

  // Every href the manifest names is in the zip, and each item's image reference too.
  const hrefs = [...manifest!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
  for (const href of hrefs) expect(files.has(href), `manifest names ${href}`).toBe(true);
  for (const name of itemFiles) {
    const xml = files.get(name)!.toString("utf8");
    for (const [, data] of xml.matchAll(/data="([^"]+)"/g)) expect(files.has(posix.normalize(posix.join(posix.dirname(name), data!)))).toBe(true);
  }
  // Items in question order, each labelled with its question's id.
  itemFiles.sort();
  expected.forEach((question, i) => expect(files.get(itemFiles[i]!)!.toString("utf8")).toContain(`label="${xmlAttr(shorten(question.id, 200))}"`));

  if (!XMLLINT_AVAILABLE) return;
  const dir = mkdtempSync(join(tmpdir(), "qti-check-"));
  try {
    for (const [name, data] of files) {
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), data);
    }
    const manifestCheck = xmllint("imscp_v1p1.xsd", [join(dir, "imsmanifest.xml")]);
    expect(manifestCheck.ok, manifestCheck.output).toBe(true);
    for (let start = 0; start < itemFiles.length; start += 200) {
      const batch = itemFiles.slice(start, start + 200).map((name) => join(dir, name));
      const itemCheck = xmllint(join("qtiv2p1", "imsqti_v2p1.xsd"), batch);
      expect(itemCheck.ok, itemCheck.output).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------

export async function checkAnki(
  bytes: Buffer,
  deckName: string,
  cards: readonly { front: string; back: string }[],
): Promise<void> {
  const { collection } = await readAnkiPackage(new Blob([new Uint8Array(bytes)]));
  const decks = Object.values(collection.getDecks()).filter((d) => Object.keys(d.getCards()).length > 0);
  expect(decks).toHaveLength(1);
  expect(decks[0]!.getName()).toBe(deckName);
  const read = Object.values(decks[0]!.getCards()).map((card) => ({ front: card.getFront(), back: card.getBack() }));
  expect(read).toHaveLength(cards.length);
  expect(read).toEqual(cards.map(({ front, back }) => ({ front, back })));
}

export function expectedQuestionCards(questions: readonly Question[], context: ExportContext) {
  return questions.map((q) => questionAnkiCard(q, context));
}

// ---------------------------------------------------------------------------

export function checkKahoot(bytes: Buffer, questions: readonly Question[], report: ExportReport): void {
  const workbook = XLSX.read(bytes, { type: "buffer" });
  const sheet = workbook.Sheets[workbook.SheetNames[0]!]!;
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: true, defval: null });
  expect(String(rows[KAHOOT_HEADER_ROW - 1]?.[1])).toMatch(/^Question/);
  const data = rows.slice(KAHOOT_HEADER_ROW).filter((row) => row.some((cell) => cell !== null));
  const expected = kept(questions, report);
  expect(data).toHaveLength(expected.length);
  expected.forEach((question, i) => {
    const [number, prompt, a1, a2, a3, a4, seconds, correct] = data[i]!;
    expect(number).toBe(i + 1);
    expect(prompt).toBe(question.prompt);
    expect(String(prompt).length).toBeLessThanOrEqual(KAHOOT_QUESTION_MAX);
    const answers = [a1, a2, a3, a4].filter((a) => a !== null).map(String);
    expect(answers.length).toBeGreaterThanOrEqual(2);
    expect(answers.length).toBeLessThanOrEqual(4);
    for (const answer of answers) expect(answer.length).toBeLessThanOrEqual(KAHOOT_ANSWER_MAX);
    expect(KAHOOT_TIME_LIMITS).toContain(seconds);
    const picks = String(correct).split(",").map(Number);
    const rightTexts = picks.map((n) => answers[n - 1]);
    if (question.type === "true-false") expect(rightTexts).toEqual([question.answer.value ? "True" : "False"]);
    else if (question.type === "multiple-choice")
      expect(rightTexts).toEqual(question.options.filter((o) => question.answer.correct.includes(o.id)).map((o) => o.text));
    else throw new Error(`${question.type} should have been left out of Kahoot`);
  });
  for (const out of report.leftOut) expect(out.reason.length).toBeGreaterThan(10);
}

// ---------------------------------------------------------------------------

/** Quizlet has no quoting: parse with a quote character that cannot occur. */
export function parseQuizlet(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimiter: "\t", newline: "\n", quoteChar: "\u0000", skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

export function checkQuizlet(text: string, questions: readonly Question[], context: ExportContext): void {
  const rows = parseQuizlet(text);
  expect(rows).toHaveLength(questions.length);
  questions.forEach((question, i) => {
    expect(rows[i]).toEqual([quizletField(promptWithChoices(question)), quizletField(`${answerKeyText(question)} — ${generalFeedback(question, context)}`)]);
  });
}

// ---------------------------------------------------------------------------

/** Undoes the spreadsheet formula guard (lib/teaching/csv.ts). */
const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

export function checkCsv(bytes: Buffer, questions: readonly Question[], context: ExportContext): void {
  const text = bytes.toString("utf8");
  expect(text.startsWith("\uFEFF")).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, newline: "\r\n", skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...CSV_COLUMN_NAMES]);
  expect(parsed.data).toHaveLength(questions.length);
  questions.forEach((question, i) => {
    const row = Object.fromEntries(Object.entries(parsed.data[i]!).map(([k, v]) => [k, unguard(v)]));
    const textOf = (id: string, options: { id: string; text: string }[]) => options.find((o) => o.id === id)!.text;
    expect({ id: row.id, type: row.type, category: row.category, skill: row.skill, difficulty: Number(row.difficulty) }).toEqual({
      id: question.id,
      type: question.type,
      category: question.category,
      skill: question.skill,
      difficulty: question.difficulty,
    });
    expect(row.prompt).toBe(question.prompt);
    expect(row.explanation).toBe(question.explanation);
    expect(row.citation).toBe(citationsText(question.sources, context.sourceTitles));
    expect(splitListCell(row.topics!)).toEqual(question.topics);
    switch (question.type) {
      case "multiple-choice":
        expect(splitListCell(row.choices!)).toEqual(question.options.map((o) => o.text.trim()));
        expect(splitListCell(row.correct_choices!)).toEqual(question.options.filter((o) => question.answer.correct.includes(o.id)).map((o) => o.text.trim()));
        expect(row.select_many).toBe(question.selectMany ? "yes" : "no");
        break;
      case "true-false":
        expect(row.statement_true).toBe(String(question.answer.value));
        break;
      case "ordering":
        expect(splitListCell(row.order_items!)).toEqual(question.answer.order.map((id) => textOf(id, question.options).trim()));
        break;
      case "matching":
        expect(splitListCell(row.match_pairs!).map((pair) => pair.split(PAIR_SEPARATOR))).toEqual(
          question.premises.map((p) => [p.text.trim(), textOf(question.answer.pairs[p.id]!, question.options).trim()]),
        );
        break;
      case "typed":
        expect(splitListCell(row.accepted_answers!)[0]).toBe(question.answer.text.trim());
        expect(new Set(splitListCell(row.accepted_answers!))).toEqual(new Set([question.answer.text, ...question.accept].map((a) => a.trim())));
        break;
      case "numeric":
        expect([Number(row.number), Number(row.min), Number(row.max), row.unit]).toEqual([question.answer.value, question.answer.min, question.answer.max, question.unit]);
        break;
      case "map-pin":
        expect([Number(row.lat), Number(row.lon), Number(row.full_credit_km), Number(row.partial_credit_km), row.place_name]).toEqual([
          question.answer.lat,
          question.answer.lon,
          question.answer.fullCreditKm,
          question.answer.partialCreditKm,
          question.answer.placeName,
        ]);
        break;
    }
  });
}
