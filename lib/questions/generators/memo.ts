/**
 * One bank build checks the same titles, names and places many times over,
 * so the generators keep what they derive from them per key.
 */

/** A Map or WeakMap: whatever stores values by key. */
interface Cache<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** The value stored for `key`, computed and stored on first use. */
export function cached<K, V>(cache: Cache<K, V>, key: K, compute: () => V): V {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const value = compute();
  cache.set(key, value);
  return value;
}
