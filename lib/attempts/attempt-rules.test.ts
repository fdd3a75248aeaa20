import { describe, expect, it } from "vitest";
import {
  assignmentStatusFor,
  attemptDeadline,
  canAcceptAnswer,
  canStartAssignmentAttempt,
  effectiveDueAt,
  feedbackVisible,
  GRACE_SECONDS,
} from "./attempt-rules";

const t = (iso: string) => new Date(iso);
const assignment = {
  opensAt: t("2026-03-01T08:00:00Z"),
  dueAt: t("2026-03-08T17:00:00Z"),
  attemptLimit: 2 as number | null,
  timeLimitSeconds: 600 as number | null,
};

describe("effectiveDueAt", () => {
  it("is the assignment's due date without an extension", () => {
    expect(effectiveDueAt(assignment)).toEqual(assignment.dueAt);
    expect(effectiveDueAt(assignment, { dueAt: null })).toEqual(assignment.dueAt);
  });
  it("is the extension's due date when it sets one", () => {
    expect(effectiveDueAt(assignment, { dueAt: t("2026-03-10T17:00:00Z") })).toEqual(t("2026-03-10T17:00:00Z"));
  });
});

describe("attemptDeadline", () => {
  const startedAt = t("2026-03-02T10:00:00Z");
  it("is start + time limit when the due date is later", () => {
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 600, dueAt: assignment.dueAt })).toEqual(t("2026-03-02T10:10:00Z"));
  });
  it("adds an extension's extra seconds to the time limit", () => {
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 600, extraSeconds: 300, dueAt: assignment.dueAt })).toEqual(
      t("2026-03-02T10:15:00Z"),
    );
  });
  it("is the due date when it comes before the time limit runs out", () => {
    expect(attemptDeadline({ startedAt, timeLimitSeconds: 3600, dueAt: t("2026-03-02T10:20:00Z") })).toEqual(
      t("2026-03-02T10:20:00Z"),
    );
  });
  it("is the due date for an untimed assignment and null for untimed practice", () => {
    expect(attemptDeadline({ startedAt, timeLimitSeconds: null, dueAt: assignment.dueAt })).toEqual(assignment.dueAt);
    expect(attemptDeadline({ startedAt, timeLimitSeconds: null, dueAt: null })).toBeNull();
  });
});

describe("canStartAssignmentAttempt", () => {
  const now = t("2026-03-05T12:00:00Z");
  it("allows a start while open with attempts left", () => {
    expect(canStartAssignmentAttempt({ assignment, attemptsUsed: 1, now })).toEqual({ ok: true });
  });
  it("refuses before the assignment opens", () => {
    const check = canStartAssignmentAttempt({ assignment, attemptsUsed: 0, now: t("2026-03-01T07:59:59Z") });
    expect(check).toMatchObject({ ok: false, reason: "not-open", message: "This assignment is not open yet." });
  });
  it("refuses when the attempt limit is used up, and names the limit", () => {
    const check = canStartAssignmentAttempt({ assignment, attemptsUsed: 2, now });
    expect(check).toMatchObject({ ok: false, reason: "limit-reached" });
    expect(!check.ok && check.message).toContain("all 2 attempts");
  });
  it("has no limit when attemptLimit is null", () => {
    expect(canStartAssignmentAttempt({ assignment: { ...assignment, attemptLimit: null }, attemptsUsed: 40, now }).ok).toBe(true);
  });
  it("refuses after the due date, unless an extension moves it", () => {
    const late = t("2026-03-09T09:00:00Z");
    expect(canStartAssignmentAttempt({ assignment, attemptsUsed: 0, now: late })).toMatchObject({ ok: false, reason: "past-due" });
    expect(
      canStartAssignmentAttempt({
        assignment,
        extension: { dueAt: t("2026-03-10T17:00:00Z"), extraSeconds: null },
        attemptsUsed: 0,
        now: late,
      }).ok,
    ).toBe(true);
  });
});

