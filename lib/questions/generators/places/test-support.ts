/**
 * Shared by the places tests: the real knowledge base, every places question
 * (the gap templates included: out of the bank, but held to the same rules),
 * and helpers to read options and measure distances and bearings.
 */
import { geoDistance } from "d3-geo";
import { loadKnowledgeBase } from "../../../content/load-knowledge-base";
import type { LoadedPlace } from "../../../content/load";
import { normalizeName } from "../../../content/normalize-name";
import type { Option } from "../../types";
import { createContext, type QuestionDraft } from "../context";
import { generateGapQuestions, generatePlaceQuestions } from "./index";

export const kb = loadKnowledgeBase();
export const questions: QuestionDraft[] = [
  ...generatePlaceQuestions(createContext(kb, "bank-v1")),
  ...generateGapQuestions(createContext(kb, "bank-v1")),
];
export const placeById = new Map(kb.places.map((p) => [p.id, p]));

export const TEMPLATES = [
  "event-place-choice",
  "event-place-typed",
  "place-map-pin",
  "event-map-pin",
  "place-governorate-choice",
  "place-governorate-true-false",
  "place-direction-true-false",
  "place-direction-choice",
  "on-highway-choice",
  "border-crossing-choice",
  "border-crossing-typed",
  "event-place-matching",
  "place-near-choice",
  "place-part-of-choice",
];

export const EVENT_TEMPLATES = ["event-place-choice", "event-place-typed", "event-map-pin", "event-place-matching", "border-crossing-typed"];

export function correctOptions(q: QuestionDraft): Option[] {
  return q.type === "multiple-choice" ? q.options.filter((o) => q.answer.correct.includes(o.id)) : [];
}

export function wrongOptions(q: QuestionDraft): Option[] {
  return q.type === "multiple-choice" ? q.options.filter((o) => !q.answer.correct.includes(o.id)) : [];
}

/** The places an option text names (by name or alias, after normalising). */
export function placesNamed(text: string): LoadedPlace[] {
  const key = normalizeName(text);
  return kb.places.filter((p) => [p.name, ...p.aliases].some((n) => normalizeName(n) === key));
}

export function km(a: LoadedPlace, b: LoadedPlace): number {
  return geoDistance([a.coordinates!.lon, a.coordinates!.lat], [b.coordinates!.lon, b.coordinates!.lat]) * 6371;
}

const DIRECTION_BEARING: Record<string, number> = { north: 0, east: 90, south: 180, west: 270 };

/** Degrees (0–180) between the bearing from `from` to `to` and the direction. */
export function offDirection(from: LoadedPlace, to: LoadedPlace, direction: string): number {
  const rad = Math.PI / 180;
  const [lat1, lat2] = [from.coordinates!.lat * rad, to.coordinates!.lat * rad];
  const dLon = (to.coordinates!.lon - from.coordinates!.lon) * rad;
  const y = Math.sin(dLon) * Math.cos(lat2);
  const x = Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(dLon);
  const bearing = (Math.atan2(y, x) / rad + 360) % 360;
  const diff = Math.abs(bearing - DIRECTION_BEARING[direction]!) % 360;
  return diff > 180 ? 360 - diff : diff;
}

/** A premise or prompt label without its trailing "(date)". */
export function withoutDate(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/, "");
}
