/**
 * The server's grade carries its key only as words (lib/questions/answer-key-text.ts: choices joined with "; ",
 * ordered items with " → ", matching pairs as "left → right; left → right"). To mark each of the student's
 * choices right or wrong in place, the feedback reads those words back into option ids. It runs only on a grade
 * the server has sent, after the answer was submitted, so no key reaches the browser any earlier. Pure: no React.
 */
import type { PublicQuestion } from "./quiz-types";

interface Candidate {
  id: string;
  text: string;
}

/**
 * Splits `key` into `separator`-joined candidate texts, each candidate used once, trying each in turn (option
 * texts may contain the separator, so a wrong first guess is undone). `count` is how many parts there must be
 * (any number when undefined); `sameAs` says which candidates rule each other out (by default, the same id).
 */
function readJoined(
  key: string,
  separator: string,
  candidates: readonly Candidate[],
  { count, sameAs = (id) => id }: { count?: number; sameAs?: (id: string) => string },
): string[] | null {
  function from(position: number, picked: string[]): string[] | null {
    for (const candidate of candidates) {
      if (picked.some((id) => sameAs(id) === sameAs(candidate.id))) continue;
      if (!key.startsWith(candidate.text, position)) continue;
      const end = position + candidate.text.length;
      const next = [...picked, candidate.id];
      if (end === key.length) {
        if (count === undefined || next.length === count) return next;
        continue;
      }
      if (count !== undefined && next.length >= count) continue;
      if (!key.startsWith(separator, end)) continue;
      const rest = from(end + separator.length, next);
      if (rest) return rest;
    }
    return null;
  }
  return from(0, []);
}

/** Multiple choice: the ids of the right options, or null when the key cannot be read. */
export function readChoiceKey(question: Extract<PublicQuestion, { type: "multiple-choice" }>, key: string): Set<string> | null {
  const ids = readJoined(key, "; ", question.options, {});
  return ids ? new Set(ids) : null;
}

/** Ordering: the ids in the right order, or null. */
export function readOrderKey(question: Extract<PublicQuestion, { type: "ordering" }>, key: string): string[] | null {
  return readJoined(key, " → ", question.options, { count: question.options.length });
}

/** Matching: premise id → the right option id, or null. The browser's premises may be shuffled; the key's are not. */
export function readMatchingKey(question: Extract<PublicQuestion, { type: "matching" }>, key: string): Record<string, string> | null {
  const { premises, options } = question;
  // Each candidate is one premise paired with one option; its id holds both.
  const pairs = premises.flatMap((premise) =>
    options.map((option) => ({ id: `${premise.id}\u0000${option.id}`, text: `${premise.text} → ${option.text}` })),
  );
  const ids = readJoined(key, "; ", pairs, { count: premises.length, sameAs: (id) => id.split("\u0000")[0]! });
  return ids ? Object.fromEntries(ids.map((id) => id.split("\u0000") as [string, string])) : null;
}
