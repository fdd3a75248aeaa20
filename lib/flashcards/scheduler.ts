/**
 * FSRS scheduling with ts-fsrs: one scheduler per retention target, the
 * conversion between a CardState row and ts-fsrs's Card, and the interval
 * text shown on each rating button. Pure (no database). See
 * docs/decisions/005-spaced-repetition.md.
 */
import {
  createEmptyCard,
  fsrs,
  generatorParameters,
  State,
  type Card,
  type FSRS,
  type Grade,
  type RecordLogItem,
} from "ts-fsrs";

export const DEFAULT_RETENTION = 0.9;

export type RatingValue = 1 | 2 | 3 | 4;
export const RATING_LABELS = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" } as const satisfies Record<RatingValue, string>;

export type CardStateName = "new" | "learning" | "review" | "relearning";
const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};

export function stateName(state: number): CardStateName {
  return STATE_NAMES[state as State] ?? "new";
}

/** The stored fields of a card's memory state (the CardState row, minus ids). */
export interface StoredCardState {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
}

/** What one rating button would do: "Good · 3 days". */
export interface RatingPreview {
  rating: RatingValue;
  label: (typeof RATING_LABELS)[RatingValue];
  /** ISO time the card would next be due. */
  due: string;
  /** "1 min", "10 min", "3 days", "2 months". */
  interval: string;
}

const schedulers = new Map<number, FSRS>();

/**
 * The scheduler for a retention target (0.7–0.97; anything else falls back to
 * the default). Fuzz is off so the interval a button shows is exactly the one
 * the review gets.
 */
export function schedulerFor(retention: number = DEFAULT_RETENTION): FSRS {
  const r = Number.isFinite(retention) && retention >= 0.7 && retention <= 0.97 ? retention : DEFAULT_RETENTION;
  let f = schedulers.get(r);
  if (!f) {
    f = fsrs(generatorParameters({ request_retention: r, enable_fuzz: false, enable_short_term: true }));
    schedulers.set(r, f);
  }
  return f;
}

/** ts-fsrs's Card for a stored state, or a new card when there is none. */
export function toFsrsCard(stored: StoredCardState | null, now: Date): Card {
  if (!stored) return createEmptyCard(now);
  return {
    due: stored.due,
    stability: stored.stability,
    difficulty: stored.difficulty,
    elapsed_days: stored.elapsedDays,
    scheduled_days: stored.scheduledDays,
    learning_steps: stored.learningSteps,
    reps: stored.reps,
    lapses: stored.lapses,
    state: stored.state as State,
    last_review: stored.lastReview ?? undefined,
  };
}

export function fromFsrsCard(card: Card): StoredCardState {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

/** Applies a rating at `now`: the new card and ts-fsrs's review log. */
export function rate(f: FSRS, stored: StoredCardState | null, rating: RatingValue, now: Date): RecordLogItem {
  return f.next(toFsrsCard(stored, now), now, rating as Grade);
}

/** "1 min", "10 min", "5 hours", "1 day", "3 days", "2 months", "1.5 years". */
export function formatInterval(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return hours === 1 ? "1 hour" : `${hours} hours`;
  const days = Math.round(minutes / 1440);
  if (days < 31) return days === 1 ? "1 day" : `${days} days`;
  if (days < 365) {
    const months = Math.round(days / 30);
    return months === 1 ? "1 month" : `${months} months`;
  }
  const years = Math.round((days / 365) * 10) / 10;
  return years === 1 ? "1 year" : `${years} years`;
}

/** What each of the four buttons would schedule if pressed at `now`. */
export function previewRatings(f: FSRS, stored: StoredCardState | null, now: Date): RatingPreview[] {
  const preview = f.repeat(toFsrsCard(stored, now), now);
  return ([1, 2, 3, 4] as const).map((rating) => {
    const due = preview[rating as Grade].card.due;
    return { rating, label: RATING_LABELS[rating], due: due.toISOString(), interval: formatInterval(now, due) };
  });
}

/** Predicted probability of recall at `now` (0 for a card never reviewed). */
export function retrievability(f: FSRS, stored: StoredCardState, now: Date): number {
  if (stored.state === State.New) return 0;
  return f.get_retrievability(toFsrsCard(stored, now), now, false);
}
