/** Feedback wording, shared by the runner and tests. Pure: no React, no keys. */
import { formatUtc } from "@/lib/text/utc-dates";
import type { GradeResult } from "./quiz-types";

type Verdict = "correct" | "partial" | "incorrect";

export function verdictOf(feedback: GradeResult): { kind: Verdict; icon: string; label: string } {
  if (feedback.correct) return { kind: "correct", icon: "✓", label: "Correct" };
  if (feedback.score > 0) {
    const { partsRight, partsTotal } = feedback.detail ?? {};
    const parts = partsRight !== undefined && partsTotal !== undefined ? ` (${partsRight} of ${partsTotal})` : "";
    return { kind: "partial", icon: "◐", label: `Partly right${parts}` };
  }
  return { kind: "incorrect", icon: "✗", label: "Incorrect" };
}

/** What to say when the assignment hides feedback for now. */
export function hiddenFeedbackMessage(assignment: { dueAt: string; feedbackPolicy: string } | null): string {
  if (assignment?.feedbackPolicy === "after-due") {
    const due = new Date(assignment.dueAt);
    const when = Number.isNaN(due.getTime()) ? "the due date" : `the due date (${formatUtc(due)})`;
    return `Answer saved. Feedback comes after ${when}.`;
  }
  return "Answer saved. Feedback comes after you finish the quiz.";
}

export function formatKm(km: number): string {
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return `${rounded} km`;
}

/** A pin's place in degrees, as the map input and the feedback say it: "35.62° N, 36.68° E". */
export function formatLatLon({ lat, lon }: { lat: number; lon: number }): string {
  const ns = lat >= 0 ? "N" : "S";
  const ew = lon >= 0 ? "E" : "W";
  return `${Math.abs(lat).toFixed(2)}° ${ns}, ${Math.abs(lon).toFixed(2)}° ${ew}`;
}
