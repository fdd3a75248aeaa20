/**
 * Where the app's exports get their questions, after the caller's access was checked by the route
 * (lib/auth/authorize.ts): a study set's questions (teachers), a custom set's (its owner, or any
 * teacher when shared), an assignment's questions (its class's teacher only), and a student's own
 * flashcards minus the cards an assignment is holding back from them (lib/attempts/withheld-questions.ts).
 */
import "server-only";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import { loadWithheldQuestions } from "../attempts/withheld-questions";
import { QuizRequestSchema } from "../attempts/quiz-request";
import { NoQuestionsError, selectAssignmentQuestions } from "../attempts/select-questions";
import { canManageAssignment, canViewCustomSet, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { flashcardIdsAbout, flashcardsInSet, loadFlashcards } from "../flashcards/load-cards";
import { loadCustomSet } from "../curation/custom-sets";
import { drawPoolFor } from "../curation/draw-pool";
import { loadQuestionBank } from "../questions/load-bank";
import type { Question } from "../questions/types";
import { exportFlashcardDeck, exportQuestions, type ExportFile } from "./export-questions";
import { isDeckFormat, isExportFormat, type DeckFormat, type ExportContext, type ExportFormat } from "./shared";

export function sourceTitles(): ReadonlyMap<string, string> {
  return new Map(loadKnowledgeBase().sources.map((source) => [source.file, source.title]));
}

export function parseExportFormat(value: string): ExportFormat {
  if (!isExportFormat(value)) throw new HttpError(404, "There is no export in that format.");
  return value;
}

export function parseDeckFormat(value: string): DeckFormat {
  if (!isDeckFormat(value)) throw new HttpError(404, "Your flashcards can be downloaded for Anki or Quizlet only.");
  return value;
}

/** A study set's questions (every one, not only the core), or null for an unknown set. */
export function studySetQuestions(setId: string): { title: string; questions: Question[] } | null {
  const set = loadKnowledgeBase().studySets.find((s) => s.id === setId);
  if (!set) return null;
  return { title: set.title, questions: loadQuestionBank().questions.filter((q) => q.topics.includes(set.id)) };
}

export function studySetExport(setId: string, format: ExportFormat): ExportFile {
  const set = studySetQuestions(setId);
  if (!set) throw new HttpError(404, "There is no study set with that id.");
  return exportQuestions(set.questions, format, { title: set.title, sourceTitles: sourceTitles() });
}

/** The questions every student of the class is asked in this assignment (the assignment's own draw). */
export async function assignmentQuestions(db: Database, actor: Actor, assignmentId: string): Promise<{ title: string; questions: Question[] }> {
  const assignment = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, title: true, setDefinition: true, class: { select: { teacherId: true } } },
  });
  if (!assignment) throw new HttpError(404, "There is no assignment with that id.");
  if (!canManageAssignment(actor, assignment)) throw new HttpError(403, "Only the teacher of this assignment's class may export it.");
  let definition: unknown;
  try {
    definition = JSON.parse(assignment.setDefinition);
  } catch {
    definition = null;
  }
  const request = QuizRequestSchema.safeParse(definition);
  if (!request.success) return { title: assignment.title, questions: [] };
  try {
    // A custom set's assignment names teachers' questions, which the bank alone does not hold.
    const pool = await drawPoolFor(db, request.data, new Set());
    return { title: assignment.title, questions: selectAssignmentQuestions(pool.bank, assignment.id, request.data) };
  } catch (error) {
    if (error instanceof NoQuestionsError) return { title: assignment.title, questions: [] };
    throw error;
  }
}

export async function assignmentExport(db: Database, actor: Actor, assignmentId: string, format: ExportFormat): Promise<ExportFile> {
  const { title, questions } = await assignmentQuestions(db, actor, assignmentId);
  return exportQuestions(questions, format, { title, sourceTitles: sourceTitles() });
}

/** A custom set's questions in the set's order, current versions; questions that no longer exist are left out. */
export async function customSetQuestions(db: Database, actor: Actor, setId: string): Promise<{ title: string; questions: Question[] }> {
  // As on the set's page: a colleague's unshared set is refused, not hidden (lib/auth/route-access.ts).
  const owner = /^[A-Za-z0-9_-]{1,64}$/.test(setId)
    ? await db.customSet.findUnique({ where: { id: setId }, select: { ownerId: true, shared: true } })
    : null;
  if (!owner) throw new HttpError(404, "There is no custom set with that id.");
  if (!canViewCustomSet(actor, owner)) throw new HttpError(403, "That set belongs to another teacher, who has not shared it.");
  const set = await loadCustomSet(db, actor, setId);
  return { title: set.name, questions: set.items.flatMap((item) => (item.question ? [item.question] : [])) };
}

export async function customSetExport(db: Database, actor: Actor, setId: string, format: ExportFormat): Promise<ExportFile> {
  const { title, questions } = await customSetQuestions(db, actor, setId);
  return exportQuestions(questions, format, { title, sourceTitles: sourceTitles() });
}

/** A student's own deck (one set, or every card), without the cards an assignment holds back now. */
export async function studentDeckExport(
  db: Database,
  studentId: string,
  format: DeckFormat,
  setId: string | undefined,
  now: Date = new Date(),
): Promise<ExportFile> {
  const kb = loadKnowledgeBase();
  const set = setId ? kb.studySets.find((s) => s.id === setId) : undefined;
  if (setId && !set) throw new HttpError(404, "There is no study set with that id.");
  const withheld = await loadWithheldQuestions(db, studentId, now);
  const heldBack = withheld.ids.size > 0 ? flashcardIdsAbout(withheld.ids) : new Set<string>();
  const cards = (set ? flashcardsInSet(set.id) : loadFlashcards()).filter((card) => !heldBack.has(card.id));
  const context: ExportContext = { title: set ? `Flashcards: ${set.title}` : "Flashcards: Idlib and Aleppo 2012–13", sourceTitles: sourceTitles() };
  return exportFlashcardDeck(cards, format, context);
}
