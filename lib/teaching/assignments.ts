/**
 * Assignments: a teacher assigns questions from the bank (a study set or
 * several topics, filtered by category and type) to a class, with dates,
 * limits and a feedback policy; per-student extensions; and the list a
 * student sees with the status of each assignment.
 *
 * Reads and writes take the acting user and check ownership themselves
 * (lib/classes/class-access.ts), even after the page or action has.
 */
import "server-only";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import {
  assignmentStatusFor,
  canStartAssignmentAttempt,
  effectiveDueAt,
  feedbackVisible,
  type AssignmentStatus,
} from "../attempts/attempt-rules";
import { assignmentTimingSelect } from "../attempts/attempt-timing";
import { QuizRequestSchema, type QuizRequest } from "../attempts/quiz-request";
import { countMatchingQuestions, selectQuestions } from "../attempts/select-questions";
import { HttpError } from "../errors";
import { requireOwnAssignment, requireOwnClass } from "../classes/class-access";
import { isAllowed, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { loadQuestionBank } from "../questions/load-bank";
import { toPublicQuestion } from "../questions/public-view";
import type { PublicQuestion } from "../questions/types";
import {
  MAX_ASSIGNMENT_TITLE_LENGTH,
  parseAssignmentForm,
  parseAssignmentQuestions,
  parseAssignmentSettings,
  parseExtension,
  type AssignmentFormValues,
  type AssignmentQuestionChoice,
  type AssignmentSettingsValues,
  type ExtensionValues,
  type FieldErrors,
  type Parsed,
} from "./assignment-schemas";
import { snapshotCustomSet } from "../curation/custom-sets";
import { loadQuestionsByIds } from "../curation/question-source";

export const PREVIEW_SAMPLE_SIZE = 3;

export interface StudySetChoice {
  id: string;
  title: string;
  group: string;
  questionCount: number;
}

let studySetChoicesCache: StudySetChoice[] | undefined;

/** Study sets a teacher can assign, with how many questions each holds. */
export function listStudySetChoices(): StudySetChoice[] {
  if (!studySetChoicesCache) {
    const bank = loadQuestionBank();
    studySetChoicesCache = loadKnowledgeBase().studySets.map((set) => ({
      id: set.id,
      title: set.title,
      group: set.group,
      questionCount: countMatchingQuestions(bank, { setId: set.id }),
    }));
  }
  return studySetChoicesCache;
}

/** Checks that the chosen sets exist and hold questions; returns the title to use when none was typed. */
function checkQuestionChoice(request: QuizRequest): { ok: true; defaultTitle: string; count: number } | { ok: false; errors: FieldErrors } {
  const sets = new Map(listStudySetChoices().map((s) => [s.id, s]));
  if (request.setId !== undefined && !sets.has(request.setId)) {
    return { ok: false, errors: { setId: "Choose a study set from the list." } };
  }
  if (request.topics?.some((t) => !sets.has(t))) return { ok: false, errors: { topics: "Choose topics from the list." } };
  const count = countMatchingQuestions(loadQuestionBank(), request);
  if (count === 0) {
    return {
      ok: false,
      errors: { form: "No questions match these choices. Allow more categories or question types, or pick another set." },
    };
  }
  const titles = request.setId ? [sets.get(request.setId)!.title] : (request.topics ?? []).map((t) => sets.get(t)!.title);
  let defaultTitle = titles.join(" + ");
  if (defaultTitle.length > MAX_ASSIGNMENT_TITLE_LENGTH) defaultTitle = `${defaultTitle.slice(0, MAX_ASSIGNMENT_TITLE_LENGTH - 1)}…`;
  return { ok: true, defaultTitle, count };
}

export interface AssignmentPreview {
  matching: number;
  /** Questions a student would get (length capped by what matches). */
  quizLength: number;
  samples: PublicQuestion[];
}

/** How many questions match, and a few of them in their key-free public form. */
export function previewAssignment(values: AssignmentFormValues, seed: string): Parsed<AssignmentPreview> {
  const parsed = parseAssignmentQuestions(values);
  if (!parsed.ok) return parsed;
  if (parsed.value.customSetId !== undefined) {
    return { ok: false, errors: { form: "A custom set is previewed on its own page; it assigns all of its questions." } };
  }
  const checked = checkQuestionChoice(parsed.value);
  if (!checked.ok) return checked;
  const samples = selectQuestions(loadQuestionBank(), { ...parsed.value, length: PREVIEW_SAMPLE_SIZE }, seed);
  return {
    ok: true,
    value: {
      matching: checked.count,
      quizLength: Math.min(parsed.value.length, checked.count),
      samples: samples.map((q) => toPublicQuestion(q, seed)),
    },
  };
}

/** previewAssignment for any source: a custom set shows its first questions, in its order. */
export async function previewAssignmentChoice(
  db: Database,
  actor: Actor,
  values: AssignmentFormValues,
  seed: string,
): Promise<Parsed<AssignmentPreview>> {
  if (values.source !== "custom") return previewAssignment(values, seed);
  const parsed = parseAssignmentQuestions(values);
  if (!parsed.ok) return parsed;
  const snapshot = await snapshotCustomSet(db, actor, parsed.value.customSetId ?? "");
  if (!snapshot.ok) return snapshot;
  const { questionIds } = snapshot.value;
  const questions = await loadQuestionsByIds(db, questionIds.slice(0, PREVIEW_SAMPLE_SIZE));
  const samples = questionIds.flatMap((id) => {
    const question = questions.get(id);
    return question ? [toPublicQuestion(question, seed)] : [];
  });
  return { ok: true, value: { matching: questionIds.length, quizLength: questionIds.length, samples } };
}

/**
 * The stored definition of the chosen questions. A custom set is snapshotted here: its question ids
 * at their current versions, in its order, so later edits to the set leave this assignment alone.
 */
async function resolveQuestionChoice(
  db: Database,
  actor: Actor,
  choice: AssignmentQuestionChoice,
): Promise<Parsed<{ defaultTitle: string; definition: string }>> {
  if (choice.customSetId === undefined) {
    const checked = checkQuestionChoice(choice);
    if (!checked.ok) return checked;
    return { ok: true, value: { defaultTitle: checked.defaultTitle, definition: JSON.stringify(QuizRequestSchema.parse(choice)) } };
  }
  const snapshot = await snapshotCustomSet(db, actor, choice.customSetId);
  if (!snapshot.ok) return snapshot;
  const { name, questionIds } = snapshot.value;
  const request = QuizRequestSchema.parse({ questionIds, length: questionIds.length });
  const defaultTitle = name.length > MAX_ASSIGNMENT_TITLE_LENGTH ? `${name.slice(0, MAX_ASSIGNMENT_TITLE_LENGTH - 1)}…` : name;
  // customSetId is for people reading the row; the quiz reads only the QuizRequest fields.
  return { ok: true, value: { defaultTitle, definition: JSON.stringify({ ...request, customSetId: choice.customSetId }) } };
}

export async function createAssignment(
  db: Database,
  actor: Actor,
  classId: string,
  values: AssignmentFormValues,
  now = new Date(),
): Promise<Parsed<{ assignmentId: string }>> {
  await requireOwnClass(db, actor, classId);
  const parsed = parseAssignmentForm(values);
  if (!parsed.ok) return parsed;
  const input = parsed.value;
  const chosen = await resolveQuestionChoice(db, actor, input.request);
  if (!chosen.ok) return chosen;
  const checked = chosen.value;
  const opensAt = input.opensAt ?? now;
  if (input.dueAt.getTime() <= now.getTime()) {
    return { ok: false, errors: { dueAt: "The due date has already passed. Choose a later one." } };
  }
  const setDefinition = checked.definition;
  const created = await db.assignment.create({
    data: {
      classId,
      title: input.title || checked.defaultTitle,
      setDefinition,
      opensAt,
      dueAt: input.dueAt,
      timeZone: input.timeZone,
      attemptLimit: input.attemptLimit,
      timeLimitSeconds: input.timeLimitSeconds,
      feedbackPolicy: input.feedbackPolicy,
      shuffleQuestions: input.shuffleQuestions,
      shuffleOptions: input.shuffleOptions,
      bankVersion: loadQuestionBank().version,
    },
    select: { id: true },
  });
  return { ok: true, value: { assignmentId: created.id } };
}

/** Read model for the settings page: the assignment, if `actor` teaches its class (HttpError 404/403 otherwise). */
export async function loadAssignmentSettings(db: Database, actor: Actor, assignmentId: string) {
  await requireOwnAssignment(db, actor, assignmentId);
  const assignment = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      id: true,
      classId: true,
      title: true,
      setDefinition: true,
      opensAt: true,
      dueAt: true,
      timeZone: true,
      attemptLimit: true,
      timeLimitSeconds: true,
      feedbackPolicy: true,
      shuffleQuestions: true,
      shuffleOptions: true,
      class: {
        select: {
          id: true,
          name: true,
          enrollments: {
            where: { removedAt: null },
            orderBy: { student: { name: "asc" } },
            select: { student: { select: { id: true, name: true, email: true } } },
          },
        },
      },
      extensions: {
        orderBy: { createdAt: "asc" },
        select: { studentId: true, dueAt: true, extraSeconds: true, student: { select: { name: true, email: true } } },
      },
    },
  });
  const request = QuizRequestSchema.safeParse(safeJson(assignment.setDefinition));
  return { ...assignment, request: request.success ? request.data : null };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function updateAssignmentSettings(
  db: Database,
  actor: Actor,
  assignmentId: string,
  values: AssignmentSettingsValues,
): Promise<Parsed<{ assignmentId: string }>> {
  const assignment = await requireOwnAssignment(db, actor, assignmentId);
  const parsed = parseAssignmentSettings(values, assignment.opensAt);
  if (!parsed.ok) return parsed;
  await db.assignment.update({ where: { id: assignmentId }, data: parsed.value });
  return { ok: true, value: { assignmentId } };
}

