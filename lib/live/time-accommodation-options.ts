/**
 * The extra time a teacher may give a student on live-session countdowns, client-safe so the
 * roster's select and the server's check read the same list.
 */
export const EXTRA_TIME_MULTIPLIERS = [1, 1.25, 1.5, 2] as const;
export type ExtraTimeMultiplier = (typeof EXTRA_TIME_MULTIPLIERS)[number];

/** "×1 (none)", "×1.5": what the roster shows for each choice. */
export function extraTimeLabel(multiplier: number): string {
  return multiplier === 1 ? "×1 (none)" : `×${multiplier}`;
}

export const EXTRA_TIME_CHOICES_TEXT = "×1 (none), ×1.25, ×1.5 or ×2";
