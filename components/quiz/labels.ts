import type { QuestionCategory, QuestionType } from "@/lib/questions/types";

export const CATEGORY_LABELS: Record<QuestionCategory, string> = {
  chronology: "Chronology: when things happened",
  places: "Places: where things happened",
  forces: "Forces: who fought",
  figures: "Figures: numbers and losses",
};

export const TYPE_LABELS: Record<QuestionType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True or false",
  ordering: "Put in order",
  matching: "Matching",
  typed: "Type the answer",
  numeric: "Number",
  "map-pin": "Pin on a map",
};
