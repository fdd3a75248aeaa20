/**
 * The shapes the quiz pages hand to the browser: the key-free attempt view
 * (lib/attempts/attempt-service.ts builds it on the server) and what the
 * responses API answers. Client-safe: types only, no answer keys.
 */
import type { Citation } from "@/lib/content/schema";
import type { GradeResult, PublicQuestion } from "@/lib/questions/types";
import type { MercatorParams } from "@/lib/map/map-projection";

export type { Citation, GradeResult, PublicQuestion };

export interface AnsweredItem {
  clientResponseId: string;
  response: unknown;
  /** null when the assignment's feedback policy hides it for now. */
  feedback: GradeResult | null;
}

export interface QuizAttemptView {
  id: string;
  kind: "practice" | "assignment";
  status: "in-progress" | "finished" | "expired";
  title: string;
  assignment: { id: string; title: string; dueAt: string; feedbackPolicy: string } | null;
  deadlineAt: string | null;
  questions: PublicQuestion[];
  answered: Record<string, AnsweredItem>;
  feedbackVisible: boolean;
}

export interface SubmitResult {
  recorded: "new" | "duplicate";
  questionId: string;
  feedback: GradeResult | null;
  progress: { answered: number; total: number };
  attemptStatus: "in-progress" | "finished" | "expired";
}

/** The governorate map, projected on the server (lib/map/governorate-map.ts). */
export interface QuizMapData {
  width: number;
  height: number;
  governorates: { name: string; path: string; labelAt: [number, number] }[];
  projection: MercatorParams;
}

/** Source document file name → its title, so citations read as titles. */
export type SourceTitles = Record<string, string>;