describe("canAcceptAnswer", () => {
  const deadlineAt = t("2026-03-02T10:10:00Z");
  const at = (seconds: number) => new Date(deadlineAt.getTime() + seconds * 1000);
  it("accepts answers up to exactly the grace period after the deadline", () => {
    expect(GRACE_SECONDS).toBe(30);
    expect(canAcceptAnswer({ attempt: { status: "in-progress", deadlineAt }, now: at(0) })).toEqual({ ok: true });
    expect(canAcceptAnswer({ attempt: { status: "in-progress", deadlineAt }, now: at(30) })).toEqual({ ok: true });
  });
  it("refuses with 403 one second after the grace period, and asks to expire the attempt", () => {
    expect(canAcceptAnswer({ attempt: { status: "in-progress", deadlineAt }, now: at(31) })).toEqual({
      ok: false,
      status: 403,
      message: "Time is up: the answer arrived after the deadline.",
      expire: true,
    });
  });
  it("refuses with 409 on a finished or expired attempt", () => {
    for (const status of ["finished", "expired"]) {
      expect(canAcceptAnswer({ attempt: { status, deadlineAt: null }, now: at(0) })).toMatchObject({
        ok: false,
        status: 409,
        message: "This attempt is finished.",
      });
    }
  });
  it("has no deadline for untimed attempts", () => {
    expect(canAcceptAnswer({ attempt: { status: "in-progress", deadlineAt: null }, now: at(10 ** 6) }).ok).toBe(true);
  });
});

describe("feedbackVisible", () => {
  const dueAt = t("2026-03-08T17:00:00Z");
  const before = t("2026-03-05T12:00:00Z");
  const after = t("2026-03-08T17:00:01Z");
  it("always shows feedback in practice", () => {
    expect(feedbackVisible({ kind: "practice", feedbackPolicy: "after-due", attemptFinished: false, dueAt, now: before })).toBe(true);
  });
  it("'immediately' shows it during the attempt", () => {
    expect(feedbackVisible({ kind: "assignment", feedbackPolicy: "immediately", attemptFinished: false, dueAt, now: before })).toBe(true);
  });
  it("'after-attempt' waits until the attempt is finished", () => {
    const base = { kind: "assignment", feedbackPolicy: "after-attempt", dueAt, now: before } as const;
    expect(feedbackVisible({ ...base, attemptFinished: false })).toBe(false);
    expect(feedbackVisible({ ...base, attemptFinished: true })).toBe(true);
  });
  it("'after-due' waits until the due date, even for a finished attempt", () => {
    const base = { kind: "assignment", feedbackPolicy: "after-due", attemptFinished: true, dueAt } as const;
    expect(feedbackVisible({ ...base, now: before })).toBe(false);
    expect(feedbackVisible({ ...base, now: after })).toBe(true);
  });
});

describe("assignmentStatusFor", () => {
  const now = t("2026-03-05T12:00:00Z");
  it("is not-open before the opening date and open after it", () => {
    expect(assignmentStatusFor({ assignment, attempts: [], now: t("2026-02-28T12:00:00Z") })).toBe("not-open");
    expect(assignmentStatusFor({ assignment, attempts: [], now })).toBe("open");
  });
  it("is in-progress while an attempt runs, done once one ended", () => {
    expect(assignmentStatusFor({ assignment, attempts: [{ status: "in-progress", deadlineAt: t("2026-03-05T12:05:00Z") }], now })).toBe(
      "in-progress",
    );
    expect(assignmentStatusFor({ assignment, attempts: [{ status: "finished" }], now })).toBe("done");
    // A running attempt whose time ran out counts as ended.
    expect(assignmentStatusFor({ assignment, attempts: [{ status: "in-progress", deadlineAt: t("2026-03-05T11:00:00Z") }], now })).toBe(
      "done",
    );
  });
  it("is overdue after the due date without an attempt, unless extended", () => {
    const late = t("2026-03-09T09:00:00Z");
    expect(assignmentStatusFor({ assignment, attempts: [], now: late })).toBe("overdue");
    expect(
      assignmentStatusFor({ assignment, extension: { dueAt: t("2026-03-10T17:00:00Z"), extraSeconds: null }, attempts: [], now: late }),
    ).toBe("open");
  });
  it("is closed when no attempt is allowed", () => {
    expect(assignmentStatusFor({ assignment: { ...assignment, attemptLimit: 0 }, attempts: [], now })).toBe("closed");
  });
});