/** Adds or replaces one student's extension. The student must be in the class now. */
export async function saveExtension(
  db: Database,
  actor: Actor,
  assignmentId: string,
  values: ExtensionValues,
): Promise<Parsed<{ studentId: string }>> {
  const assignment = await requireOwnAssignment(db, actor, assignmentId);
  const parsed = parseExtension(values, assignment);
  if (!parsed.ok) return parsed;
  const { studentId, dueAt, extraSeconds } = parsed.value;
  const enrolled = await db.enrollment.findFirst({
    where: { classId: assignment.classId, studentId, removedAt: null },
    select: { id: true },
  });
  if (!enrolled) return { ok: false, errors: { studentId: "Choose a student who is in this class." } };
  await db.assignmentExtension.upsert({
    where: { assignmentId_studentId: { assignmentId, studentId } },
    create: { assignmentId, studentId, dueAt, extraSeconds },
    update: { dueAt, extraSeconds },
  });
  return { ok: true, value: { studentId } };
}

export async function removeExtension(db: Database, actor: Actor, assignmentId: string, studentId: string): Promise<void> {
  await requireOwnAssignment(db, actor, assignmentId);
  await db.assignmentExtension.deleteMany({ where: { assignmentId, studentId } });
}

/** The class's assignments, newest due date last, for the teacher's pages. */
export async function listClassAssignments(db: Database, actor: Actor, classId: string) {
  await requireOwnClass(db, actor, classId);
  return db.assignment.findMany({
    where: { classId },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: { id: true, title: true, opensAt: true, dueAt: true, timeZone: true, feedbackPolicy: true },
  });
}

