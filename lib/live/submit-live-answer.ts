/**
 * A player's answer to the open question: graded on the server by the app's grader (the question
 * found through the question source), stored once per player and question, and once per client
 * answer id, so a resent answer returns the first result. The reply says only that the answer was
 * stored: the verdict, like the key, waits for the host's reveal (a true/false verdict is the key).
 * Refused (409) for a question that is not open: revealed, skipped, paused, ended, or past the
 * player's countdown (× their time multiplier) plus the grace.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { questionLookupFor } from "../curation/question-source";
import type { Database } from "../db/create-client";
import { HttpError, isUniqueViolation } from "../errors";
import { parseBodyOr400 } from "../http/parse-body";
import { ClientAnswerIdSchema, gradeSubmission } from "../questions/grade-submission";
import type { LiveEvents } from "./live-events";
import { checkLiveAnswer, pointsFor } from "./live-rules";
import { loadLiveSession, requirePlayer, type PlayerIdentity } from "./live-session-record";

export const LiveAnswerBodySchema = z.object({
  clientAnswerId: ClientAnswerIdSchema,
  questionId: z.string().max(80),
  response: z.unknown(),
});

export interface LiveAnswerResult {
  recorded: "new" | "duplicate";
  questionId: string;
}

function newRowId(): string {
  return `l${Date.now().toString(36)}${randomBytes(8).toString("hex")}`;
}

export async function submitLiveAnswer(
  db: Database,
  events: LiveEvents,
  identity: PlayerIdentity,
  sessionId: string,
  body: unknown,
  now = new Date(),
): Promise<LiveAnswerResult> {
  const input = parseBodyOr400(LiveAnswerBodySchema, body, "Invalid answer");
  const session = await loadLiveSession(db, sessionId);
  const player = await requirePlayer(db, sessionId, identity);

  /** The stored answer for this id as a "duplicate"; 409 when the id or the question clash. */
  const replay = async (): Promise<LiveAnswerResult | null> => {
    const existing = await db.liveAnswer.findFirst({
      where: { playerId: player.id, OR: [{ clientAnswerId: input.clientAnswerId }, { questionId: input.questionId }] },
      select: { clientAnswerId: true, questionId: true },
    });
    if (!existing) return null;
    if (existing.clientAnswerId !== input.clientAnswerId) throw new HttpError(409, "You already answered this question.");
    if (existing.questionId !== input.questionId) throw new HttpError(409, "This answer id was already used for another question.");
    return { recorded: "duplicate", questionId: existing.questionId };
  };

  const check = checkLiveAnswer({
    phase: session.phase,
    paused: session.pausedAt !== null,
    currentQuestionId: session.currentQuestionId,
    questionId: input.questionId,
    questionOpenedAt: session.questionOpenedAt,
    countdownSeconds: session.countdownSeconds,
    timeMultiplier: player.timeMultiplier,
    now,
  });
  if (!check.ok) {
    // A resend of an answer stored in time is still a success, whatever happened since.
    const duplicate = await replay();
    if (duplicate) return duplicate;
    throw new HttpError(check.status, check.message);
  }

  const question = (await questionLookupFor(db, [input.questionId]))(input.questionId);
  if (!question) throw new HttpError(409, "This question is no longer available.");
  const { response, result } = gradeSubmission(question, input.response);
  const points = pointsFor({
    score: result.score,
    speedPoints: session.speedPoints,
    countdownSeconds: session.countdownSeconds,
    timeMultiplier: player.timeMultiplier,
    elapsedMs: check.elapsedMs,
  });

  try {
    // Stored only while the question is still the open one: a reveal or skip committed since the
    // read above wins, and the answer is refused rather than counted after the distribution showed.
    const inserted = await db.$executeRaw`
      INSERT INTO "LiveAnswer" ("id", "sessionId", "playerId", "questionId", "response", "score", "correct", "points", "clientAnswerId", "answeredAt")
      SELECT ${newRowId()}, ${sessionId}, ${player.id}, ${input.questionId}, ${JSON.stringify(response)}, ${result.score},
        ${result.correct}, ${points}, ${input.clientAnswerId}, ${now}
      WHERE EXISTS (
        SELECT 1 FROM "LiveSession"
        WHERE "id" = ${sessionId} AND "phase" = 'question' AND "currentIndex" = ${session.currentIndex} AND "pausedAt" IS NULL
      )`;
    if (inserted === 0) throw new HttpError(409, "This question is not open any more.");
  } catch (error) {
    if (isUniqueViolation(error)) {
      const duplicate = await replay();
      if (duplicate) return duplicate;
    }
    throw error;
  }
  // Same version: nothing on the players' screens changed, but the host's answered count did.
  await events.publish(sessionId, session.version);
  return { recorded: "new", questionId: input.questionId };
}
