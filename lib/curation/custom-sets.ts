/**
 * Custom sets: a teacher's own named list of questions, in the teacher's order. The owner edits it
 * (name, description, questions, order, sharing) and deletes it; a shared set is read-only for every
 * other teacher, who may copy it into their own sets. A set is assignable like a study set: the
 * assignment snapshots the set's questions at their current versions (see
 * docs/decisions/017-custom-sets-and-reports.md), so later edits never change a live assignment.
 *
 * Items store unversioned question ids (bank ids or "tq:<id>"), so a set follows its questions' edits.
 * Every function takes the acting teacher and checks it again here; pages and actions have already
 * checked with forbiddenIfRefused(requireEditableSet | requireViewableSet).
 */
import "server-only";
import { z } from "zod";
import { MAX_QUIZ_LENGTH } from "../attempts/quiz-request";
import { HttpError } from "../errors";
import { canEditCustomSet, canViewCustomSet, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import type { Question } from "../questions/types";
import { cleanTextSchema } from "../text/clean-text";
import { parseQuestionId, unversionedQuestionId } from "./question-ids";
import { loadQuestionsByIds } from "./question-source";

export const MAX_SET_NAME_LENGTH = 120;
export const MAX_SET_DESCRIPTION_LENGTH = 500;
/** A set is one quiz: as many questions as an assignment may hold. */
export const MAX_SET_QUESTIONS = MAX_QUIZ_LENGTH;
/** Generous, but keeps one teacher's list page short and cheap. */
export const MAX_SETS_PER_TEACHER = 200;

export const CustomSetDetailsSchema = z.object({
  name: cleanTextSchema({ field: "The set name" }, "Enter a name for the set.")
    .min(1, "Enter a name for the set.")
    .max(MAX_SET_NAME_LENGTH, `Use at most ${MAX_SET_NAME_LENGTH} characters for the name.`),
  description: cleanTextSchema({ field: "The description", multiline: true }).max(
    MAX_SET_DESCRIPTION_LENGTH,
    `Use at most ${MAX_SET_DESCRIPTION_LENGTH} characters for the description.`,
  ),
});

export interface CustomSetDetailsValues {
  name: string;
  description: string;
}

export type SetFieldErrors = Partial<Record<string, string>>;
export type SetResult<T> = { ok: true; value: T } | { ok: false; errors: SetFieldErrors };

/** A question id as typed or posted: no longer than any id the app makes. */
const QuestionIdInputSchema = z
  .string()
  .trim()
  .min(1, "Give the id of a question.")
  .max(120, "That is not a question id.")
  .regex(/^[A-Za-z0-9:@._-]+$/, "That is not a question id.");

function detailErrors(error: z.ZodError): SetFieldErrors {
  const errors: SetFieldErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

const setSelect = { id: true, ownerId: true, shared: true } as const;

/** The set, if `actor` may change it; 404 when there is none, 403 when it is someone else's. */
export async function requireEditableSet(db: Database, actor: Actor, setId: string) {
  const set = await db.customSet.findUnique({ where: { id: setId }, select: setSelect });
  if (!set) throw new HttpError(404, "There is no such set.");
  if (!canEditCustomSet(actor, set)) throw new HttpError(403, "Only the teacher who made this set can change it.");
  return set;
}

/** The set, if `actor` may read it; 404 otherwise. */
export async function requireViewableSet(db: Database, actor: Actor, setId: string) {
  const set = await db.customSet.findUnique({ where: { id: setId }, select: setSelect });
  // Someone else's unshared set answers like a missing one: its existence is not news to share.
  if (!set || !canViewCustomSet(actor, set)) throw new HttpError(404, "There is no such set.");
  return set;
}

/** The set with its name, if `actor` may change it, else null: for forms that ask to choose a set again rather than refuse. */
export async function findEditableSet(db: Database, actor: Actor, setId: string) {
  const set = await db.customSet.findUnique({ where: { id: setId }, select: { ...setSelect, name: true } });
  return set && canEditCustomSet(actor, set) ? set : null;
}

/**
 * The questions these unversioned ids name and that may still be drawn: bank questions, and teachers'
 * questions their authors have not deleted (archived ones still explain past answers, but are not offered).
 */
async function loadLiveQuestions(db: Database, ids: readonly string[]): Promise<Map<string, Question>> {
  const found = await loadQuestionsByIds(db, ids);
  const teacherIds = ids.flatMap((id) => {
    const parsed = parseQuestionId(id);
    return parsed.kind === "teacher" ? [parsed.questionId] : [];
  });
  if (teacherIds.length === 0) return found;
  const archived = await db.teacherQuestion.findMany({
    where: { id: { in: teacherIds }, archivedAt: { not: null } },
    select: { id: true },
  });
  for (const row of archived) found.delete(`tq:${row.id}`);
  return found;
}

// ---------------------------------------------------------------------------
// Sets

export async function createCustomSet(
  db: Database,
  actor: Actor,
  values: CustomSetDetailsValues,
): Promise<SetResult<{ setId: string }>> {
  if (actor.role !== "teacher") throw new HttpError(403, "Only teachers build sets.");
  const parsed = CustomSetDetailsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: detailErrors(parsed.error) };
  const count = await db.customSet.count({ where: { ownerId: actor.id } });
  if (count >= MAX_SETS_PER_TEACHER) {
    return { ok: false, errors: { form: `You already have ${MAX_SETS_PER_TEACHER} sets. Delete one you no longer use first.` } };
  }
  const created = await db.customSet.create({ data: { ownerId: actor.id, ...parsed.data }, select: { id: true } });
  return { ok: true, value: { setId: created.id } };
}

export async function updateCustomSetDetails(
  db: Database,
  actor: Actor,
  setId: string,
  values: CustomSetDetailsValues,
): Promise<SetResult<{ setId: string }>> {
  await requireEditableSet(db, actor, setId);
  const parsed = CustomSetDetailsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, errors: detailErrors(parsed.error) };
  await db.customSet.update({ where: { id: setId }, data: parsed.data });
  return { ok: true, value: { setId } };
}

