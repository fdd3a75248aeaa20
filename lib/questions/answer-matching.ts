/**
 * Compares a student's typed answer with a typed question's accepted forms.
 *
 * Pure and dependency-free so the grader (server) and any client-side hint can
 * share it. Latin-script answers build on `normalizeName`, the same rules used
 * for duplicate detection in the content, so every alias the content lists is
 * matched the way the content validator already treats it.
 */
import { normalizeName } from "../content/normalize-name";

/**
 * A normalised accepted answer needs at least this many characters (spaces
 * excluded) before one typo is forgiven. Shorter names must match exactly:
 * one edit can turn them into another place ("Rai" → "Rami").
 */
export const TYPO_MIN_LENGTH = 7;

/** Longer responses never match; the API rejects them too (ResponseSchemas.typed). */
const MAX_RESPONSE_LENGTH = 200;

/** The marks `normalizeName` deletes inside words (Maʿarrat, Ma'arrat, Ma`arrat...). */
const APOSTROPHES = /[ʿʾʻʼ’‘'`´]/g;
/** Unicode hyphens and dashes, read as the ASCII hyphen so "al‑Bab" keeps its article form. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Invisible formatting characters (zero-width space, joiners, direction marks). */
const FORMAT_CHARS = /\p{Cf}/gu;
/** Everything but letters, digits, marks, whitespace, hyphens and dots becomes a space. */
const LATIN_PUNCTUATION = /[^\p{L}\p{N}\p{M}\s.-]/gu;
const ANY_PUNCTUATION = /[^\p{L}\p{N}\p{M}\s]/gu;
/** An Arabic letter: the U+0600–U+06FF block minus its marks, digits, punctuation and tatweel. */
const ARABIC_LETTER = /(?=\p{L})(?!\u0640)[\u0600-\u06FF]/u;
/** Tashkeel/harakat (incl. the hamza and madda marks NFKD splits off أ إ آ ؤ ئ), superscript alef, tatweel. */
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/g;
const ARABIC_LETTER_MAP: Record<string, string> = {
  "أ": "ا",
  "إ": "ا",
  "آ": "ا",
  "ٱ": "ا",
  "ى": "ي",
  "ة": "ه",
  "ؤ": "و",
  "ئ": "ي",
};
const ARABIC_VARIANTS = /[أإآٱىةؤئ]/g;
const ARABIC_ARTICLE = "ال";

/**
 * The canonical form of a typed answer or an accepted form. Idempotent;
 * empty or whitespace-only input gives "".
 */
export function normalizeAnswer(text: string): string {
  // NFKD first (normalizeName does it too) so that compatibility forms such as
  // full-width letters or Arabic presentation forms are resolved before any
  // character class below is applied; removing the apostrophes beforehand
  // keeps "´" from decomposing into a space plus an accent.
  const prepared = text
    .replace(APOSTROPHES, "")
    .normalize("NFKD")
    .replace(FORMAT_CHARS, "")
    .replace(DASHES, "-");
  return ARABIC_LETTER.test(prepared) ? normalizeArabic(prepared) : normalizeLatin(prepared);
}

function normalizeLatin(text: string): string {
  const name = normalizeName(text.replace(/&/g, " and ").replace(LATIN_PUNCTUATION, " "));
  return name
    .replace(/\p{M}/gu, "") // marks outside U+0300–U+036F, which normalizeName keeps
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:the )+/, "");
}

function normalizeArabic(text: string): string {
  const words = text
    .replace(ARABIC_MARKS, "")
    .replace(ARABIC_VARIANTS, (c) => ARABIC_LETTER_MAP[c] ?? c)
    .toLowerCase()
    .replace(/\p{M}/gu, "") // accents on any Latin letters mixed in
    .replace(ANY_PUNCTUATION, " ")
    .split(/\s+/)
    .filter(Boolean);
  return words.map(dropArabicArticle).join(" ");
}

/**
 * "الباب" → "باب", but "الا" stays: the article goes only when at least two
 * letters remain. Repeated ("الالتزام" → "التزام" → "تزام") so that a second
 * pass has nothing left to drop, which keeps normalizeAnswer idempotent.
 */
function dropArabicArticle(word: string): string {
  let w = word;
  while (w.startsWith(ARABIC_ARTICLE) && w.length - ARABIC_ARTICLE.length >= 2) {
    w = w.slice(ARABIC_ARTICLE.length);
  }
  return w;
}

/**
 * True when `a` and `b` are equal or one edit apart in the optimal string
 * alignment sense: one substitution, insertion, deletion, or swap of two
 * adjacent characters. Compares code points; expects normalised input.
 *
 * Hand-rolled rather than taken from an edit-distance library: with the
 * threshold fixed at 1 it is a single O(n) pass over the common prefix and a
 * comparison of the tails, a few lines and faster than filling a matrix.
 */
export function withinOneTypo(a: string, b: string): boolean {
  if (a === b) return true;
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];

  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;

  if (short.length === long.length) {
    // Substitution at i, or a swap of i and i + 1.
    if (tailsEqual(short, i + 1, long, i + 1)) return true;
    return short[i] === long[i + 1] && short[i + 1] === long[i] && tailsEqual(short, i + 2, long, i + 2);
  }
  // One character inserted into `short` at i.
  return tailsEqual(short, i, long, i + 1);
}

function tailsEqual(x: readonly string[], i: number, y: readonly string[], j: number): boolean {
  if (x.length - i !== y.length - j) return false;
  for (; i < x.length; i++, j++) {
    if (x[i] !== y[j]) return false;
  }
  return true;
}

export interface TypedAnswerMatch {
  matched: boolean;
  /** The accepted form, as written in the content, that the response matched. */
  matchedForm?: string;
  /** True when the match needed the one-typo allowance. */
  typo: boolean;
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, "");
}

/**
 * Exact normalised equality with any accepted form wins; failing that, one
 * typo is forgiven against a Latin-script form of at least TYPO_MIN_LENGTH
 * letters. Arabic forms must match exactly after normalisation.
 */
export function matchTypedAnswer(response: string, accepted: readonly string[]): TypedAnswerMatch {
  const noMatch: TypedAnswerMatch = { matched: false, typo: false };
  if (response.length > MAX_RESPONSE_LENGTH) return noMatch;
  const typed = normalizeAnswer(response);
  if (typed === "") return noMatch;

  const forms = accepted
    .map((original) => ({ original, normalized: normalizeAnswer(original) }))
    .filter((f) => f.normalized !== "");

  const exact = forms.find((f) => f.normalized === typed);
  if (exact) return { matched: true, matchedForm: exact.original, typo: false };

  if (ARABIC_LETTER.test(typed)) return noMatch;
  const nearMiss = forms.find(
    (f) =>
      !ARABIC_LETTER.test(f.normalized) &&
      f.normalized.replace(/ /g, "").length >= TYPO_MIN_LENGTH &&
      withinOneTypo(typed, f.normalized) &&
      // Digits carry meaning ("M4" vs "M5", "17th" vs "18th"): never forgive a changed number.
      digitsOf(typed) === digitsOf(f.normalized),
  );
  if (nearMiss) return { matched: true, matchedForm: nearMiss.original, typo: true };
  return noMatch;
}
