/**
 * What a submitted answer goes through before it is stored, for a quiz attempt and a live session
 * alike: a typed answer is normalised (NFC, trimmed) so what is stored is what was graded, and one
 * holding a control or text-direction character is refused with the field's own message
 * (lib/text/clean-text.ts); then the one grader scores it. A response that does not fit the
 * question is a 400, never a 500.
 */
import { z } from "zod";
import { HttpError } from "../errors";
import { grade, InvalidResponseError } from "./grade";
import { ResponseSchemas, type GradeResult, type Question } from "./types";

/** The id a browser gives each answer it sends, so a resend is recognised and stored once. */
export const ClientAnswerIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/);

export function gradeSubmission(question: Question, submitted: unknown): { response: unknown; result: GradeResult } {
  let response = submitted;
  if (question.type === "typed") {
    const typed = ResponseSchemas.typed.safeParse(submitted);
    if (typed.success) response = typed.data;
    else if (typed.error.issues[0]?.code === "custom") throw new HttpError(400, typed.error.issues[0].message);
  }
  try {
    return { response, result: grade(question, response) };
  } catch (error) {
    if (error instanceof InvalidResponseError) throw new HttpError(400, error.message);
    throw error;
  }
}
