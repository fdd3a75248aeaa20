/**
 * exportQuestions(questions, format, context): any list of questions (a study set, an assignment,
 * later a teacher's custom set) as a file another tool imports, with a report of what was left
 * out and why. Pure apart from the Anki collection's temporary file; the file is a stream, built
 * question by question as it is read, so a large export never sits in memory as one string.
 *
 * These modules hold answer keys: only teacher-only routes and the CLI call exportQuestions;
 * students get their own flashcards through exportFlashcardDeck.
 */
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import type { Citation } from "../content/schema";
import { answerKeyText } from "../questions/answer-key-text";
import type { Question } from "../questions/types";
import { ankiHtml, ankiPackageStream, type AnkiCard } from "./apkg";
import { giftFit, giftHeader, giftQuestion } from "./gift";
import { kahootFit, kahootStream } from "./kahoot";
import { governorateMapSvg } from "./map-image";
import { QTI_MAP_IMAGE_PATH, qtiFit, qtiItem, qtiItemPath, qtiManifest } from "./qti";
import { questionCsvHeader, questionCsvRow } from "./question-csv";
import { quizletLine, quizletQuestionLine } from "./quizlet";
import {
  citationsText,
  fileStem,
  FITS,
  generalFeedback,
  promptWithChoices,
  sortOut,
  type DeckFormat,
  type ExportContext,
  type ExportFormat,
  type ExportReport,
  type Fit,
} from "./shared";

export interface ExportFile {
  report: ExportReport;
  filename: string;
  contentType: string;
  body: Readable;
}

interface FormatInfo {
  extension: string;
  contentType: string;
  fit: (question: Question) => Fit;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  gift: { extension: "gift.txt", contentType: "text/plain; charset=utf-8", fit: giftFit },
  qti: { extension: "qti.zip", contentType: "application/zip", fit: qtiFit },
  apkg: { extension: "apkg", contentType: "application/octet-stream", fit: () => FITS },
  kahoot: { extension: "kahoot.xlsx", contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fit: kahootFit },
  quizlet: { extension: "quizlet.txt", contentType: "text/plain; charset=utf-8", fit: () => FITS },
  csv: { extension: "csv", contentType: "text/csv; charset=utf-8", fit: () => FITS },
};

/** Which questions a format would hold and which it leaves out (cheap: no file is written). */
export function planExport(questions: readonly Question[], format: ExportFormat): { kept: Question[]; report: ExportReport } {
  return sortOut(format, questions, FORMAT_INFO[format].fit);
}

const CHUNK_BYTES = 64 * 1024;

/** Text pieces → a byte stream in chunks of about 64 KB, pulled as the reader asks. */
function textStream(pieces: () => Iterable<string>): Readable {
  return Readable.from(
    (function* () {
      let pending = "";
      for (const piece of pieces()) {
        pending += piece;
        if (pending.length >= CHUNK_BYTES) {
          yield Buffer.from(pending, "utf8");
          pending = "";
        }
      }
      if (pending) yield Buffer.from(pending, "utf8");
    })(),
    { objectMode: false },
  );
}

function qtiPackageStream(questions: readonly Question[], context: ExportContext): Readable {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(qtiManifest(questions, context), "utf8"), "imsmanifest.xml");
  questions.forEach((question, index) => {
    // Each item is written only when the zip reaches it.
    zip.addReadStreamLazy(qtiItemPath(index), (callback) => callback(null, Readable.from([Buffer.from(qtiItem(question, index, context), "utf8")])));
  });
  if (questions.some((q) => q.type === "map-pin")) zip.addBuffer(Buffer.from(governorateMapSvg(), "utf8"), QTI_MAP_IMAGE_PATH);
  zip.end();
  return zip.outputStream as unknown as Readable;
}

/** A question as an Anki card: the question with its choices; the answer, explanation and sources. */
export function questionAnkiCard(question: Question, context: ExportContext): AnkiCard {
  return {
    id: question.id,
    front: ankiHtml(promptWithChoices(question)),
    back: `${ankiHtml(answerKeyText(question))}<br><br>${ankiHtml(generalFeedback(question, context))}`,
  };
}

function download(title: string, format: ExportFormat, report: ExportReport, body: Readable): ExportFile {
  const info = FORMAT_INFO[format];
  return { report, filename: `${fileStem(title)}.${info.extension}`, contentType: info.contentType, body };
}

export function exportQuestions(questions: readonly Question[], format: ExportFormat, context: ExportContext): ExportFile {
  const { kept, report } = planExport(questions, format);
  const body = (() => {
    switch (format) {
      case "gift":
        return textStream(function* () {
          yield giftHeader(context);
          for (const q of kept) yield giftQuestion(q, context);
        });
      case "quizlet":
        return textStream(function* () {
          for (const q of kept) yield quizletQuestionLine(q, context);
        });
      case "csv":
        return textStream(function* () {
          yield questionCsvHeader();
          for (const q of kept) yield questionCsvRow(q, context);
        });
      case "qti":
        return qtiPackageStream(kept, context);
      case "apkg":
        return ankiPackageStream(context.title, `Questions from ${context.title}, with answers, explanations and sources.`, kept.map((q) => questionAnkiCard(q, context)));
      case "kahoot":
        return kahootStream(kept, context);
    }
  })();
  return download(context.title, format, report, body);
}

/** A flashcard as the student's deck holds it (lib/flashcards/cards.ts). */
export interface DeckCard {
  id: string;
  front: string;
  back: string;
  note?: string;
  sources: Citation[];
}

/** What the back of a flashcard says: the answer, then the note and the sources. */
export function flashcardBackText(card: DeckCard, context: ExportContext): { answer: string; details: string } {
  const sources = citationsText(card.sources, context.sourceTitles);
  const details = [card.note, sources ? `Source: ${sources}.` : ""].filter(Boolean).join(" ");
  return { answer: card.back, details };
}

/** A student's own flashcards, as an Anki deck or a Quizlet import. */
export function exportFlashcardDeck(cards: readonly DeckCard[], format: DeckFormat, context: ExportContext): ExportFile {
  const report: ExportReport = { format, exported: cards.length, leftOut: [] };
  const body =
    format === "apkg"
      ? ankiPackageStream(
          context.title,
          `Your flashcards: ${context.title}.`,
          cards.map((card) => {
            const { answer, details } = flashcardBackText(card, context);
            return { id: card.id, front: ankiHtml(card.front), back: details ? `${ankiHtml(answer)}<br><br>${ankiHtml(details)}` : ankiHtml(answer) };
          }),
        )
      : textStream(function* () {
          for (const card of cards) {
            const { answer, details } = flashcardBackText(card, context);
            yield quizletLine(card.front, details ? `${answer} — ${details}` : answer);
          }
        });
  return download(context.title, format, report, body);
}
