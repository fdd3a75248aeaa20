/**
 * One question of every type whose text holds everything that needs escaping somewhere: GIFT's
 * specials (~ = # { } : \), quotes, XML and HTML specials, a spreadsheet formula, Arabic script,
 * emoji, tabs and line breaks, and a 500-character prompt.
 */
import type { Question } from "@/lib/questions/types";

const NASTY = `"Quoted" 'single' {braces} ~tilde =equals #hash :colon \\backslash <b>&amp;</b> ]]> حلب 🇸🇾😀`;
const LONG_PROMPT = `Which ${NASTY} `.padEnd(499, "x") + "?";

const base = {
  category: "places" as const,
  template: "hostile",
  explanation: `Because ${NASTY}.`,
  sources: [{ doc: "000_4e18d6cfd8d74cdd.txt", section: "Battle: {the} ~first = day #1" }],
  topics: ["hostile-set"],
  coreIn: [],
  skill: "recall" as const,
  refs: { events: [], places: [], forces: [], figures: [] },
  difficulty: 2 as const,
};

export const HOSTILE_QUESTIONS: Question[] = [
  {
    ...base,
    id: "tq:1@2",
    type: "multiple-choice",
    prompt: `=HYPERLINK("x") ${NASTY}?`,
    selectMany: false,
    options: [
      { id: "a", text: `Right ${NASTY}` },
      { id: "b", text: "-1 wrong" },
      { id: "c", text: "@wrong | piped \\ slash" },
    ],
    answer: { correct: ["a"] },
  },
  {
    ...base,
    id: "hostile-many",
    type: "multiple-choice",
    prompt: "Pick both ~ = #",
    selectMany: true,
    options: [
      { id: "a", text: "One {1}" },
      { id: "b", text: "Two: 2" },
      { id: "c", text: "Three = 3" },
      { id: "d", text: "Four # 4" },
    ],
    answer: { correct: ["a", "b"] },
  },
  { ...base, id: "hostile-tf", type: "true-false", prompt: `True or false: ${NASTY}\twith a tab\nand a line break`, answer: { value: false } },
  {
    ...base,
    id: "hostile-order",
    type: "ordering",
    prompt: `Order ${NASTY}`,
    options: [
      { id: "x", text: "First ~ <i>" },
      { id: "y", text: "Second & {2}" },
      { id: "z", text: "Third حلب" },
    ],
    answer: { order: ["x", "y", "z"] },
  },
  {
    ...base,
    id: "hostile-match",
    type: "matching",
    prompt: `Match ${NASTY}`,
    premises: [
      { id: "p1", text: "Aleppo = حلب" },
      { id: "p2", text: "Idlib {#}" },
      { id: "p3", text: "Maarat: \"al-Numan\"" },
    ],
    options: [
      { id: "o1", text: "North ~ 1" },
      { id: "o2", text: "West = 2" },
      { id: "o3", text: "South \\ 3" },
      { id: "o4", text: "Nowhere 😀" },
    ],
    answer: { pairs: { p1: "o1", p2: "o2", p3: "o3" } },
  },
  {
    ...base,
    id: "hostile-typed",
    type: "typed",
    prompt: LONG_PROMPT,
    answer: { text: "Ma'arat al-Nu'man" },
    accept: ["Ma'arat al-Nu'man", "Maarat = al Numan", "معرة النعمان"],
  },
  {
    ...base,
    id: "hostile-numeric",
    type: "numeric",
    prompt: `How many ${NASTY}?`,
    unit: "soldiers <approx>",
    answer: { value: 250, min: 200, max: 300.5, display: "about 250" },
  },
  {
    ...base,
    id: "hostile-pin",
    type: "map-pin",
    prompt: `Where is ${NASTY}?`,
    answer: { lat: 35.65, lon: 36.67, fullCreditKm: 15, partialCreditKm: 40, placeName: `Maarat ${NASTY}` },
  },
];
