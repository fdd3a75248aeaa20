/** What a student may say is wrong with a question. Client-safe: the report form and the server share it. */
export const REPORT_REASONS = ["wrong-answer", "unclear", "typo", "other"] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_REASON_LABELS: Record<ReportReason, string> = {
  "wrong-answer": "The answer marked correct is wrong",
  unclear: "The question is unclear",
  typo: "There is a typo",
  other: "Something else",
};

/** Short labels for teachers' lists. */
export const REPORT_REASON_SHORT_LABELS: Record<ReportReason, string> = {
  "wrong-answer": "Wrong answer",
  unclear: "Unclear",
  typo: "Typo",
  other: "Other",
};
