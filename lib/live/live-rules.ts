/**
 * The rules of a live class session, pure and client-safe: the settings, the PIN, which host command
 * may follow which phase, when an answer is still accepted, points, the answer distribution and the
 * leaderboard. The server modules beside this one apply them to database rows; the host and player
 * pages may use them to label buttons.
 */
import { z } from "zod";

export const LIVE_PHASES = ["lobby", "question", "revealed", "ended"] as const;
export type LivePhase = (typeof LIVE_PHASES)[number];

export const LEADERBOARD_MODES = ["off", "top5", "class-total"] as const;
export type LeaderboardMode = (typeof LEADERBOARD_MODES)[number];

export const HOST_COMMANDS = ["next", "reveal", "skip", "pause", "resume", "end"] as const;
export type HostCommand = (typeof HOST_COMMANDS)[number];

export const MIN_COUNTDOWN_SECONDS = 5;
export const MAX_COUNTDOWN_SECONDS = 300;
export const MAX_LIVE_QUESTIONS = 50;
/** Network and clock slack after a countdown ends: an answer sent in the last second still counts. */
export const ANSWER_GRACE_MS = 2_000;
/** Points for a fully right answer; speed points add at most half of that, and only when switched on. */
export const ACCURACY_POINTS = 1_000;
export const MAX_SPEED_POINTS = 500;

/** What the host chooses at start. Accuracy first: no countdown, no speed points, no leaderboard by default. */
export const LiveSettingsSchema = z.object({
  countdownSeconds: z.number().int().min(MIN_COUNTDOWN_SECONDS).max(MAX_COUNTDOWN_SECONDS).nullable().default(null),
  speedPoints: z.boolean().default(false),
  leaderboard: z.enum(LEADERBOARD_MODES).default("off"),
  guestsAllowed: z.boolean().default(false),
});
export type LiveSettings = z.infer<typeof LiveSettingsSchema>;

/** Six digits, easy to read aloud and to type on a phone. */
export const PIN_LENGTH = 6;
export const PinSchema = z
  .string({ error: "Enter the game PIN." })
  .transform((pin) => pin.replace(/\s+/g, ""))
  .pipe(z.string().regex(/^\d{6}$/, "A game PIN is six digits."));

/** A PIN from a random source (crypto on the server); never starts with 0, so it reads as six digits. */
export function pinFrom(randomInt: (maxExclusive: number) => number): string {
  return String(100_000 + randomInt(900_000));
}

/** The state a host command needs and changes. */
export interface LiveState {
  phase: LivePhase;
  currentIndex: number;
  questionCount: number;
  paused: boolean;
}

export type CommandOutcome =
  | { ok: true; phase: LivePhase; currentIndex: number; paused: boolean; skipCurrent: boolean; opensQuestion: boolean }
  | { ok: false; message: string };

/**
 * What a host command does from this state, or why it cannot happen now (the route answers 409).
 * next: lobby → first question, revealed → the following one (or the end after the last);
 * reveal: question → revealed; skip: question → the following one, the skipped one left out of the
 * results; pause/resume: while a question or its reveal is on screen; end: from anything but ended.
 */
export function applyHostCommand(state: LiveState, command: HostCommand): CommandOutcome {
  const refuse = (message: string): CommandOutcome => ({ ok: false, message });
  const move = (skipCurrent: boolean): CommandOutcome => {
    const next = state.currentIndex + 1;
    if (next >= state.questionCount) {
      return { ok: true, phase: "ended", currentIndex: state.currentIndex, paused: false, skipCurrent, opensQuestion: false };
    }
    return { ok: true, phase: "question", currentIndex: next, paused: false, skipCurrent, opensQuestion: true };
  };
  if (state.phase === "ended") return refuse("This live session has ended.");
  if (state.paused && command !== "resume" && command !== "end") return refuse("The session is paused. Resume it first.");
  switch (command) {
    case "next":
      if (state.phase === "question") return refuse("Reveal the answer (or skip the question) before moving on.");
      return move(false);
    case "reveal":
      if (state.phase !== "question") return refuse("There is no open question to reveal.");
      return { ok: true, phase: "revealed", currentIndex: state.currentIndex, paused: false, skipCurrent: false, opensQuestion: false };
    case "skip":
      if (state.phase !== "question") return refuse("Only an open question can be skipped.");
      return move(true);
    case "pause":
      if (state.phase === "lobby") return refuse("The session has not started yet.");
      return { ok: true, phase: state.phase, currentIndex: state.currentIndex, paused: true, skipCurrent: false, opensQuestion: false };
    case "resume":
      if (!state.paused) return refuse("The session is not paused.");
      return { ok: true, phase: state.phase, currentIndex: state.currentIndex, paused: false, skipCurrent: false, opensQuestion: false };
    case "end":
      return { ok: true, phase: "ended", currentIndex: state.currentIndex, paused: false, skipCurrent: false, opensQuestion: false };
  }
}

