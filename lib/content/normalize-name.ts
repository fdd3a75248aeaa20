/**
 * Normalises a place or force name for duplicate detection, so that
 * "Maarat al-Numan", "Ma'arrat an-Nu'man" and "maarat al numan" compare equal
 * as far as practical:
 * - lower-case, diacritics removed (ā → a, ḩ → h);
 * - ʿ ʾ ’ ‘ ' ` marks removed;
 * - hyphens, dots and runs of spaces collapsed to one space;
 * - Arabic article forms (al-, el-, an-, ash-, as-, ad-, at-, ar-, az-) dropped
 *   at the start of every word, and the same forms standing alone dropped.
 * Doubled letters are NOT collapsed, so "Maarrat" and "Maarat" stay distinct;
 * aliases list both spellings explicitly.
 */
const ARTICLES = "al|el|an|ash|as|ad|at|ar|az|ath|adh|en|es|ed|et|er|ez";
const ARTICLE = new RegExp(`^(?:${ARTICLES})-`);
const STANDALONE_ARTICLE = new RegExp(`^(?:${ARTICLES})$`);

export function normalizeName(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "") // combining diacritics
    .toLowerCase()
    .replace(/[ʿʾʻʼ’‘'`´]/g, "")
    .replace(/[._,()]/g, " ")
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
