/**
 * Saving the questions teachers write or import: TeacherQuestion + TeacherQuestionVersion.
 *
 * Versions keep past answers honest. A version nobody has answered yet (no Response and no
 * Attempt.questionIds names "tq:<id>@<n>") is rewritten in place; once a student has it, an edit
 * becomes version n+1 and `currentVersion` moves on, so the old answers keep the key they were graded
 * with. Every question is checked with the shared `QuestionSchema` again here, whoever calls.
 */
// Holds answer keys: a client component importing this must fail the build.
import "server-only";
import { randomBytes } from "node:crypto";
import type { Database } from "../../db/create-client";
import { HttpError } from "../../errors";
import { canEditTeacherQuestion, isAllowed, type Actor } from "../../auth/policy";
import { parseQuestion, type QuestionIssue } from "../../questions/question-schema";
import type { Question } from "../../questions/types";
import { parseQuestionId, teacherQuestionId } from "../question-ids";
// The question browser searches generated questions with the same function, so both kinds match alike.
import { searchTextOf } from "../question-browser";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];
type Client = Database | Transaction;

/** The question as stored: its own versioned id, the teacher template, no core sets, no refs. */
function storedBody(question: Question, versionedId: string): Question {
  return {
    ...question,
    id: versionedId,
    template: "teacher",
    coreIn: [],
    refs: { events: [], places: [], forces: [], figures: [] },
  };
}

export class InvalidQuestionError extends Error {
  constructor(readonly issues: QuestionIssue[]) {
    super(`The question is not valid: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}`);
    this.name = "InvalidQuestionError";
  }
}

function validated(question: Question, versionedId: string): Question {
  const parsed = parseQuestion(storedBody(question, versionedId));
  if (!parsed.ok) throw new InvalidQuestionError(parsed.issues);
  return parsed.question;
}

function versionData(question: Question) {
  return {
    body: JSON.stringify(question),
    type: question.type,
    category: question.category,
    skill: question.skill,
    difficulty: question.difficulty,
    searchText: searchTextOf(question),
  };
}

function requireTeacher(actor: Actor) {
  if (!isAllowed(actor, "teaching:use")) throw new HttpError(403, "Only teachers can write questions.");
}

/** Creates version 1 inside `client` (a transaction when importing many). Returns "tq:<id>". */
async function insertQuestion(client: Client, authorId: string, question: Question): Promise<string> {
  const row = await client.teacherQuestion.create({ data: { authorId, currentVersion: 1 }, select: { id: true } });
  const body = validated(question, teacherQuestionId(row.id, 1));
  await client.teacherQuestionVersion.create({ data: { questionId: row.id, version: 1, ...versionData(body) } });
  return teacherQuestionId(row.id);
}

export async function createTeacherQuestion(db: Database, actor: Actor, question: Question): Promise<string> {
  requireTeacher(actor);
  return db.$transaction((tx) => insertQuestion(tx, actor.id, question));
}

/** A row id shaped like Prisma's cuids ("c" + 24 characters), made here so a batch needs no round trip per row. */
function newRowId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

/**
 * Saves every question or none. All are validated first (a bad one stops the batch before any write);
 * then two multi-row inserts in one transaction, so an import of 500 costs two statements, not 1000.
 * Returns their "tq:<id>" ids in order.
 */
export async function createTeacherQuestions(db: Database, actor: Actor, questions: readonly Question[]): Promise<string[]> {
  requireTeacher(actor);
  const rows = questions.map((question) => {
    const id = newRowId();
    return { id, body: validated(question, teacherQuestionId(id, 1)) };
  });
  if (rows.length === 0) return [];
  await db.$transaction(
    async (tx) => {
      await tx.teacherQuestion.createMany({ data: rows.map(({ id }) => ({ id, authorId: actor.id, currentVersion: 1 })) });
      await tx.teacherQuestionVersion.createMany({ data: rows.map(({ id, body }) => ({ questionId: id, version: 1, ...versionData(body) })) });
    },
    { timeout: 60_000 },
  );
  return rows.map(({ id }) => teacherQuestionId(id));
}

