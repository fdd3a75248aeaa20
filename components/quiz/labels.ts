// Labels live in lib/taxonomy.ts; re-exported while pages move over to it.
export { CATEGORY_LABELS, QUESTION_TYPE_LABELS as TYPE_LABELS } from "@/lib/taxonomy";
