/**
 * Deterministic randomness for the generator and for per-attempt shuffling.
 *
 * Every random choice is seeded from a string (a question id plus the bank or
 * attempt seed), so one question's distractors never depend on how many other
 * questions came before it: adding content leaves existing questions unchanged.
 */
import { createHash } from "node:crypto";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import type { RandomGenerator } from "pure-rand/types/RandomGenerator";

/** Short hex digest of a string, used for stable ids. */
export function stableHash(text: string, length = 10): string {
  return createHash("sha256").update(text).digest("hex").slice(0, length);
}

export class SeededRandom {
  private readonly rng: RandomGenerator;

  constructor(seed: string) {
    // 32 bits of the seed's digest are plenty: seeds differ by question id anyway.
    this.rng = xoroshiro128plus(parseInt(stableHash(seed, 8), 16) | 0);
  }

  /** Integer in [from, to], both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  /** Up to `n` distinct items, in random order. */
  sample<T>(items: readonly T[], n: number): T[] {
    return this.shuffle(items).slice(0, n);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[this.int(0, items.length - 1)]!;
  }
}