export interface OwnTeacherQuestion {
  id: string;
  currentVersion: number;
  archivedAt: Date | null;
  question: Question;
}

/** The question named by "tq:<id>" when `actor` wrote it; 404 for anything else, so ids reveal nothing. */
export async function loadOwnTeacherQuestion(db: Client, actor: Actor, questionId: string): Promise<OwnTeacherQuestion> {
  const parsed = parseQuestionId(questionId);
  if (parsed.kind !== "teacher" || parsed.version !== undefined) throw new HttpError(404, "There is no such question.");
  const row = await db.teacherQuestion.findUnique({
    where: { id: parsed.questionId },
    select: { id: true, authorId: true, currentVersion: true, archivedAt: true },
  });
  if (!row || !canEditTeacherQuestion(actor, row)) throw new HttpError(404, "There is no such question.");
  const version = await db.teacherQuestionVersion.findUnique({
    where: { questionId_version: { questionId: row.id, version: row.currentVersion } },
    select: { body: true },
  });
  if (!version) throw new HttpError(404, "There is no such question.");
  const stored = parseQuestion(JSON.parse(version.body));
  if (!stored.ok) throw new HttpError(409, "This question was stored in a form the editor cannot read.");
  return { id: row.id, currentVersion: row.currentVersion, archivedAt: row.archivedAt, question: stored.question };
}

/** True when a student has this exact version: an answer, or an attempt that drew it. */
export async function versionHasBeenUsed(db: Client, versionedId: string): Promise<boolean> {
  const response = await db.response.findFirst({ where: { questionId: versionedId }, select: { id: true } });
  if (response) return true;
  // questionIds is a JSON array of strings: the quoted id cannot match a longer id ("@1" vs "@12").
  const attempt = await db.attempt.findFirst({ where: { questionIds: { contains: JSON.stringify(versionedId) } }, select: { id: true } });
  return attempt !== null;
}

export interface UpdateOutcome {
  questionId: string;
  version: number;
  /** "new-version" when students already had the old one. */
  saved: "in-place" | "new-version";
}

export async function updateTeacherQuestion(db: Database, actor: Actor, questionId: string, question: Question): Promise<UpdateOutcome> {
  requireTeacher(actor);
  return db.$transaction(async (tx) => {
    const own = await loadOwnTeacherQuestion(tx, actor, questionId);
    if (own.archivedAt) throw new HttpError(409, "This question was deleted; it can't be edited.");
    const current = own.currentVersion;
    if (await versionHasBeenUsed(tx, teacherQuestionId(own.id, current))) {
      const next = current + 1;
      const body = validated(question, teacherQuestionId(own.id, next));
      await tx.teacherQuestionVersion.create({ data: { questionId: own.id, version: next, ...versionData(body) } });
      await tx.teacherQuestion.update({ where: { id: own.id }, data: { currentVersion: next } });
      return { questionId: teacherQuestionId(own.id), version: next, saved: "new-version" as const };
    }
    const body = validated(question, teacherQuestionId(own.id, current));
    await tx.teacherQuestionVersion.update({
      where: { questionId_version: { questionId: own.id, version: current } },
      data: versionData(body),
    });
    await tx.teacherQuestion.update({ where: { id: own.id }, data: { updatedAt: new Date() } });
    return { questionId: teacherQuestionId(own.id), version: current, saved: "in-place" as const };
  });
}

/** Deleting is archiving: never drawn again, and past answers still find their version. */
export async function archiveTeacherQuestion(db: Database, actor: Actor, questionId: string): Promise<void> {
  requireTeacher(actor);
  const own = await loadOwnTeacherQuestion(db, actor, questionId);
  if (own.archivedAt) return;
  await db.teacherQuestion.update({ where: { id: own.id }, data: { archivedAt: new Date() } });
}
