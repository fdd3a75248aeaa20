/**
 * Results of live class sessions (decision 019), read for the teacher's gradebook, class overview and
 * results page, and for a student's progress page. A session counts as class work once it ended.
 *
 * The questions a session asked are those it reached (up to its last question on screen) minus the
 * ones the host skipped. A player's score is the grader's score summed over those questions, divided
 * by their number, so a question left unanswered scores 0, as on an assignment. Guests count in the
 * class's figures and the item analysis but are never named: only signed-in students have a row.
 *
 * Every reader checks access itself: the teacher who owns the class (requireOwnClass, 404/403), or
 * the student reading their own results.
 */
import "server-only";
import { z } from "zod";
import { parseStoredJson } from "../attempts/attempt-record";
import { isAllowed, type Actor } from "../auth/policy";
import { requireOwnClass } from "../classes/class-access";
import { questionLookupFor } from "../curation/question-source";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { describeAnswer } from "../teaching/dashboards/answer-text";
import { itemRow, type ItemRow } from "../teaching/dashboards/item-analysis";
import { average } from "../teaching/dashboards/shared";
import { computeItemStatistics } from "../teaching/item-statistics";

const IdListSchema = z.array(z.string());

function idList(json: string): string[] {
  const parsed = IdListSchema.safeParse(parseStoredJson(json));
  return parsed.success ? parsed.data : [];
}

/** The questions a session put to its players, in order: reached and not skipped. */
export function askedQuestionIds(session: { questionIds: string; skippedIds: string; currentIndex: number }): string[] {
  const skipped = new Set(idList(session.skippedIds));
  return idList(session.questionIds)
    .slice(0, Math.max(0, session.currentIndex + 1))
    .filter((id) => !skipped.has(id));
}

const sessionSelect = {
  id: true,
  title: true,
  questionIds: true,
  skippedIds: true,
  currentIndex: true,
  phase: true,
  createdAt: true,
  endedAt: true,
} as const;

type SessionRow = { id: string; questionIds: string; skippedIds: string; currentIndex: number };

/** Each player's score (0..1) over the session's asked questions; one grouped query. */
async function playerScores(db: Database, session: SessionRow, asked: readonly string[]): Promise<Map<string, number>> {
  if (asked.length === 0) return new Map();
  const sums = await db.liveAnswer.groupBy({
    by: ["playerId"],
    where: { sessionId: session.id, questionId: { in: [...asked] } },
    _sum: { score: true },
  });
  return new Map(sums.map((row) => [row.playerId, Number(row._sum.score ?? 0) / asked.length]));
}

export interface LiveSessionSummary {
  id: string;
  title: string;
  endedAt: Date;
  /** Everyone who joined, guests included. */
  players: number;
  questionsAsked: number;
  /** Mean of the players' scores, 0..1; null with no players or no questions asked. */
  classScore: number | null;
}

/** The class's ended live sessions, oldest first, for the overview. Teacher of the class only. */
export async function listEndedLiveSessions(db: Database, actor: Actor, classId: string): Promise<LiveSessionSummary[]> {
  await requireOwnClass(db, actor, classId);
  return (await endedSessionSummaries(db, classId)).map((row) => row.summary);
}

async function endedSessionSummaries(db: Database, classId: string) {
  const sessions = await db.liveSession.findMany({
    where: { classId, phase: "ended" },
    orderBy: [{ endedAt: "asc" }, { id: "asc" }],
    select: { ...sessionSelect, players: { select: { id: true, userId: true } } },
  });
  return Promise.all(
    sessions.map(async (session) => {
      const asked = askedQuestionIds(session);
      const scores = await playerScores(db, session, asked);
      const all = session.players.map((p) => scores.get(p.id) ?? 0);
      return {
        summary: {
          id: session.id,
          title: session.title,
          endedAt: session.endedAt ?? session.createdAt,
          players: session.players.length,
          questionsAsked: asked.length,
          classScore: asked.length === 0 ? null : average(all),
        } satisfies LiveSessionSummary,
        /** userId → score, signed-in students only. */
        byStudent: new Map(
          session.players.flatMap((p) => (p.userId && asked.length > 0 ? [[p.userId, scores.get(p.id) ?? 0] as const] : [])),
        ),
      };
    }),
  );
}

export interface LiveGradebook {
  sessions: LiveSessionSummary[];
  /** sessionId → userId → score 0..1; a student who did not join has no entry. */
  scores: Map<string, Map<string, number>>;
}

/** The gradebook's live-session columns. Teacher of the class only. */
export async function loadLiveGradebook(db: Database, actor: Actor, classId: string): Promise<LiveGradebook> {
  await requireOwnClass(db, actor, classId);
  const rows = await endedSessionSummaries(db, classId);
  return {
    sessions: rows.map((r) => r.summary),
    scores: new Map(rows.map((r) => [r.summary.id, r.byStudent])),
  };
}

export interface LiveStudentResult {
  id: string;
  name: string;
  email: string;
  score: number;
  /** Questions answered (of the asked ones). */
  answered: number;
  /** questionId → score 0..1, for the questions answered. */
  perQuestion: Map<string, number>;
}

