/**
 * What a student (or a teacher's assignment) asks a quiz to contain. Client-safe:
 * the start form and the assignment editor validate with the same schema, and
 * Attempt.setDefinition / Assignment.setDefinition store it as JSON.
 */
import { z } from "zod";
import { QUESTION_CATEGORIES, QUESTION_TYPES } from "../questions/types";

export const DEFAULT_QUIZ_LENGTH = 10;
export const MAX_QUIZ_LENGTH = 50;

export const QuizRequestSchema = z.object({
  /** Study set id (content studySets). */
  setId: z.string().max(80).optional(),
  /** Study-set ids: a question matches when it belongs to any of them. */
  topics: z.array(z.string().max(80)).max(30).optional(),
  categories: z.array(z.enum(QUESTION_CATEGORIES)).max(4).optional(),
  types: z.array(z.enum(QUESTION_TYPES)).max(7).optional(),
  /**
   * "core": only the set's core questions (the ones a teacher would put on the test); "all": every
   * question in the set. Missing means core, so practice and new assignments start from the core.
   */
  scope: z.enum(["core", "all"]).optional(),
  /** An explicit list (retry missed questions). */
  questionIds: z.array(z.string().max(80)).max(100).optional(),
  length: z.number().int().min(1).max(MAX_QUIZ_LENGTH).default(DEFAULT_QUIZ_LENGTH),
});

export type QuizRequest = z.infer<typeof QuizRequestSchema>;
