import type { z } from "zod";
import { HttpError } from "../errors";

/**
 * The body parsed by `schema`, or a 400 that names the first thing wrong with it, after `refusal`:
 * "Invalid answer (questionId: Required)." Every JSON route's domain call parses its body this way.
 */
export function parseBodyOr400<S extends z.ZodType>(schema: S, body: unknown, refusal: string): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new HttpError(400, `${refusal} (${issue?.path.join(".") || "body"}: ${issue?.message ?? "invalid"}).`);
}
