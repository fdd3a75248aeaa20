import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../../lib/demo/factories";
import {
  countDueCards,
  dueForecast,
  loadReviewQueue,
  memoryState,
  recordReview,
} from "../../lib/flashcards/flashcard-service";
import { newCardOrder } from "../../lib/flashcards/cards";
import { flashcardsInSet, loadFlashcards } from "../../lib/flashcards/load-cards";
import { rejection } from "../support/http-error";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const DAY = 86_400_000;
const NOW = new Date("2026-03-10T12:00:00Z");
let counter = 0;
const reviewId = () => `review_${Date.now().toString(36)}_${++counter}`;


describe.each(testProviders())("flashcards on %s", (provider) => {
  let database: TestDatabase;
  const student = async (name: string, extra: { newCardsPerDay?: number; desiredRetention?: number } = {}) => {
    const user = await createUser(database.db, {
      email: `${name}-${provider}@example.com`,
      name,
      role: "student",
      passwordHash: "not-a-real-hash",
    });
    if (Object.keys(extra).length) await database.db.user.update({ where: { id: user.id }, data: extra });
    return { id: user.id, role: "student" as const };
  };

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  it("records a first review: creates the card state and one log row, and schedules the card", async () => {
    const user = await student("first");
    const card = loadFlashcards()[0]!;
    const result = await recordReview(database.db, user, { clientReviewId: reviewId(), cardId: card.id, rating: 3 }, NOW);
    expect(result).toMatchObject({ recorded: "new", cardId: card.id, rating: 3, nextInterval: "10 min" });
    expect(result.schedule.state).toBe("learning");
    expect(Date.parse(result.nextDue) - NOW.getTime()).toBe(10 * 60_000);
    expect(result.intervals.map((i) => i.label)).toEqual(["Again", "Hard", "Good", "Easy"]);

    const state = await database.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
    expect(state.reps).toBe(1);
    expect(state.due.toISOString()).toBe(result.nextDue);
    const logs = await database.db.reviewLog.findMany({ where: { userId: user.id } });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ cardId: card.id, rating: 3, state: 0 });
    expect(logs[0]!.reviewedAt.toISOString()).toBe(NOW.toISOString());
  });

  it("treats a retried review as the same review: one log row, state unchanged, same result", async () => {
    const user = await student("retry");
    const card = loadFlashcards()[1]!;
    const body = { clientReviewId: reviewId(), cardId: card.id, rating: 4 };
    const first = await recordReview(database.db, user, body, NOW);
    const again = await recordReview(database.db, user, body, new Date(NOW.getTime() + 5_000));
    expect(again.recorded).toBe("duplicate");
    expect(again.schedule).toEqual(first.schedule);

    // Two copies arriving at the same moment are still one review.
    const twin = { clientReviewId: reviewId(), cardId: loadFlashcards()[2]!.id, rating: 1 };
    const results = await Promise.all([recordReview(database.db, user, twin, NOW), recordReview(database.db, user, twin, NOW)]);
    expect(results.map((r) => r.recorded).sort()).toEqual(["duplicate", "new"]);

    expect(await database.db.reviewLog.count({ where: { userId: user.id } })).toBe(2);
    const state = await database.db.cardState.findUniqueOrThrow({ where: { userId_cardId: { userId: user.id, cardId: card.id } } });
    expect(state.reps).toBe(1);
  });

  it("refuses bad reviews with a clear 4xx and changes nothing", async () => {
    const user = await student("bad");
    const other = await student("other");
    const card = loadFlashcards()[0]!;
    const before = await database.db.reviewLog.count();

    expect((await rejection(recordReview(database.db, user, { clientReviewId: reviewId(), cardId: card.id, rating: 5 }, NOW))).status).toBe(400);
    const zero = await rejection(recordReview(database.db, user, { clientReviewId: reviewId(), cardId: card.id, rating: 0 }, NOW));
    expect(zero.message).toMatch(/rating must be 1 \(Again\)/);
    const unknown = await rejection(recordReview(database.db, user, { clientReviewId: reviewId(), cardId: "event-date:no-such-event", rating: 3 }, NOW));
    expect(unknown.status).toBe(400);
    expect(unknown.message).toMatch(/Unknown card/);
    expect((await rejection(recordReview(database.db, user, { clientReviewId: "x".repeat(500), cardId: card.id, rating: 3 }, NOW))).status).toBe(400);
    expect((await rejection(recordReview(database.db, user, "not an object", NOW))).status).toBe(400);
    expect(await database.db.reviewLog.count()).toBe(before);

    // Someone else's review id cannot be replayed to read or change their card.
    const id = reviewId();
    await recordReview(database.db, other, { clientReviewId: id, cardId: card.id, rating: 3 }, NOW);
    expect((await rejection(recordReview(database.db, user, { clientReviewId: id, cardId: card.id, rating: 3 }, NOW))).status).toBe(409);
    expect(await database.db.cardState.count({ where: { userId: user.id } })).toBe(0);
  });

  it("offers due cards first (oldest first), then new cards (core facts first, in deck order), within the daily new-card limit", async () => {
    const user = await student("limit", { newCardsPerDay: 3 });
    const deck = loadFlashcards();
    // Three new cards today: the limit is used up.
    for (const card of deck.slice(0, 3)) {
      await recordReview(database.db, user, { clientReviewId: reviewId(), cardId: card.id, rating: 4 }, NOW);
    }
    let queue = await loadReviewQueue(database.db, user.id, { now: new Date(NOW.getTime() + 60_000) });
    expect(queue.counts).toMatchObject({ dueNow: 0, newAvailableToday: 0, newIntroducedToday: 3, newCardsPerDay: 3 });
    expect(queue.newCards).toHaveLength(0);
    expect(queue.nextDueAt).not.toBeNull();

    // Reviewing an already-seen card does not use the limit; the next UTC day brings three more.
    const later = new Date(NOW.getTime() + 30 * DAY);
    queue = await loadReviewQueue(database.db, user.id, { now: later });
    expect(queue.counts.newIntroducedToday).toBe(0);
    expect(queue.due.map((q) => q.card.id).sort()).toEqual(deck.slice(0, 3).map((c) => c.id).sort());
    const dues = queue.due.map((q) => Date.parse(q.schedule!.due));
    expect([...dues].sort((a, b) => a - b)).toEqual(dues);
    expect(queue.newCards.map((q) => q.card.id)).toEqual(
      newCardOrder(deck.slice(3), undefined)
        .slice(0, 3)
        .map((c) => c.id),
    );
    expect(queue.newCards[0]!.intervals[0]).toMatchObject({ label: "Again", interval: "1 min" });

    // Filtered by set: only that set's cards.
    const setId = "siege-of-wadi-deif";
    const inSet = await loadReviewQueue(database.db, user.id, { now: later, setId });
    const setCards = new Set(flashcardsInSet(setId).map((c) => c.id));
    for (const q of [...inSet.due, ...inSet.newCards]) expect(setCards.has(q.card.id)).toBe(true);
    // …and its new cards start with the facts the set's core questions ask about.
    expect(inSet.newCards.length).toBeGreaterThan(0);
    for (const q of inSet.newCards) expect(q.card.coreIn).toContain(setId);
  });

  it("counts due cards, forecasts reviews and reports fading memories from a hand-made history", async () => {
    const user = await student("history", { newCardsPerDay: 10 });
    const deck = loadFlashcards();
    const rows = [
      // Overdue by two days, reviewed long ago with little stability: fading.
      { card: deck[0]!, due: new Date(NOW.getTime() - 2 * DAY), stability: 2, lastReview: new Date(NOW.getTime() - 30 * DAY), state: 2 },
      // Due later today.
      { card: deck[1]!, due: new Date(NOW.getTime() + 3 * 3_600_000), stability: 5, lastReview: new Date(NOW.getTime() - 5 * DAY), state: 2 },
      // Due in three days, reviewed yesterday: well remembered.
      { card: deck[2]!, due: new Date(NOW.getTime() + 3 * DAY), stability: 40, lastReview: new Date(NOW.getTime() - DAY), state: 2 },
      // Due in twenty days: beyond a 14-day forecast.
      { card: deck[3]!, due: new Date(NOW.getTime() + 20 * DAY), stability: 60, lastReview: new Date(NOW.getTime() - DAY), state: 2 },
    ];
    for (const r of rows) {
      await database.db.cardState.create({
        data: {
          userId: user.id,
          cardId: r.card.id,
          due: r.due,
          stability: r.stability,
          difficulty: 5,
          reps: 3,
          state: r.state,
          lastReview: r.lastReview,
          bankVersion: "test",
        },
      });
    }
    // Two cards first reviewed today (logs of New cards) use two of the ten new cards.
    for (const [i, card] of [deck[2]!, deck[3]!].entries()) {
      await database.db.reviewLog.create({
        data: {
          userId: user.id,
          cardId: card.id,
          clientReviewId: `${reviewId()}_${i}`,
          rating: 3,
          state: 0,
          due: NOW,
          stability: 0,
          difficulty: 0,
          elapsedDays: 0,
          lastElapsedDays: 0,
          scheduledDays: 0,
          learningSteps: 0,
          reviewedAt: new Date(NOW.getTime() - 3_600_000),
          bankVersion: "test",
        },
      });
    }

    const counts = await countDueCards(database.db, user.id, NOW);
    expect(counts.dueNow).toBe(1);
    expect(counts.newAvailableToday).toBe(8);
    for (const topic of deck[0]!.topics) expect(counts.bySet[topic]!.due).toBeGreaterThanOrEqual(1);
    for (const entry of Object.values(counts.bySet)) expect(entry.new).toBeLessThanOrEqual(8);

    const forecast = await dueForecast(database.db, user.id, NOW, 14);
    expect(forecast).toHaveLength(14);
    expect(forecast[0]).toEqual({ date: "2026-03-10", count: 2 }); // overdue + later today
    expect(forecast[3]).toEqual({ date: "2026-03-13", count: 1 });
    expect(forecast.reduce((n, d) => n + d.count, 0)).toBe(3);

    const memory = await memoryState(database.db, user.id, NOW);
    expect(memory.cardsStudied).toBe(4);
    expect(memory.dueNow).toBe(1);
    expect(memory.belowRecall.map((b) => b.cardId)).toContain(deck[0]!.id);
    expect(memory.belowRecall.map((b) => b.cardId)).not.toContain(deck[2]!.id);
    for (const b of memory.belowRecall) expect(b.retrievability).toBeLessThan(0.8);
    expect(memory.belowRecall[0]!.front).toBe(deck[0]!.front);
  });
});
