/**
 * Flashcard reviews for one student: the review queue, recording a review
 * (idempotent on clientReviewId), due counts, a due forecast and the memory
 * state teachers see. Scheduling is ts-fsrs (scheduler.ts); the rules are in
 * docs/decisions/005-spaced-repetition.md.
 *
 * "Today" is the UTC calendar day: the new-card limit counts cards first
 * reviewed since 00:00 UTC, and the forecast groups due dates by UTC day.
 *
 * A card's back is an answer: cards about the facts of questions an assignment
 * holds back from the student (lib/attempts/withheld-questions.ts) are left out
 * of the queue and the due counts until the assignment's feedback is released.
 * Their schedules wait unchanged. The forecast and the teacher's memory state
 * show no card content and count them as usual.
 */
import "server-only";
import { z } from "zod";
import { HttpError, isUniqueViolation } from "../errors";
import { loadWithheldQuestions, type WithheldQuestions } from "../attempts/withheld-questions";
import type { Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { newCardOrder, type Flashcard } from "./cards";
import { hiddenForStudent } from "../curation/question-source";
import { findFlashcard, flashcardDeckVersion, flashcardIdsAbout, flashcardIdsAsking, flashcardsInSet, loadFlashcards } from "./load-cards";
import {
  DEFAULT_RETENTION,
  formatInterval,
  fromFsrsCard,
  previewRatings,
  rate,
  retrievability,
  schedulerFor,
  stateName,
  type CardStateName,
  type RatingPreview,
  type RatingValue,
  type StoredCardState,
} from "./scheduler";

export type { CardStateName, RatingPreview, RatingValue } from "./scheduler";

export const DEFAULT_NEW_CARDS_PER_DAY = 20;
/** Cards sent to the reviewer at once; it asks for more by reloading. */
export const DEFAULT_BATCH_SIZE = 20;
/** Predicted recall below this counts as "fading" on the teacher's page. */
export const RECALL_THRESHOLD = 0.8;

export interface CardSchedule {
  state: CardStateName;
  /** ISO time the card is next due. */
  due: string;
  reps: number;
  lapses: number;
  stability: number;
  difficulty: number;
  lastReview: string | null;
}

export interface QueueCard {
  card: Flashcard;
  /** null for a card never reviewed. */
  schedule: CardSchedule | null;
  isNew: boolean;
  /** One per rating button, computed for `now`. */
  intervals: RatingPreview[];
}

export interface QueueCounts {
  /** Cards due now (in the chosen set, or all). */
  dueNow: number;
  /** New cards the student may still start today (in the chosen set, or all). */
  newAvailableToday: number;
  /** Cards first reviewed today (all sets). */
  newIntroducedToday: number;
  newCardsPerDay: number;
}

export interface ReviewQueue {
  /** Due cards, oldest due first (at most one batch). */
  due: QueueCard[];
  /** New cards in deck order, filling the rest of the batch within today's limit. */
  newCards: QueueCard[];
  counts: QueueCounts;
  /** ISO: the earliest due date after now (in the set), for "all caught up". */
  nextDueAt: string | null;
  /** Cards (in the set, or all) held back because an assignment holds back questions about their facts. */
  heldBack: number;
}

export const ReviewBodySchema = z.object({
  clientReviewId: z
    .string()
    .min(8, "clientReviewId must be 8 to 64 characters")
    .max(64, "clientReviewId must be 8 to 64 characters")
    .regex(/^[A-Za-z0-9_-]+$/, "clientReviewId may only hold letters, digits, _ and -"),
  cardId: z.string().min(1, "cardId is required").max(120, "cardId is too long"),
  rating: z
    .number({ error: "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)" })
    .int("rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
    .min(1, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
    .max(4, "rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"),
});
export type ReviewBody = z.infer<typeof ReviewBodySchema>;

export interface ReviewResult {
  recorded: "new" | "duplicate";
  cardId: string;
  rating: RatingValue;
  schedule: CardSchedule;
  /** ISO: same as schedule.due. */
  nextDue: string;
  /** "3 days": how long until the card is due again. */
  nextInterval: string;
  /** Previews for the card's next review, computed at its due time. */
  intervals: RatingPreview[];
}

export interface DueCounts {
  dueNow: number;
  newAvailableToday: number;
  bySet: Record<string, { due: number; new: number }>;
}

export interface MemoryState {
  /** Cards reviewed at least once. */
  cardsStudied: number;
  dueNow: number;
  /** Studied cards whose predicted recall is below 0.8, lowest first. */
  belowRecall: { cardId: string; front: string; retrievability: number }[];
}

// ---------------------------------------------------------------------------
// Helpers

type CardStateRow = StoredCardState & { cardId: string };

const STATE_SELECT = {
  cardId: true,
  due: true,
  stability: true,
  difficulty: true,
  elapsedDays: true,
  scheduledDays: true,
  learningSteps: true,
  reps: true,
  lapses: true,
  state: true,
  lastReview: true,
} as const;

function scheduleOf(state: StoredCardState): CardSchedule {
  return {
    state: stateName(state.state),
    due: state.due.toISOString(),
    reps: state.reps,
    lapses: state.lapses,
    stability: state.stability,
    difficulty: state.difficulty,
    lastReview: state.lastReview ? state.lastReview.toISOString() : null,
  };
}

/** 00:00 UTC of `now`'s day. */
export function startOfUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

async function userSettings(db: Database, userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { desiredRetention: true, newCardsPerDay: true },
  });
  if (!user) throw new HttpError(404, "No such user.");
  return {
    retention: user.desiredRetention ?? DEFAULT_RETENTION,
    newCardsPerDay: Math.max(0, user.newCardsPerDay ?? DEFAULT_NEW_CARDS_PER_DAY),
  };
}

/** The student's card states for cards still in the deck. */
async function cardStates(db: Database, userId: string): Promise<Map<string, CardStateRow>> {
  const rows = await db.cardState.findMany({ where: { userId }, select: STATE_SELECT });
  return new Map(rows.filter((r) => findFlashcard(r.cardId)).map((r) => [r.cardId, r]));
}

/** Distinct cards whose first review (a log of a New card) happened since 00:00 UTC. */
async function newIntroducedToday(db: Database, userId: string, now: Date): Promise<number> {
  const rows = await db.reviewLog.findMany({
    where: { userId, state: 0, reviewedAt: { gte: startOfUtcDay(now) } },
    select: { cardId: true },
    distinct: ["cardId"],
  });
  return rows.length;
}

function cardsFor(setId: string | undefined): Flashcard[] {
  return setId ? flashcardsInSet(setId) : loadFlashcards();
}

/** Ids of the cards held back from the student now (pass `withheld` when the caller has loaded it already). */
async function heldBackCardIds(db: Database, userId: string, now: Date, withheld?: WithheldQuestions): Promise<Set<string>> {
  const held = withheld ?? (await loadWithheldQuestions(db, userId, now));
  return held.ids.size > 0 ? flashcardIdsAbout(held.ids) : new Set();
}

/** Cards not to start for the student: those asking what a question one of their teachers hid asks. */
async function hiddenCardIds(db: Database, userId: string): Promise<Set<string>> {
  const hidden = await hiddenForStudent(db, userId);
  return hidden.size > 0 ? flashcardIdsAsking(hidden) : new Set();
}

/** What decides which of the student's cards are due, held back or may be started now, read together. */
async function reviewStanding(db: Database, userId: string, now: Date, withheld?: WithheldQuestions) {
  const [settings, states, introduced, held, hiddenCards] = await Promise.all([
    userSettings(db, userId),
    cardStates(db, userId),
    newIntroducedToday(db, userId, now),
    heldBackCardIds(db, userId, now, withheld),
    hiddenCardIds(db, userId),
  ]);
  return { settings, states, introduced, held, hiddenCards };
}

// ---------------------------------------------------------------------------
// Queue

export async function loadReviewQueue(
  db: Database,
  userId: string,
  options: { setId?: string; now?: Date; limit?: number; withheld?: WithheldQuestions } = {},
): Promise<ReviewQueue> {
  const now = options.now ?? new Date();
  const limit = Math.max(1, Math.min(100, options.limit ?? DEFAULT_BATCH_SIZE));
  const { settings, states, introduced, held, hiddenCards } = await reviewStanding(db, userId, now, options.withheld);
  const f = schedulerFor(settings.retention);
  const setCards = cardsFor(options.setId);
  const cards = held.size > 0 ? setCards.filter((c) => !held.has(c.id)) : setCards;
  const inScope = new Set(cards.map((c) => c.id));

  const scoped = [...states.values()].filter((s) => inScope.has(s.cardId));
  const dueStates = scoped
    .filter((s) => s.due.getTime() <= now.getTime())
    .sort((a, b) => a.due.getTime() - b.due.getTime() || a.cardId.localeCompare(b.cardId));
  // New cards start with the facts the set's core questions ask about.
  // A card asking what a question the student's teacher hid asks is not started; one already started keeps its schedule.
  const unseen = newCardOrder(cards.filter((c) => !states.has(c.id) && !hiddenCards.has(c.id)), options.setId);
  const remainingToday = Math.max(0, settings.newCardsPerDay - introduced);
  const newAvailableToday = Math.min(remainingToday, unseen.length);

  const due: QueueCard[] = dueStates.slice(0, limit).map((s) => ({
    card: findFlashcard(s.cardId)!,
    schedule: scheduleOf(s),
    isNew: false,
    intervals: previewRatings(f, s, now),
  }));
  const newCards: QueueCard[] = unseen.slice(0, Math.max(0, Math.min(newAvailableToday, limit - due.length))).map(
    (card) => ({ card, schedule: null, isNew: true, intervals: previewRatings(f, null, now) }),
  );
  const upcoming = scoped
    .filter((s) => s.due.getTime() > now.getTime())
    .reduce<Date | null>((min, s) => (!min || s.due < min ? s.due : min), null);

  return {
    due,
    newCards,
    counts: {
      dueNow: dueStates.length,
      newAvailableToday,
      newIntroducedToday: introduced,
      newCardsPerDay: settings.newCardsPerDay,
    },
    nextDueAt: upcoming ? upcoming.toISOString() : null,
    heldBack: setCards.length - cards.length,
  };
}

// ---------------------------------------------------------------------------
// Recording a review

/** Thrown inside the transaction when another request changed the card first. */
class ConcurrentChange extends Error {}


async function duplicateResult(
  db: Database,
  user: Actor,
  body: ReviewBody,
  retention: number,
  now: Date,
): Promise<ReviewResult | null> {
  const log = await db.reviewLog.findUnique({
    where: { clientReviewId: body.clientReviewId },
    select: { userId: true, cardId: true, rating: true },
  });
  if (!log) return null;
  if (log.userId !== user.id || log.cardId !== body.cardId || log.rating !== body.rating) {
    throw new HttpError(409, "This review id was already used for a different review.");
  }
  const state = await db.cardState.findUnique({
    where: { userId_cardId: { userId: user.id, cardId: body.cardId } },
    select: STATE_SELECT,
  });
  if (!state) throw new HttpError(409, "This review id was already used for a different review.");
  return resultOf("duplicate", body, state, retention, now);
}

function resultOf(
  recorded: ReviewResult["recorded"],
  body: ReviewBody,
  state: StoredCardState,
  retention: number,
  now: Date,
): ReviewResult {
  const f = schedulerFor(retention);
  const at = state.due.getTime() > now.getTime() ? state.due : now;
  return {
    recorded,
    cardId: body.cardId,
    rating: body.rating as RatingValue,
    schedule: scheduleOf(state),
    nextDue: state.due.toISOString(),
    nextInterval: formatInterval(now, state.due),
    intervals: previewRatings(f, state, at),
  };
}

/**
 * Records one rating of one card by `user` at `now`: updates (or creates) the
 * card's state and adds a review log row, in one transaction. Sending the same
 * clientReviewId again returns the stored result and changes nothing.
 */
export async function recordReview(db: Database, user: Actor, body: unknown, now: Date = new Date()): Promise<ReviewResult> {
  const parsed = ReviewBodySchema.safeParse(body);
  if (!parsed.success) throw new HttpError(400, parsed.error.issues[0]?.message ?? "Invalid review.");
  const review = parsed.data;
  if (!findFlashcard(review.cardId)) throw new HttpError(400, `Unknown card id "${review.cardId}".`);
  const settings = await userSettings(db, user.id);

  const earlier = await duplicateResult(db, user, review, settings.retention, now);
  if (earlier) return earlier;

  const f = schedulerFor(settings.retention);
  const version = flashcardDeckVersion();
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const state = await db.$transaction(async (tx) => {
        const current = await tx.cardState.findUnique({
          where: { userId_cardId: { userId: user.id, cardId: review.cardId } },
          select: { id: true, ...STATE_SELECT },
        });
        const { card, log } = rate(f, current, review.rating as RatingValue, now);
        const next = fromFsrsCard(card);
        if (current) {
          // Only if nobody reviewed the card since we read it.
          const { count } = await tx.cardState.updateMany({
            where: { id: current.id, reps: current.reps },
            data: { ...next, bankVersion: version },
          });
          if (count !== 1) throw new ConcurrentChange();
        } else {
          await tx.cardState.create({
            data: { userId: user.id, cardId: review.cardId, ...next, bankVersion: version },
          });
        }
        await tx.reviewLog.create({
          data: {
            userId: user.id,
            cardId: review.cardId,
            clientReviewId: review.clientReviewId,
            rating: log.rating,
            state: log.state,
            due: log.due,
            stability: log.stability,
            difficulty: log.difficulty,
            elapsedDays: log.elapsed_days,
            lastElapsedDays: log.last_elapsed_days,
            scheduledDays: log.scheduled_days,
            learningSteps: log.learning_steps,
            reviewedAt: log.review,
            bankVersion: version,
          },
        });
        return next;
      });
      return resultOf("new", review, state, settings.retention, now);
    } catch (error) {
      if (!(error instanceof ConcurrentChange) && !isUniqueViolation(error)) throw error;
      // The same review arrived twice at once, or another review of the card won the race.
      const duplicate = await duplicateResult(db, user, review, settings.retention, now);
      if (duplicate) return duplicate;
    }
  }
  throw new HttpError(409, "The card was being reviewed elsewhere at the same time. Try again.");
}