export async function deleteCustomSet(db: Database, actor: Actor, setId: string): Promise<void> {
  await requireEditableSet(db, actor, setId);
  // Assignments made from it keep their snapshot; copies keep their own items.
  await db.customSet.delete({ where: { id: setId } });
}

export async function setCustomSetShared(db: Database, actor: Actor, setId: string, shared: boolean): Promise<void> {
  await requireEditableSet(db, actor, setId);
  await db.customSet.update({ where: { id: setId }, data: { shared } });
}

/** A copy of a set the teacher may read (a colleague's shared set, or their own), owned by the teacher. */
export async function copyCustomSet(db: Database, actor: Actor, setId: string): Promise<{ setId: string }> {
  if (actor.role !== "teacher") throw new HttpError(403, "Only teachers build sets.");
  await requireViewableSet(db, actor, setId);
  const source = await db.customSet.findUniqueOrThrow({
    where: { id: setId },
    select: { name: true, description: true, items: { orderBy: { position: "asc" }, select: { questionId: true } } },
  });
  const name = source.name.length + 8 > MAX_SET_NAME_LENGTH ? source.name : `Copy of ${source.name}`;
  const created = await db.customSet.create({
    data: {
      ownerId: actor.id,
      name,
      description: source.description,
      copiedFromId: setId,
      items: { create: source.items.map((item, position) => ({ questionId: item.questionId, position })) },
    },
    select: { id: true },
  });
  return { setId: created.id };
}

// ---------------------------------------------------------------------------
// Questions in a set

export type AddOutcome = "added" | "already-in-set";

