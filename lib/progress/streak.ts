/**
 * Study streaks in UTC days: a day counts when the student answered at least
 * one question or reviewed at least one flashcard. The streak runs back from
 * today, or from yesterday when nothing has happened yet today (so a streak is
 * not lost in the morning before the day's first answer).
 */

/** The UTC day of a time, YYYY-MM-DD. */
export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** The UTC day `n` days after (negative: before) a YYYY-MM-DD day. */
export function shiftDay(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00.000Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return utcDay(t);
}

/** Consecutive active days ending today or yesterday (UTC); 0 when neither was active. */
export function streakDays(activeDays: Iterable<string>, now: Date): number {
  const days = new Set(activeDays);
  const today = utcDay(now);
  let day = days.has(today) ? today : shiftDay(today, -1);
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day = shiftDay(day, -1);
  }
  return count;
}

/** "3-day streak", "1-day streak", "No streak yet". */
export function formatStreak(days: number): string {
  return days === 0 ? "No streak yet" : `${days}-day streak`;
}
