/**
 * The quiz runner's browser-side logic without a browser: what it sends for
 * each question type, how it words the server's verdict, and the offline queue
 * that keeps unsent answers.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatKm, hiddenFeedbackMessage, verdictOf } from "@/components/quiz/feedback-text";
import {
  newClientResponseId,
  readPendingAnswers,
  removePendingAnswer,
  retryDelayMs,
  savePendingAnswer,
  sendAnswer,
} from "@/components/quiz/offline-queue";
import type { GradeResult, PublicQuestion } from "@/components/quiz/quiz-types";
import { parseNumber, responseFor } from "@/components/quiz/response-for";

const base = { id: "q1", category: "places" as const, prompt: "Where?" };
const grade = (over: Partial<GradeResult>): GradeResult => ({
  score: 0,
  correct: false,
  correctAnswer: "Bab al-Hawa",
  explanation: "",
  sources: [],
  ...over,
});

describe("responseFor", () => {
  it("asks for an answer before sending anything", () => {
    const questions: PublicQuestion[] = [
      { ...base, type: "multiple-choice", selectMany: false, options: [{ id: "a", text: "A" }] },
      { ...base, type: "true-false" },
      { ...base, type: "matching", premises: [{ id: "p", text: "P" }], options: [{ id: "o", text: "O" }] },
      { ...base, type: "typed" },
      { ...base, type: "numeric", unit: "soldiers" },
      { ...base, type: "map-pin" },
    ];
    for (const q of questions) expect(responseFor(q, null)).toHaveProperty("problem");
    expect(responseFor(questions[3]!, { text: "   " })).toEqual({ problem: "Type an answer first." });
    expect(responseFor(questions[2]!, { pairs: {} })).toEqual({ problem: "Choose a match for every item first." });
  });

  it("sends the shapes the API's response schemas expect", () => {
    expect(responseFor({ ...base, type: "multiple-choice", selectMany: true, options: [] }, { selected: ["a", "b"] })).toEqual({
      response: { selected: ["a", "b"] },
    });
    expect(responseFor({ ...base, type: "true-false" }, { value: false })).toEqual({ response: { value: false } });
    expect(responseFor({ ...base, type: "typed" }, { text: "  باب الهوى " })).toEqual({ response: { text: "باب الهوى" } });
    expect(responseFor({ ...base, type: "numeric", unit: "" }, { value: 1200 })).toEqual({ response: { value: 1200 } });
    expect(responseFor({ ...base, type: "map-pin" }, { lat: 36.2, lon: 37.1 })).toEqual({ response: { lat: 36.2, lon: 37.1 } });
  });

  it("sends an ordering question's starting order when the student moved nothing", () => {
    const q: PublicQuestion = { ...base, type: "ordering", options: [{ id: "b", text: "B" }, { id: "a", text: "A" }] };
    expect(responseFor(q, null)).toEqual({ response: { order: ["b", "a"] } });
    expect(responseFor(q, { order: ["a", "b"] })).toEqual({ response: { order: ["a", "b"] } });
  });
});

describe("parseNumber", () => {
  it("reads the ways people write numbers, and nothing else", () => {
    expect(parseNumber("1,200")).toBe(1200);
    expect(parseNumber(" 1 200 ")).toBe(1200);
    expect(parseNumber("3.5")).toBe(3.5);
    expect(parseNumber("-4")).toBe(-4);
    expect(parseNumber("")).toBeNull();
    expect(parseNumber("about 60")).toBeNull();
    expect(parseNumber("1e9")).toBeNull();
  });
});

describe("feedback wording", () => {
  it("says the verdict in words, not only colour", () => {
    expect(verdictOf(grade({ correct: true, score: 1 }))).toMatchObject({ icon: "✓", label: "Correct" });
    expect(verdictOf(grade({ score: 0.5, detail: { partsRight: 3, partsTotal: 5 } }))).toMatchObject({ label: "Partly right (3 of 5)" });
    expect(verdictOf(grade({ score: 0.5, detail: { distanceKm: 20 } }))).toMatchObject({ label: "Partly right" });
    expect(verdictOf(grade({ score: 0 }))).toMatchObject({ icon: "✗", label: "Incorrect" });
    expect(formatKm(3.14159)).toBe("3.1 km");
    expect(formatKm(123.6)).toBe("124 km");
  });

  it("explains when hidden feedback will come", () => {
    expect(hiddenFeedbackMessage({ dueAt: "2026-05-12T16:00:00.000Z", feedbackPolicy: "after-due" })).toBe(
      "Answer saved. Feedback comes after the due date (12 May 2026, 16:00 UTC).",
    );
    expect(hiddenFeedbackMessage({ dueAt: "2026-05-12T16:00:00.000Z", feedbackPolicy: "after-attempt" })).toBe(
      "Answer saved. Feedback comes after you finish the quiz.",
    );
  });
});

describe("offline queue", () => {
  const store = new Map<string, string>();
  beforeEach(() => {
    store.clear();
    const localStorage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
      removeItem: (k: string) => void store.delete(k),
    };
    (globalThis as Record<string, unknown>).window = { localStorage, addEventListener() {}, removeEventListener() {} };
  });
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).window;
  });

  it("keeps unsent answers per attempt until they are removed", () => {
    const answer = { clientResponseId: newClientResponseId(), questionId: "q1", response: { value: true } };
    expect(answer.clientResponseId).toMatch(/^[0-9a-f]{32}$/);
    savePendingAnswer("attempt-1", answer);
    savePendingAnswer("attempt-1", { ...answer, questionId: "q2" });
    expect(Object.keys(readPendingAnswers("attempt-1"))).toEqual(["q1", "q2"]);
    expect(readPendingAnswers("attempt-2")).toEqual({});
    // The same snapshot object while nothing changed (useSyncExternalStore relies on it).
    expect(readPendingAnswers("attempt-1")).toBe(readPendingAnswers("attempt-1"));

    removePendingAnswer("attempt-1", "q1");
    expect(readPendingAnswers("attempt-1")).toEqual({ q2: { ...answer, questionId: "q2" } });
    removePendingAnswer("attempt-1", "q2");
    expect(store.has("quiz-pending:attempt-1")).toBe(false);
  });

  it("ignores a damaged stored queue instead of failing", () => {
    store.set("quiz-pending:attempt-3", "{not json");
    expect(readPendingAnswers("attempt-3")).toEqual({});
    store.set("quiz-pending:attempt-3", JSON.stringify({ q1: { questionId: "q9", clientResponseId: "x", response: 1 }, q2: 5 }));
    expect(readPendingAnswers("attempt-3")).toEqual({});
  });
});

describe("sendAnswer", () => {
  const answer = { clientResponseId: "abcdef1234567890", questionId: "q1", response: { value: true } };
  const reply = (status: number, body: unknown) => async () => new Response(JSON.stringify(body), { status });

  it("retries later when offline or when the server fails, and gives up on a refusal", async () => {
    const offline = async () => {
      throw new TypeError("Failed to fetch");
    };
    expect(await sendAnswer("a1", answer, offline)).toEqual({ kind: "retry", reason: "offline" });
    expect(await sendAnswer("a1", answer, reply(503, { error: "down" }))).toEqual({ kind: "retry", reason: "server" });
    expect(await sendAnswer("a1", answer, reply(409, { error: "This quiz is already finished." }))).toEqual({
      kind: "rejected",
      status: 409,
      message: "This quiz is already finished.",
    });
    expect(await sendAnswer("a1", answer, async () => new Response("<html>", { status: 413 }))).toMatchObject({
      kind: "rejected",
      status: 413,
    });
  });

  it("posts the answer with its client id to the attempt's responses endpoint", async () => {
    let seen: { url: string; body: unknown } | undefined;
    const result = { recorded: "new", questionId: "q1", feedback: null, progress: { answered: 1, total: 5 }, attemptStatus: "in-progress" };
    const fetchImpl = async (url: string | URL | Request, init?: RequestInit) => {
      seen = { url: String(url), body: JSON.parse(String(init?.body)) };
      return new Response(JSON.stringify(result), { status: 200 });
    };
    expect(await sendAnswer("a 1", answer, fetchImpl as typeof fetch)).toEqual({ kind: "sent", result });
    expect(seen).toEqual({ url: "/api/attempts/a%201/responses", body: answer });
  });

  it("backs off up to 30 seconds", () => {
    expect([0, 1, 2, 3, 10].map(retryDelayMs)).toEqual([1000, 2000, 4000, 8000, 30_000]);
  });
});
