/** "A", "A and B", "A, B and C": names joined the way a sentence lists them (no serial comma, as elsewhere in the app). */
export function listInSentence(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
