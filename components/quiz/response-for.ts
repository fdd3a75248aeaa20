import type { PublicQuestion } from "./quiz-types";

/** The response to send for a draft, or why there is nothing to send yet. */
export function responseFor(question: PublicQuestion, draft: unknown): { response: unknown } | { problem: string } {
  const d = (draft ?? null) as Record<string, unknown> | null;
  switch (question.type) {
    case "multiple-choice": {
      const selected = Array.isArray(d?.selected) ? (d.selected as string[]) : [];
      if (selected.length === 0) return { problem: question.selectMany ? "Choose at least one answer first." : "Choose an answer first." };
      return { response: { selected } };
    }
    case "true-false":
      return typeof d?.value === "boolean" ? { response: { value: d.value } } : { problem: "Choose True or False first." };
    case "ordering":
      return { response: { order: Array.isArray(d?.order) ? d.order : question.options.map((o) => o.id) } };
    case "matching": {
      const pairs = (d?.pairs ?? {}) as Record<string, string>;
      if (question.premises.some((p) => !pairs[p.id])) return { problem: "Choose a match for every item first." };
      return { response: { pairs } };
    }
    case "typed": {
      const text = typeof d?.text === "string" ? d.text.trim() : "";
      return text ? { response: { text } } : { problem: "Type an answer first." };
    }
    case "numeric":
      return typeof d?.value === "number" && Number.isFinite(d.value)
        ? { response: { value: d.value } }
        : { problem: "Enter a number, for example 1200." };
    case "map-pin":
      return typeof d?.lat === "number" && typeof d?.lon === "number"
        ? { response: { lat: d.lat, lon: d.lon } }
        : { problem: "Place a pin on the map first." };
  }
}

/** "1,200", "1 200" and "3.5" all read as numbers; anything else is not an answer yet. */
export function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,\u00a0\u202f]/g, "");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}