/** Adds a question (bank id, "tq:<id>" or a versioned id, stored unversioned) at the end of the set. */
export async function addQuestionToSet(
  db: Database,
  actor: Actor,
  setId: string,
  questionIdInput: unknown,
): Promise<SetResult<AddOutcome>> {
  await requireEditableSet(db, actor, setId);
  const parsedId = QuestionIdInputSchema.safeParse(questionIdInput);
  if (!parsedId.success) return { ok: false, errors: { questionId: parsedId.error.issues[0]!.message } };
  const questionId = unversionedQuestionId(parsedId.data);
  const found = await loadLiveQuestions(db, [questionId]);
  if (!found.has(questionId)) return { ok: false, errors: { questionId: "There is no question with that id." } };

  const items = await db.customSetItem.findMany({ where: { setId }, select: { questionId: true, position: true } });
  if (items.some((item) => item.questionId === questionId)) return { ok: true, value: "already-in-set" };
  if (items.length >= MAX_SET_QUESTIONS) {
    return { ok: false, errors: { questionId: `A set holds at most ${MAX_SET_QUESTIONS} questions. Remove one first.` } };
  }
  const position = items.reduce((max, item) => Math.max(max, item.position), -1) + 1;
  try {
    await db.customSetItem.create({ data: { setId, questionId, position } });
  } catch (error) {
    // The same question added twice at once (a double click): the first one stands.
    if ((error as { code?: string } | null)?.code === "P2002") return { ok: true, value: "already-in-set" };
    throw error;
  }
  await db.customSet.update({ where: { id: setId }, data: { updatedAt: new Date() } });
  return { ok: true, value: "added" };
}

/** Adds several questions in the order given; returns how many were new. */
export async function addQuestionsToSet(db: Database, actor: Actor, setId: string, questionIds: readonly string[]) {
  let added = 0;
  for (const id of questionIds.slice(0, MAX_SET_QUESTIONS)) {
    const result = await addQuestionToSet(db, actor, setId, id);
    if (!result.ok) return { added, error: Object.values(result.errors)[0] ?? "That question could not be added." };
    if (result.value === "added") added++;
  }
  return { added, error: null };
}

export async function removeQuestionFromSet(db: Database, actor: Actor, setId: string, questionId: string): Promise<boolean> {
  await requireEditableSet(db, actor, setId);
  // Checked before the query: PostgreSQL refuses some text (a NUL) outright, and no such id is in a set anyway.
  if (!QuestionIdInputSchema.safeParse(questionId).success) return false;
  const removed = await db.customSetItem.deleteMany({ where: { setId, questionId: unversionedQuestionId(questionId) } });
  return removed.count > 0;
}

/** Swaps a question with its neighbour above ("up") or below ("down"); false when it is already at that end. */
export async function moveQuestionInSet(
  db: Database,
  actor: Actor,
  setId: string,
  questionId: string,
  direction: "up" | "down",
): Promise<boolean> {
  await requireEditableSet(db, actor, setId);
  if (!QuestionIdInputSchema.safeParse(questionId).success) return false;
  const items = await db.customSetItem.findMany({
    where: { setId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, questionId: true, position: true },
  });
  const index = items.findIndex((item) => item.questionId === questionId);
  const neighbour = direction === "up" ? index - 1 : index + 1;
  if (index === -1 || neighbour < 0 || neighbour >= items.length) return false;
  // Renumber the whole list 0..n-1 with the two swapped, so equal or sparse positions cannot confuse later moves.
  const reordered = [...items];
  [reordered[index], reordered[neighbour]] = [reordered[neighbour]!, reordered[index]!];
  await db.$transaction(
    reordered
      .map((item, position) => ({ item, position }))
      .filter(({ item, position }) => item.position !== position)
      .map(({ item, position }) => db.customSetItem.update({ where: { id: item.id }, data: { position } })),
  );
  return true;
}

// ---------------------------------------------------------------------------
// Reading

export interface CustomSetSummary {
  id: string;
  name: string;
  description: string;
  shared: boolean;
  questionCount: number;
  updatedAt: Date;
  ownerName: string;
}

const summarySelect = {
  id: true,
  name: true,
  description: true,
  shared: true,
  updatedAt: true,
  owner: { select: { name: true } },
  _count: { select: { items: true } },
} as const;

type SummaryRow = {
  id: string;
  name: string;
  description: string;
  shared: boolean;
  updatedAt: Date;
  owner: { name: string };
  _count: { items: number };
};

function toSummary(row: SummaryRow): CustomSetSummary {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    shared: row.shared,
    updatedAt: row.updatedAt,
    questionCount: row._count.items,
    ownerName: row.owner.name,
  };
}

