/** What a teacher types to name a class and a student types to join one. Client-safe and pure. */
import { z } from "zod";
import { cleanTextSchema } from "../text/clean-text";

export const MAX_CLASS_NAME_LENGTH = 100;

/** NFC, trimmed; no control or text-direction characters: students and teachers see it on every class page. */
export const ClassNameSchema = cleanTextSchema({ field: "The class name" }, "Enter a class name.")
  .min(1, "Enter a class name.")
  .max(MAX_CLASS_NAME_LENGTH, `Use at most ${MAX_CLASS_NAME_LENGTH} characters for the class name.`);

export const CreateClassSchema = z.object({ name: ClassNameSchema });

/** What a student types: letters and digits, spaces and dashes ignored, any case. */
export const JoinCodeInputSchema = z
  .string({ error: "Enter the join code your teacher gave you." })
  .trim()
  .min(1, "Enter the join code your teacher gave you.")
  .max(40, "That is too long to be a join code.");
