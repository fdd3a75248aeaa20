/**
 * The message a page shows for a `?notice=` key from its own table, or undefined. Only the table's own
 * keys count: `?notice=toString` must not find Object.prototype's function and break the page.
 */
export function pageNotice(table: Readonly<Record<string, string>>, key: unknown): string | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