// ---------------------------------------------------------------------------
// Counts for the study home, teacher pages and the forecast

export async function countDueCards(
  db: Database,
  userId: string,
  now: Date = new Date(),
  options: { withheld?: WithheldQuestions } = {},
): Promise<DueCounts> {
  const { settings, states, introduced, held, hiddenCards } = await reviewStanding(db, userId, now, options.withheld);
  const remainingToday = Math.max(0, settings.newCardsPerDay - introduced);
  const bySet: Record<string, { due: number; new: number }> = {};
  let dueNow = 0;
  let unseenTotal = 0;
  for (const card of loadFlashcards()) {
    if (held.has(card.id)) continue;
    const state = states.get(card.id);
    if (!state && hiddenCards.has(card.id)) continue;
    const isDue = state !== undefined && state.due.getTime() <= now.getTime();
    if (isDue) dueNow++;
    if (!state) unseenTotal++;
    for (const setId of card.topics) {
      const entry = (bySet[setId] ??= { due: 0, new: 0 });
      if (isDue) entry.due++;
      if (!state) entry.new++;
    }
  }
  for (const entry of Object.values(bySet)) entry.new = Math.min(entry.new, remainingToday);
  return { dueNow, newAvailableToday: Math.min(unseenTotal, remainingToday), bySet };
}