/** Milliseconds a player has for the open question: the countdown × their multiplier, or null when untimed. */
export function answerWindowMs(countdownSeconds: number | null, timeMultiplier: number): number | null {
  return countdownSeconds === null ? null : Math.round(countdownSeconds * 1000 * timeMultiplier);
}

export type AnswerCheck = { ok: true; elapsedMs: number } | { ok: false; status: 409; message: string };

/**
 * Whether an answer to `questionId` is accepted now: only for the question on screen, while it is open
 * (not revealed, skipped, paused or ended), and before the player's countdown ends (plus the grace).
 */
export function checkLiveAnswer(input: {
  phase: LivePhase;
  paused: boolean;
  currentQuestionId: string | null;
  questionId: string;
  questionOpenedAt: Date | null;
  countdownSeconds: number | null;
  timeMultiplier: number;
  now: Date;
}): AnswerCheck {
  const refuse = (message: string): AnswerCheck => ({ ok: false, status: 409, message });
  if (input.phase === "ended") return refuse("This live session has ended.");
  if (input.currentQuestionId !== input.questionId) return refuse("This question is not open any more.");
  if (input.phase === "revealed") return refuse("The answer has been revealed, so answers are closed.");
  if (input.phase !== "question" || !input.questionOpenedAt) return refuse("This question is not open yet.");
  if (input.paused) return refuse("The teacher paused the session. Wait for it to go on.");
  const elapsedMs = Math.max(0, input.now.getTime() - input.questionOpenedAt.getTime());
  const window = answerWindowMs(input.countdownSeconds, input.timeMultiplier);
  if (window !== null && elapsedMs > window + ANSWER_GRACE_MS) return refuse("Time is up for this question.");
  return { ok: true, elapsedMs };
}

/**
 * Accuracy first: the grader's score (0–1) × 1000. Speed points, only when the host switched them on
 * and set a countdown, add up to 500 more in proportion to the time left of the player's own window
 * (so extra time never costs points), and only in proportion to how right the answer was.
 */
export function pointsFor(input: {
  score: number;
  speedPoints: boolean;
  countdownSeconds: number | null;
  timeMultiplier: number;
  elapsedMs: number;
}): number {
  const accuracy = Math.round(input.score * ACCURACY_POINTS);
  const window = answerWindowMs(input.countdownSeconds, input.timeMultiplier);
  if (!input.speedPoints || window === null || input.score <= 0) return accuracy;
  const timeLeft = Math.min(1, Math.max(0, (window - input.elapsedMs) / window));
  return accuracy + Math.round(MAX_SPEED_POINTS * input.score * timeLeft);
}

/** How the answers to one question split: per option for choice questions, else right / partly right / wrong. */
export interface AnswerDistribution {
  answered: number;
  correct: number;
  partial: number;
  wrong: number;
  /** Option id → how many chose it (multiple choice: each ticked option; true/false: "true" and "false"). */
  byOption: Record<string, number>;
}

export function distributionOf(answers: readonly { response: unknown; score: number; correct: boolean }[]): AnswerDistribution {
  const out: AnswerDistribution = { answered: answers.length, correct: 0, partial: 0, wrong: 0, byOption: {} };
  for (const answer of answers) {
    if (answer.correct) out.correct += 1;
    else if (answer.score > 0) out.partial += 1;
    else out.wrong += 1;
    for (const option of chosenOptions(answer.response)) out.byOption[option] = (out.byOption[option] ?? 0) + 1;
  }
  return out;
}

/** The options a choice answer picked ({ selected: [...] } or { value: true/false }); none for other types. */
function chosenOptions(response: unknown): string[] {
  if (typeof response !== "object" || response === null) return [];
  const { selected, value } = response as { selected?: unknown; value?: unknown };
  if (Array.isArray(selected)) return selected.filter((id): id is string => typeof id === "string");
  if (typeof value === "boolean") return [String(value)];
  return [];
}

export interface PlayerTotal {
  nickname: string;
  points: number;
}

export type Leaderboard =
  | { mode: "off" }
  | { mode: "top5"; entries: { rank: number; nickname: string; points: number }[] }
  | { mode: "class-total"; points: number; players: number };

/** The leaderboard the host chose: nothing, the five highest by nickname (ties share a rank), or the class's total. */
export function leaderboardFor(mode: LeaderboardMode, totals: readonly PlayerTotal[]): Leaderboard {
  if (mode === "off") return { mode };
  if (mode === "class-total") return { mode, points: totals.reduce((sum, t) => sum + t.points, 0), players: totals.length };
  const sorted = [...totals].sort((a, b) => b.points - a.points || a.nickname.localeCompare(b.nickname));
  const entries = sorted.slice(0, 5).map((t) => ({ rank: 1 + sorted.findIndex((o) => o.points === t.points), ...t }));
  return { mode, entries };
}
