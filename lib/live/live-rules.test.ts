import { describe, expect, it } from "vitest";
import {
  ANSWER_GRACE_MS,
  applyHostCommand,
  checkLiveAnswer,
  distributionOf,
  leaderboardFor,
  LiveSettingsSchema,
  PinSchema,
  pinFrom,
  pointsFor,
  type HostCommand,
  type LiveState,
} from "./live-rules";

const state = (phase: LiveState["phase"], currentIndex: number, paused = false): LiveState => ({
  phase,
  currentIndex,
  questionCount: 3,
  paused,
});

describe("host commands", () => {
  it.each<[string, LiveState, HostCommand, { phase: string; currentIndex: number; paused: boolean; skipCurrent: boolean }]>([
    ["next opens the first question", state("lobby", -1), "next", { phase: "question", currentIndex: 0, paused: false, skipCurrent: false }],
    ["reveal shows the answer", state("question", 0), "reveal", { phase: "revealed", currentIndex: 0, paused: false, skipCurrent: false }],
    ["next after a reveal opens the following question", state("revealed", 0), "next", { phase: "question", currentIndex: 1, paused: false, skipCurrent: false }],
    ["next after the last reveal ends", state("revealed", 2), "next", { phase: "ended", currentIndex: 2, paused: false, skipCurrent: false }],
    ["skip moves on and marks the question", state("question", 1), "skip", { phase: "question", currentIndex: 2, paused: false, skipCurrent: true }],
    ["skipping the last question ends", state("question", 2), "skip", { phase: "ended", currentIndex: 2, paused: false, skipCurrent: true }],
    ["pause keeps the question", state("question", 1), "pause", { phase: "question", currentIndex: 1, paused: true, skipCurrent: false }],
    ["resume goes on", state("question", 1, true), "resume", { phase: "question", currentIndex: 1, paused: false, skipCurrent: false }],
    ["end works from the lobby", state("lobby", -1), "end", { phase: "ended", currentIndex: -1, paused: false, skipCurrent: false }],
    ["end works while paused", state("revealed", 1, true), "end", { phase: "ended", currentIndex: 1, paused: false, skipCurrent: false }],
  ])("%s", (_name, from, command, expected) => {
    expect(applyHostCommand(from, command)).toMatchObject({ ok: true, ...expected });
  });

  it.each<[string, LiveState, HostCommand, RegExp]>([
    ["reveal in the lobby", state("lobby", -1), "reveal", /no open question/],
    ["next before the reveal", state("question", 0), "next", /Reveal the answer/],
    ["reveal twice", state("revealed", 0), "reveal", /no open question/],
    ["skip after the reveal", state("revealed", 0), "skip", /Only an open question/],
    ["pause in the lobby", state("lobby", -1), "pause", /not started/],
    ["resume when running", state("question", 0), "resume", /not paused/],
    ["next while paused", state("revealed", 0, true), "next", /paused/],
    ["anything after the end", state("ended", 2), "next", /ended/],
    ["end twice", state("ended", 2), "end", /ended/],
  ])("refuses %s", (_name, from, command, message) => {
    const outcome = applyHostCommand(from, command);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toMatch(message);
  });
});

describe("accepting an answer", () => {
  const opened = new Date("2026-05-01T10:00:00Z");
  const at = (ms: number) => new Date(opened.getTime() + ms);
  const base = {
    phase: "question" as const,
    paused: false,
    currentQuestionId: "q1",
    questionId: "q1",
    questionOpenedAt: opened,
    countdownSeconds: 20 as number | null,
    timeMultiplier: 1,
    now: at(1_000),
  };

  it.each([
    ["inside the countdown", {}, true],
    ["in the grace after the countdown", { now: at(20_000 + ANSWER_GRACE_MS) }, true],
    ["after the countdown and grace", { now: at(20_001 + ANSWER_GRACE_MS) }, false],
    ["with ×1.5 extra time, after the plain countdown", { timeMultiplier: 1.5, now: at(25_000) }, true],
    ["with ×1.5 extra time, after its own countdown", { timeMultiplier: 1.5, now: at(30_001 + ANSWER_GRACE_MS) }, false],
    ["untimed, much later", { countdownSeconds: null, now: at(3_600_000) }, true],
    ["for another question", { questionId: "q2" }, false],
    ["after the reveal", { phase: "revealed" as const }, false],
    ["while paused", { paused: true }, false],
    ["in the lobby", { phase: "lobby" as const, currentQuestionId: null }, false],
    ["after the end", { phase: "ended" as const }, false],
  ])("%s → accepted %s", (_name, overrides, accepted) => {
    expect(checkLiveAnswer({ ...base, ...overrides }).ok).toBe(accepted);
  });
});