// ---------------------------------------------------------------------------
// The student's list

export interface StudentAssignmentRow {
  id: string;
  title: string;
  classId: string;
  className: string;
  opensAt: Date;
  /** With the student's extension applied. */
  dueAt: Date;
  extended: boolean;
  timeZone: string;
  timeLimitSeconds: number | null;
  attemptLimit: number | null;
  attemptsUsed: number;
  status: AssignmentStatus;
  /** The running attempt to resume. */
  inProgressAttemptId: string | null;
  /** The latest ended attempt, for "Review". */
  lastFinished: { attemptId: string; score: number; maxScore: number } | null;
  /** Whether the feedback policy lets the student see the score yet. */
  scoreVisible: boolean;
  /** Another attempt may be started now. */
  canStart: boolean;
}

/** Assignments of the classes the student is in (not removed from), soonest due first. */
export async function listStudentAssignments(db: Database, actor: Actor, now = new Date()): Promise<StudentAssignmentRow[]> {
  if (!isAllowed(actor, "study:use")) throw new HttpError(403, "Only students have assignments.");
  const assignments = await db.assignment.findMany({
    where: { class: { archivedAt: null, enrollments: { some: { studentId: actor.id, removedAt: null } } } },
    orderBy: [{ dueAt: "asc" }, { createdAt: "asc" }],
    select: {
      ...assignmentTimingSelect(actor.id),
      opensAt: true,
      attemptLimit: true,
      class: { select: { id: true, name: true } },
      attempts: {
        where: { userId: actor.id },
        orderBy: { startedAt: "asc" },
        select: { id: true, status: true, deadlineAt: true, score: true, maxScore: true, startedAt: true },
      },
    },
  });
  return assignments.map((a) => {
    const extension = a.extensions[0] ?? null;
    const dueAt = effectiveDueAt(a, extension);
    const status = assignmentStatusFor({ assignment: a, extension, attempts: a.attempts, now });
    const inProgress = status === "in-progress" ? [...a.attempts].reverse().find((t) => t.status === "in-progress") : undefined;
    const ended = [...a.attempts].reverse().find((t) => t.id !== inProgress?.id);
    const start = canStartAssignmentAttempt({ assignment: a, extension, attemptsUsed: a.attempts.length, now });
    return {
      id: a.id,
      title: a.title,
      classId: a.class.id,
      className: a.class.name,
      opensAt: a.opensAt,
      dueAt,
      extended: extension?.dueAt != null,
      timeZone: a.timeZone,
      timeLimitSeconds: a.timeLimitSeconds === null ? null : a.timeLimitSeconds + (extension?.extraSeconds ?? 0),
      attemptLimit: a.attemptLimit,
      attemptsUsed: a.attempts.length,
      status,
      inProgressAttemptId: inProgress?.id ?? null,
      lastFinished: ended ? { attemptId: ended.id, score: ended.score, maxScore: ended.maxScore } : null,
      scoreVisible: feedbackVisible({
        kind: "assignment",
        feedbackPolicy: a.feedbackPolicy,
        attemptFinished: true,
        dueAt,
        now,
      }),
      canStart: status !== "in-progress" && start.ok,
    };
  });
}
