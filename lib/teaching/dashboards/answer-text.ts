/**
 * Answers written out for teachers: option texts for choice questions, the
 * typed text, the number, the distance of a map pin from the place asked.
 * `key` groups answers that are the same for counting ("most common wrong
 * answers"): typed answers ignore case and spacing, map pins group by 5 km
 * of distance. Server-side only in practice (it reads answer keys), but pure.
 */
import { greatCircleKm } from "../../questions/geo";
import type { Option, Question } from "../../questions/types";

export interface DescribedAnswer {
  key: string;
  text: string;
}

const MAX_TEXT = 300;

function optionText(options: readonly Option[], id: string): string {
  return options.find((o) => o.id === id)?.text ?? `(unknown option ${id})`;
}

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function rawText(answer: unknown): string {
  try {
    return clip(JSON.stringify(answer) ?? "");
  } catch {
    return "(unreadable answer)";
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | null {
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? (value as string[]) : null;
}

/** An answer as stored (parsed JSON) written out for people. Unknown shapes fall back to their JSON. */
export function describeAnswer(question: Question | undefined, answer: unknown): DescribedAnswer {
  const fallback = { key: `raw:${rawText(answer)}`, text: rawText(answer) };
  if (!question || !isRecord(answer)) return fallback;
  switch (question.type) {
    case "multiple-choice": {
      const selected = stringList(answer.selected);
      if (!selected) return fallback;
      if (selected.length === 0) return { key: "mc:", text: "(nothing selected)" };
      const sorted = [...selected].sort();
      return { key: `mc:${sorted.join("|")}`, text: selected.map((id) => optionText(question.options, id)).join("; ") };
    }
    case "true-false":
      return typeof answer.value === "boolean"
        ? { key: `tf:${answer.value}`, text: answer.value ? "True" : "False" }
        : fallback;
    case "ordering": {
      const order = stringList(answer.order);
      if (!order) return fallback;
      return { key: `order:${order.join("|")}`, text: order.map((id) => optionText(question.options, id)).join(" → ") };
    }
    case "matching": {
      if (!isRecord(answer.pairs)) return fallback;
      const pairs = answer.pairs;
      const parts = question.premises.map((p) => {
        const chosen = pairs[p.id];
        return `${p.text} → ${typeof chosen === "string" ? optionText(question.options, chosen) : "(no match)"}`;
      });
      const key = question.premises.map((p) => String(pairs[p.id] ?? "")).join("|");
      return { key: `match:${key}`, text: parts.join("; ") };
    }
    case "typed": {
      if (typeof answer.text !== "string") return fallback;
      const trimmed = answer.text.trim().replace(/\s+/g, " ");
      if (trimmed === "") return { key: "typed:", text: "(left blank)" };
      return { key: `typed:${trimmed.toLocaleLowerCase()}`, text: clip(`“${trimmed}”`) };
    }
    case "numeric": {
      if (typeof answer.value !== "number" || !Number.isFinite(answer.value)) return fallback;
      const text = `${answer.value.toLocaleString("en-GB")} ${question.unit}`.trim();
      return { key: `num:${answer.value}`, text };
    }
    case "map-pin": {
      if (typeof answer.lat !== "number" || typeof answer.lon !== "number") return fallback;
      const km = greatCircleKm({ lat: answer.lat, lon: answer.lon }, question.answer);
      const bucket = Math.round(km / 5) * 5;
      return {
        key: `pin:${bucket}`,
        text: km < 2.5 ? `Pin on ${question.answer.placeName}` : `Pin about ${bucket} km from ${question.answer.placeName}`,
      };
    }
  }
}