export interface LiveSessionResults {
  class: { id: string; name: string };
  session: { id: string; title: string; phase: string; createdAt: Date; endedAt: Date | null };
  /** Ids of the questions asked, in order (item rows are numbered in the same order). */
  questionIds: string[];
  players: number;
  guests: number;
  classScore: number | null;
  students: LiveStudentResult[];
  /** The same rows as an assignment's item analysis: every player's answers, each question's key. */
  items: ItemRow[];
}

/**
 * One session's results: per student, per question, and the item analysis. null when the class has
 * no such session. A session still running shows what is stored so far. Teacher of the class only.
 */
export async function loadLiveSessionResults(
  db: Database,
  actor: Actor,
  classId: string,
  sessionId: string,
): Promise<LiveSessionResults | null> {
  const klass = await requireOwnClass(db, actor, classId);
  const session = await db.liveSession.findUnique({ where: { id: sessionId }, select: { ...sessionSelect, classId: true } });
  if (!session || session.classId !== klass.id) return null;
  const asked = askedQuestionIds(session);
  const [players, answers] = await Promise.all([
    db.livePlayer.findMany({
      where: { sessionId },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
      select: { id: true, user: { select: { id: true, name: true, email: true } } },
    }),
    asked.length === 0
      ? []
      : db.liveAnswer.findMany({
          where: { sessionId, questionId: { in: asked } },
          select: { playerId: true, questionId: true, score: true, response: true },
        }),
  ]);
  const byPlayer = new Map<string, Map<string, number>>(players.map((p) => [p.id, new Map()]));
  for (const a of answers) byPlayer.get(a.playerId)?.set(a.questionId, a.score);

  // Every player was asked every question: unanswered ones score 0, as on an assignment.
  const matrix = players.map((p) => {
    const answered = byPlayer.get(p.id)!;
    return { scores: new Map(asked.map((id) => [id, answered.get(id) ?? 0])) };
  });
  const findQuestion = await questionLookupFor(db, new Set(asked));
  const wrong = new Map<string, { key: string; text: string }[]>();
  for (const a of answers) {
    if (a.score >= 1) continue;
    if (!wrong.has(a.questionId)) wrong.set(a.questionId, []);
    wrong.get(a.questionId)!.push(describeAnswer(findQuestion(a.questionId), parseStoredJson(a.response)));
  }
  const stats = new Map(computeItemStatistics(matrix).map((s) => [s.questionId, s]));
  const items: ItemRow[] = asked.flatMap((questionId, index) => {
    const stat = stats.get(questionId);
    if (!stat) return [];
    return [itemRow(stat, index + 1, findQuestion(questionId), wrong.get(questionId) ?? [])];
  });

  const scoreOf = (playerId: string) => {
    let sum = 0;
    for (const s of byPlayer.get(playerId)!.values()) sum += s;
    return asked.length === 0 ? 0 : sum / asked.length;
  };
  const students = players
    .flatMap((p) =>
      p.user ? [{ ...p.user, score: scoreOf(p.id), answered: byPlayer.get(p.id)!.size, perQuestion: byPlayer.get(p.id)! }] : [],
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return {
    class: { id: klass.id, name: klass.name },
    session: { id: session.id, title: session.title, phase: session.phase, createdAt: session.createdAt, endedAt: session.endedAt },
    questionIds: asked,
    players: players.length,
    guests: players.length - students.length,
    classScore: asked.length === 0 ? null : average(players.map((p) => scoreOf(p.id))),
    students,
    items,
  };
}

export interface MyLiveResult {
  sessionId: string;
  title: string;
  className: string;
  endedAt: Date;
  questionsAsked: number;
  answered: number;
  /** Fully right answers. */
  correct: number;
  score: number;
}

/** A student's own results in the ended live sessions they played, newest first. */
export async function loadMyLiveResults(db: Database, actor: Actor): Promise<MyLiveResult[]> {
  if (!isAllowed(actor, "study:use")) throw new HttpError(403, "Only students have live session results.");
  const players = await db.livePlayer.findMany({
    where: { userId: actor.id, session: { phase: "ended" } },
    select: {
      id: true,
      session: { select: { ...sessionSelect, class: { select: { name: true } } } },
      answers: { select: { questionId: true, score: true, correct: true } },
    },
  });
  return players
    .map((p) => {
      const asked = new Set(askedQuestionIds(p.session));
      const counted = p.answers.filter((a) => asked.has(a.questionId));
      return {
        sessionId: p.session.id,
        title: p.session.title,
        className: p.session.class.name,
        endedAt: p.session.endedAt ?? p.session.createdAt,
        questionsAsked: asked.size,
        answered: counted.length,
        correct: counted.filter((a) => a.correct).length,
        score: asked.size === 0 ? 0 : counted.reduce((sum, a) => sum + a.score, 0) / asked.size,
      };
    })
    .sort((a, b) => b.endedAt.getTime() - a.endedAt.getTime());
}
