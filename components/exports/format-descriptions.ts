/** What each export is for, and what the tool that imports it keeps and loses (shown beside each link). */
import type { ExportFormat } from "@/lib/exports/shared";

export const FORMAT_DESCRIPTIONS: Record<ExportFormat, { label: string; keeps: string }> = {
  gift: {
    label: "Moodle (GIFT, .txt)",
    keeps:
      "Moodle keeps multiple choice, true/false, matching with three or more pairs, typed answers with every accepted spelling and number ranges, with the explanation and source as general feedback. It has no ordering or map questions, so those are left out, and matching loses its extra unmatched options.",
  },
  qti: {
    label: "QTI 2.1 package (.zip) for Canvas and other LMSs",
    keeps:
      "Holds every question type with its scoring and feedback; map questions come with a map image and a full-credit circle. How much an LMS keeps varies: Canvas and others may turn ordering or map questions into simpler ones or skip them, and half credit for a near pin is lost.",
  },
  apkg: {
    label: "Anki deck (.apkg)",
    keeps:
      "One card per question: the question and its choices on the front, the answer, explanation and source on the back. Anki shows cards; it does not mark choices.",
  },
  kahoot: {
    label: "Kahoot spreadsheet (.xlsx)",
    keeps:
      "Kahoot keeps quiz and true/false questions with 2 to 4 answers and a time limit. Other types, questions over 120 characters and answers over 75 are left out, not shortened. No explanations or sources.",
  },
  quizlet: {
    label: "Quizlet (.txt to paste into Import)",
    keeps:
      "One term per question (with its choices) and the answer, explanation and source as the definition. Quizlet builds its own question types from these, so choices and marking are not kept.",
  },
  csv: {
    label: "Spreadsheet (.csv)",
    keeps: "Every field of every question, one row each, in the layout the question import reads back. Opens in Excel, LibreOffice and Google Sheets.",
  },
};