/**
 * Reviews falling due on each of the next `days` UTC days, today first. Today
 * includes everything already overdue. New cards are not counted.
 */
export async function dueForecast(
  db: Database,
  userId: string,
  now: Date = new Date(),
  days = 14,
): Promise<{ date: string; count: number }[]> {
  const states = await cardStates(db, userId);
  const start = startOfUtcDay(now);
  const out = Array.from({ length: Math.max(0, days) }, (_, i) => ({
    date: isoDay(new Date(start.getTime() + i * 86_400_000)),
    count: 0,
  }));
  for (const state of states.values()) {
    if (state.state === 0) continue;
    const index = Math.max(0, Math.floor((state.due.getTime() - start.getTime()) / 86_400_000));
    if (index < out.length) out[index]!.count++;
  }
  return out;
}

/** How well the student is predicted to remember what they studied (teacher's per-student page). */
export async function memoryState(db: Database, userId: string, now: Date = new Date()): Promise<MemoryState> {
  const [settings, states] = await Promise.all([userSettings(db, userId), cardStates(db, userId)]);
  const f = schedulerFor(settings.retention);
  const studied = [...states.values()].filter((s) => s.state !== 0);
  const belowRecall = studied
    .map((s) => ({ cardId: s.cardId, front: findFlashcard(s.cardId)!.front, retrievability: retrievability(f, s, now) }))
    .filter((r) => r.retrievability < RECALL_THRESHOLD)
    .sort((a, b) => a.retrievability - b.retrievability || a.cardId.localeCompare(b.cardId));
  return {
    cardsStudied: studied.length,
    dueNow: studied.filter((s) => s.due.getTime() <= now.getTime()).length,
    belowRecall,
  };
}
