/**
 * The host's commands: next, reveal, skip, pause, resume, end. Each names the version the host's
 * screen showed and moves the session one step, bumping the version; a command that does not fit the
 * current phase, or one sent from a stale screen (a double click, a second tab), is refused with 409,
 * so a repeated "next" never skips a question. The write is conditional on that version, so two
 * instances handling two commands at once cannot both apply.
 */
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { parseBodyOr400 } from "../http/parse-body";
import type { LiveEvents } from "./live-events";
import { applyHostCommand, HOST_COMMANDS, type LivePhase } from "./live-rules";
import { requireHostedSession, stateOf } from "./live-session-record";

export const HostCommandSchema = z.object({
  command: z.enum(HOST_COMMANDS),
  /** The version the host's screen was showing. */
  version: z.number().int().min(1),
});

const STALE_SCREEN = "The session moved on since your screen was updated (another tab or device?). Check it and try again.";

export async function runHostCommand(
  db: Database,
  events: LiveEvents,
  teacher: Actor,
  sessionId: string,
  body: unknown,
  now = new Date(),
): Promise<{ version: number; phase: LivePhase }> {
  const { command, version } = parseBodyOr400(HostCommandSchema, body, "Invalid command");
  const session = await requireHostedSession(db, teacher, sessionId);
  if (session.version !== version) throw new HttpError(409, STALE_SCREEN);
  const outcome = applyHostCommand(stateOf(session), command);
  if (!outcome.ok) throw new HttpError(409, outcome.message);

  const nextVersion = version + 1;
  const ended = outcome.phase === "ended";
  let questionOpenedAt = session.questionOpenedAt;
  if (outcome.opensQuestion) questionOpenedAt = now;
  // A countdown never counts paused time: resuming moves the question's start forward by the pause.
  if (command === "resume" && session.pausedAt && questionOpenedAt) {
    questionOpenedAt = new Date(questionOpenedAt.getTime() + (now.getTime() - session.pausedAt.getTime()));
  }
  const skipped = outcome.skipCurrent && session.currentQuestionId ? [...session.skippedIds, session.currentQuestionId] : session.skippedIds;

  const changed = await db.liveSession.updateMany({
    where: { id: sessionId, version },
    data: {
      phase: outcome.phase,
      currentIndex: outcome.currentIndex,
      questionOpenedAt,
      pausedAt: outcome.paused ? (session.pausedAt ?? now) : null,
      skippedIds: JSON.stringify(skipped),
      version: nextVersion,
      // An ended session frees its PIN for another class.
      ...(ended ? { endedAt: now, pin: null } : {}),
    },
  });
  if (changed.count === 0) throw new HttpError(409, STALE_SCREEN);
  await events.publish(sessionId, nextVersion);
  return { version: nextVersion, phase: outcome.phase };
}