/** The teacher's own sets, most recently changed first. */
export async function listOwnCustomSets(db: Database, actor: Actor): Promise<CustomSetSummary[]> {
  const rows = await db.customSet.findMany({
    where: { ownerId: actor.id },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: summarySelect,
    take: MAX_SETS_PER_TEACHER,
  });
  return rows.map(toSummary);
}

/** Sets other teachers have shared, for the "Colleagues' sets" list. */
export async function listColleaguesSharedSets(db: Database, actor: Actor): Promise<CustomSetSummary[]> {
  const rows = await db.customSet.findMany({
    where: { shared: true, ownerId: { not: actor.id } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    select: summarySelect,
    take: 500,
  });
  return rows.map(toSummary);
}

export interface CustomSetItemView {
  /** Unversioned, as stored. */
  questionId: string;
  /** The current version; null when the question no longer exists (archived or left the bank). */
  question: Question | null;
}

export interface CustomSetView {
  id: string;
  name: string;
  description: string;
  shared: boolean;
  ownerId: string;
  ownerName: string;
  copiedFrom: { id: string; name: string; visible: boolean } | null;
  canEdit: boolean;
  items: CustomSetItemView[];
}

/**
 * A set with its questions (keys included: only teachers read sets). 404 when the set does not exist
 * or is someone else's and not shared.
 */
export async function loadCustomSet(db: Database, actor: Actor, setId: string): Promise<CustomSetView> {
  await requireViewableSet(db, actor, setId);
  const set = await db.customSet.findUniqueOrThrow({
    where: { id: setId },
    select: {
      id: true,
      name: true,
      description: true,
      shared: true,
      ownerId: true,
      copiedFromId: true,
      owner: { select: { name: true } },
      items: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { questionId: true } },
    },
  });
  const questions = await loadQuestionsByIds(
    db,
    set.items.map((item) => item.questionId),
  );
  const source = set.copiedFromId
    ? await db.customSet.findUnique({ where: { id: set.copiedFromId }, select: { id: true, name: true, ownerId: true, shared: true } })
    : null;
  return {
    id: set.id,
    name: set.name,
    description: set.description,
    shared: set.shared,
    ownerId: set.ownerId,
    ownerName: set.owner.name,
    copiedFrom: source ? { id: source.id, name: source.name, visible: canViewCustomSet(actor, source) } : null,
    canEdit: canEditCustomSet(actor, set),
    items: set.items.map((item) => ({ questionId: item.questionId, question: questions.get(item.questionId) ?? null })),
  };
}

// ---------------------------------------------------------------------------
// Assigning

export interface CustomSetSnapshot {
  name: string;
  /** In the set's order; teacher questions at their current version ("tq:<id>@<v>"). */
  questionIds: string[];
}

/**
 * What an assignment made from the set will ask, fixed now: questions that no longer exist are left
 * out. The teacher must be able to read the set (their own, or a colleague's shared one).
 */
export async function snapshotCustomSet(db: Database, actor: Actor, setId: string): Promise<SetResult<CustomSetSnapshot>> {
  const set = await db.customSet.findUnique({
    where: { id: setId },
    select: { ...setSelect, name: true, items: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { questionId: true } } },
  });
  if (!set || !canViewCustomSet(actor, set)) return { ok: false, errors: { customSetId: "Choose one of your sets from the list." } };
  const questions = await loadLiveQuestions(
    db,
    set.items.map((item) => item.questionId),
  );
  const questionIds = set.items.flatMap((item) => {
    const question = questions.get(item.questionId);
    return question ? [question.id] : [];
  });
  if (questionIds.length === 0) {
    return { ok: false, errors: { customSetId: "This set has no questions yet. Add some before assigning it." } };
  }
  return { ok: true, value: { name: set.name, questionIds: questionIds.slice(0, MAX_SET_QUESTIONS) } };
}

/** The teacher's sets that hold questions, for the new-assignment form. */
export async function listAssignableCustomSets(db: Database, actor: Actor) {
  const own = await listOwnCustomSets(db, actor);
  return own.filter((set) => set.questionCount > 0).map((set) => ({ id: set.id, name: set.name, questionCount: set.questionCount }));
}
