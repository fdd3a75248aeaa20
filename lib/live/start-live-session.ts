/**
 * A teacher starts a live session for one of their classes, from a study set, one of their custom
 * sets (or a colleague's shared one) or an assignment's questions. The questions are fixed now, so
 * every instance and every reconnecting player sees the same list. The session opens in the lobby
 * with a fresh PIN.
 */
import "server-only";
import { randomInt } from "node:crypto";
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { parseStoredJson, studySetTitle } from "../attempts/attempt-record";
import { QuizRequestSchema, type QuizRequest } from "../attempts/quiz-request";
import { selectAssignmentQuestions, selectQuestions } from "../attempts/select-questions";
import { pickQuestions } from "../attempts/start-attempt";
import { requireOwnAssignment, requireOwnClass } from "../classes/class-access";
import { snapshotCustomSet } from "../curation/custom-sets";
import { drawPoolFor } from "../curation/draw-pool";
import { loadHiddenQuestionIds } from "../curation/question-source";
import type { Database } from "../db/create-client";
import { HttpError, isUniqueViolation } from "../errors";
import { parseBodyOr400 } from "../http/parse-body";
import { LiveSettingsSchema, MAX_LIVE_QUESTIONS, pinFrom } from "./live-rules";

const IdSchema = z.string().min(1).max(64);

export const StartLiveSessionSchema = z.object({
  classId: IdSchema,
  source: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("study-set"), setId: z.string().max(80), length: z.number().int().min(1).max(MAX_LIVE_QUESTIONS).default(10) }),
    z.object({ kind: z.literal("custom-set"), customSetId: IdSchema }),
    z.object({ kind: z.literal("assignment"), assignmentId: IdSchema }),
  ]),
  settings: LiveSettingsSchema.default(LiveSettingsSchema.parse({})),
});
export type StartLiveSessionInput = z.input<typeof StartLiveSessionSchema>;

/** Tries before giving up on a free PIN; with 900 000 PINs and a few open sessions, one is nearly always enough. */
const PIN_TRIES = 8;

/** The session's title and question ids, from whichever source the teacher chose. */
async function questionsFor(
  db: Database,
  teacher: Actor,
  classId: string,
  source: z.infer<typeof StartLiveSessionSchema>["source"],
): Promise<{ title: string; questionIds: string[] }> {
  const hidden = await loadHiddenQuestionIds(db, [teacher.id]);
  switch (source.kind) {
    case "study-set": {
      const title = studySetTitle(source.setId);
      if (!title) throw new HttpError(400, "Unknown study set.");
      const request: QuizRequest = { setId: source.setId, length: source.length };
      const pool = await drawPoolFor(db, request, hidden);
      return { title, questionIds: pickQuestions(() => selectQuestions(pool.bank, request, `live:${randomInt(2 ** 31)}`, pool.exclude)).map((q) => q.id) };
    }
    case "custom-set": {
      const snapshot = await snapshotCustomSet(db, teacher, source.customSetId);
      if (!snapshot.ok) throw new HttpError(400, Object.values(snapshot.errors)[0] ?? "Choose one of your sets.");
      return { title: snapshot.value.name, questionIds: snapshot.value.questionIds.slice(0, MAX_LIVE_QUESTIONS) };
    }
    case "assignment": {
      const assignment = await requireOwnAssignment(db, teacher, source.assignmentId);
      if (assignment.classId !== classId) throw new HttpError(400, "This assignment belongs to another class.");
      const row = await db.assignment.findUniqueOrThrow({ where: { id: assignment.id }, select: { title: true, setDefinition: true } });
      const definition = QuizRequestSchema.safeParse(parseStoredJson(row.setDefinition));
      if (!definition.success) throw new HttpError(409, "This assignment's question set is not valid.");
      // The same questions the class's assignment asks (item analysis compares like with like).
      const pool = await drawPoolFor(db, definition.data, hidden);
      return { title: row.title, questionIds: pickQuestions(() => selectAssignmentQuestions(pool.bank, assignment.id, definition.data, pool.exclude)).map((q) => q.id) };
    }
  }
}

export async function startLiveSession(db: Database, teacher: Actor, body: unknown): Promise<{ sessionId: string; pin: string }> {
  const input = parseBodyOr400(StartLiveSessionSchema, body, "This live session is not valid");
  await requireOwnClass(db, teacher, input.classId);
  const { title, questionIds } = await questionsFor(db, teacher, input.classId, input.source);

  for (let attempt = 0; attempt < PIN_TRIES; attempt++) {
    const pin = pinFrom(randomInt);
    try {
      const created = await db.liveSession.create({
        data: {
          classId: input.classId,
          hostId: teacher.id,
          pin,
          title,
          questionIds: JSON.stringify(questionIds),
          ...input.settings,
        },
        select: { id: true },
      });
      return { sessionId: created.id, pin };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new HttpError(503, "No free game PIN right now. Try again in a moment.");
}
