/**
 * Normalises a place or force name for duplicate detection, so that
 * "Maarat al-Numan", "Ma'arrat an-Nu'man" and "maarat al numan" compare equal
 * as far as practical:
 * - lower-case, diacritics removed (ā → a, ḩ → h);
 * - ʿ ʾ ’ ‘ ' ` marks removed;
 * - hyphens, dots and runs of spaces collapsed to one space;
 * - Arabic article forms (al-, el-, an-, ash-, esh-, as-, ad-, at-, ar-, az-, eth-) dropped
 *   at the start of every word, and the same forms standing alone dropped.
 * Doubled letters are NOT collapsed, so "Maarrat" and "Maarat" stay distinct;
 * aliases list both spellings explicitly.
 */
const ARTICLES = "al|el|an|ash|esh|as|ad|at|ar|az|ath|eth|adh|en|es|ed|et|er|ez";
const ARTICLE = new RegExp(`^(?:${ARTICLES})-`);
const STANDALONE_ARTICLE = new RegExp(`^(?:${ARTICLES})$`);

/**
 * The generator normalises the same few thousand names and titles many times
 * over; remembering results makes a bank build several times faster. The cap
 * keeps memory bounded if it is ever fed unbounded input.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 50_000;

export function normalizeName(name: string): string {
  let value = cache.get(name);
  if (value === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    value = normalizeUncached(name);
    cache.set(name, value);
  }
  return value;
}

function normalizeUncached(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // combining diacritics
    .toLowerCase()
    .replace(/[ʿʾʻʼ’‘'`´]/g, "")
    .replace(/[._,()“”„«»"!?:;]/g, " ")
    .trim();
  const words = base
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(ARTICLE, ""))
    .flatMap((w) => w.split("-"))
    .filter((w) => w !== "");
  // Articles written as separate words ("Bab al Hawa", "Maarrat an Numan"),
  // unless that would leave nothing.
  const kept = words.filter((w) => !STANDALONE_ARTICLE.test(w));
  return (kept.length > 0 ? kept : words).join(" ");
}