describe("points", () => {
  it.each([
    ["right, accuracy only", { score: 1, speedPoints: false, countdownSeconds: 20, elapsedMs: 1_000 }, 1000],
    ["half right, accuracy only", { score: 0.5, speedPoints: false, countdownSeconds: 20, elapsedMs: 1_000 }, 500],
    ["right at once with speed points", { score: 1, speedPoints: true, countdownSeconds: 20, elapsedMs: 0 }, 1500],
    ["right halfway with speed points", { score: 1, speedPoints: true, countdownSeconds: 20, elapsedMs: 10_000 }, 1250],
    ["wrong at once with speed points", { score: 0, speedPoints: true, countdownSeconds: 20, elapsedMs: 0 }, 0],
    ["speed points without a countdown", { score: 1, speedPoints: true, countdownSeconds: null, elapsedMs: 0 }, 1000],
  ])("%s → %i", (_name, input, expected) => {
    expect(pointsFor({ timeMultiplier: 1, ...input })).toBe(expected);
  });

  it("gives extra time the same speed points at the same share of its window", () => {
    const plain = pointsFor({ score: 1, speedPoints: true, countdownSeconds: 20, timeMultiplier: 1, elapsedMs: 10_000 });
    const extra = pointsFor({ score: 1, speedPoints: true, countdownSeconds: 20, timeMultiplier: 1.5, elapsedMs: 15_000 });
    expect(extra).toBe(plain);
  });
});

describe("settings, PIN, distribution and leaderboard", () => {
  it("defaults to accuracy only: no countdown, no speed points, no leaderboard, no guests", () => {
    expect(LiveSettingsSchema.parse({})).toEqual({ countdownSeconds: null, speedPoints: false, leaderboard: "off", guestsAllowed: false });
  });

  it.each([
    ["123456", true],
    ["123 456", true],
    ["12345", false],
    ["12345a", false],
    ["", false],
  ])("PIN %j valid: %s", (pin, valid) => {
    expect(PinSchema.safeParse(pin).success).toBe(valid);
  });

  it.each([0, 1, 899_999])("draws a six-digit PIN from %i", (draw) => {
    expect(pinFrom(() => draw)).toMatch(/^[1-9]\d{5}$/);
  });

  it("counts options chosen and right, partly right and wrong answers", () => {
    expect(
      distributionOf([
        { response: { selected: ["a"] }, score: 1, correct: true },
        { response: { selected: ["a", "b"] }, score: 0.5, correct: false },
        { response: { selected: ["c"] }, score: 0, correct: false },
        { response: { value: true }, score: 0, correct: false },
      ]),
    ).toEqual({ answered: 4, correct: 1, partial: 1, wrong: 2, byOption: { a: 2, b: 1, c: 1, true: 1 } });
  });

  it.each([
    ["off", { mode: "off" }],
    ["class-total", { mode: "class-total", points: 4500, players: 6 }],
    [
      "top5",
      {
        mode: "top5",
        entries: [
          { rank: 1, nickname: "Bo", points: 1500 },
          { rank: 2, nickname: "Al", points: 1000 },
          { rank: 2, nickname: "Cy", points: 1000 },
          { rank: 4, nickname: "Di", points: 500 },
          { rank: 4, nickname: "Ed", points: 500 },
        ],
      },
    ],
  ] as const)("leaderboard %s", (mode, expected) => {
    const totals = [
      { nickname: "Cy", points: 1000 },
      { nickname: "Al", points: 1000 },
      { nickname: "Bo", points: 1500 },
      { nickname: "Ed", points: 500 },
      { nickname: "Di", points: 500 },
      { nickname: "Fa", points: 0 },
    ];
    expect(leaderboardFor(mode, totals)).toEqual(expected);
  });
});
