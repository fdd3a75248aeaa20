/**
 * What a server action receives is whatever the request said, not what its
 * TypeScript signature promises: anyone can POST to a page with a `Next-Action`
 * header and any arguments. These helpers turn that input into values the
 * action can trust, so malformed input ends in a form error, a redirect or a
 * 403/404 page, never in a thrown TypeError (a 500).
 */
import { z } from "zod";

/** The form the browser sent, or an empty one when the argument is not a form (a hand-made request). */
export function formFrom(input: unknown): FormData {
  return input instanceof FormData ? input : new FormData();
}

/** A text field; "" when it is missing or is a file. */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/**
 * Record ids as the app makes them (cuid, or the demo seed's hex ids). Checking the shape
 * before a query or a redirect keeps control characters and non-ASCII text out of both.
 */
export const RecordIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "That is not a valid id.");

/** The id in a form field, or null when it is missing or not shaped like one of ours. */
export function recordIdField(form: FormData, name: string): string | null {
  const parsed = RecordIdSchema.safeParse(form.get(name));
  return parsed.success ? parsed.data : null;
}

/**
 * The next `version` of a form state. Forms count their answers so React remounts their
 * selects; the previous state comes from the client and may be null or anything else.
 */
export function nextVersion(previous: unknown): number {
  const version = (previous as { version?: unknown } | null | undefined)?.version;
  return typeof version === "number" && Number.isSafeInteger(version) && version >= 0 ? version + 1 : 1;
}
