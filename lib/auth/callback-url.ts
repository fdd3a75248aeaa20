/**
 * Where to go after signing in or up. Only same-site paths are followed, so a
 * crafted link cannot send someone to another site ("//evil.example" is refused).
 */
export function safeCallbackUrl(value: string | string[] | undefined | null): string | null {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : null;
}

/** A link to the other auth page that keeps the callback. */
export function withCallback(path: string, callbackUrl: string | null): string {
  return callbackUrl ? `${path}?callbackUrl=${encodeURIComponent(callbackUrl)}` : path;
}
