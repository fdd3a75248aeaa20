import { describe, expect, it } from "vitest";
import { greatCircleKm as distanceKm } from "./geo";
import { grade, InvalidResponseError } from "./grade";
import { optionsOf, QUESTION_BASE } from "./test-fixtures";
import type { Question } from "./types";

// A cited source, so grading can be seen to pass the question's sources on.
const common = { ...QUESTION_BASE, sources: [{ doc: "002_475e68448c0becbd.txt", section: "July 2012" }] };

const single: Question = {
  ...common,
  id: "single",
  type: "multiple-choice",
  selectMany: false,
  options: optionsOf({ oa: "Saraqib", ob: "Binnish", oc: "Taftanaz" }),
  answer: { correct: ["oa"] },
};

const many: Question = {
  ...common,
  id: "many",
  type: "multiple-choice",
  selectMany: true,
  options: optionsOf({ oa: "Free Syrian Army", ob: "al-Nusra Front", oc: "17th Division", od: "46th Regiment" }),
  answer: { correct: ["oa", "ob"] },
};

const ordering: Question = {
  ...common,
  id: "order",
  category: "chronology",
  type: "ordering",
  options: optionsOf({ a: "first", b: "second", c: "third", d: "fourth" }),
  answer: { order: ["a", "b", "c", "d"] },
};

const matching: Question = {
  ...common,
  id: "match",
  type: "matching",
  premises: optionsOf({ p1: "Saraqib", p2: "Azaz" }),
  options: optionsOf({ idlib: "Idlib", aleppo: "Aleppo", hama: "Hama" }),
  answer: { pairs: { p1: "idlib", p2: "aleppo" } },
};

const typed: Question = {
  ...common,
  id: "typed",
  type: "typed",
  answer: { text: "Maarat al-Numan" },
  accept: ["Maarat al-Numan", "Ma'arrat al-Nu'man", "معرة النعمان"],
};

const numeric: Question = {
  ...common,
  id: "num",
  category: "figures",
  type: "numeric",
  unit: "soldiers",
  answer: { value: 190, min: 171, max: 209, display: "190" },
};

// Idlib city, from the gazetteer.
const mapPin: Question = {
  ...common,
  id: "pin",
  type: "map-pin",
  answer: { lat: 35.9306, lon: 36.6339, fullCreditKm: 12, partialCreditKm: 40, placeName: "Idlib" },
};

describe("multiple choice", () => {
  it("scores one answer right or wrong and returns the key and explanation", () => {
    expect(grade(single, { selected: ["oa"] })).toMatchObject({
      score: 1,
      correct: true,
      correctAnswer: "Saraqib",
      explanation: QUESTION_BASE.explanation,
      sources: common.sources,
    });
    expect(grade(single, { selected: ["ob"] })).toMatchObject({ score: 0, correct: false, correctAnswer: "Saraqib" });
    expect(grade(single, { selected: [] })).toMatchObject({ score: 0, correct: false });
  });

  it("refuses two choices on a one-answer question", () => {
    expect(() => grade(single, { selected: ["oa", "ob"] })).toThrow(InvalidResponseError);
  });

  it("gives partial credit on select-all questions, and nothing for ticking everything", () => {
    expect(grade(many, { selected: ["oa", "ob"] }).score).toBe(1);
    expect(grade(many, { selected: ["oa"] })).toMatchObject({ score: 0.5, correct: false });
    expect(grade(many, { selected: ["oa", "oc"] }).score).toBe(0);
    expect(grade(many, { selected: ["oa", "ob", "oc", "od"] }).score).toBe(0);
  });

  it("rejects options the question does not have, and repeated options", () => {
    expect(() => grade(single, { selected: ["zz"] })).toThrow(/Unknown option/);
    expect(() => grade(many, { selected: ["oa", "oa"] })).toThrow(/twice/);
  });
});

describe("true/false", () => {
  const tf: Question = { ...common, id: "tf", type: "true-false", answer: { value: false } };
  it("scores the statement", () => {
    expect(grade(tf, { value: false })).toMatchObject({ score: 1, correctAnswer: "False" });
    expect(grade(tf, { value: true })).toMatchObject({ score: 0, correct: false });
  });
  it("rejects a string where a boolean belongs", () => {
    expect(() => grade(tf, { value: "false" })).toThrow(InvalidResponseError);
  });
});

describe("ordering", () => {
  it("gives full marks for the right order", () => {
    expect(grade(ordering, { order: ["a", "b", "c", "d"] })).toMatchObject({
      score: 1,
      correct: true,
      correctAnswer: "first → second → third → fourth",
    });
  });
  it("scores the share of neighbouring pairs in the right relative order", () => {
    // a<c yes, c<b no, b<d yes → 2 of 3
    expect(grade(ordering, { order: ["a", "c", "b", "d"] })).toMatchObject({
      score: 0.667,
      correct: false,
      detail: { partsRight: 2, partsTotal: 3 },
    });
    // one item moved from the end to the front: 2 of 3 pairs still right
    expect(grade(ordering, { order: ["d", "a", "b", "c"] }).score).toBe(0.667);
    expect(grade(ordering, { order: ["d", "c", "b", "a"] }).score).toBe(0);
  });
  it("rejects an order that leaves out or repeats items", () => {
    expect(() => grade(ordering, { order: ["a", "b", "c"] })).toThrow(/every item/);
    expect(() => grade(ordering, { order: ["a", "a", "b", "c"] })).toThrow(/twice/);
  });
});

describe("matching", () => {
  it("scores the share of premises matched correctly", () => {
    expect(grade(matching, { pairs: { p1: "idlib", p2: "aleppo" } }).score).toBe(1);
    expect(grade(matching, { pairs: { p1: "idlib", p2: "hama" } })).toMatchObject({
      score: 0.5,
      detail: { partsRight: 1, partsTotal: 2 },
      correctAnswer: "Saraqib → Idlib; Azaz → Aleppo",
    });
    // Unanswered premises count as wrong.
    expect(grade(matching, { pairs: { p2: "aleppo" } }).score).toBe(0.5);
  });
  it("rejects unknown premises and options", () => {
    expect(() => grade(matching, { pairs: { p9: "idlib" } })).toThrow(/Unknown premise/);
    expect(() => grade(matching, { pairs: { p1: "damascus" } })).toThrow(/Unknown option/);
  });
});

describe("typed", () => {
  it("accepts spellings, Arabic script and one typo, and names the form it matched", () => {
    expect(grade(typed, { text: "maarrat an numan" })).toMatchObject({ score: 1, detail: { typoForgiven: false } });
    expect(grade(typed, { text: "Marat al-Nman" }).score).toBe(0); // two letters missing
    expect(grade(typed, { text: "Ma‘arrat al-Nu‘mān" })).toMatchObject({ score: 1, detail: { matchedForm: "Ma'arrat al-Nu'man" } });
    expect(grade(typed, { text: "معرة النعمان" }).score).toBe(1);
    expect(grade(typed, { text: "Maarat al-Numam" })).toMatchObject({ score: 1, detail: { typoForgiven: true } });
    expect(grade(typed, { text: "Saraqib" })).toMatchObject({ score: 0, correctAnswer: "Maarat al-Numan" });
  });
  it("rejects answers that are not text or absurdly long", () => {
    expect(() => grade(typed, { text: 42 })).toThrow(InvalidResponseError);
    expect(() => grade(typed, { text: "x".repeat(201) })).toThrow(InvalidResponseError);
  });
});

describe("numeric", () => {
  it("accepts values inside the tolerance", () => {
    expect(grade(numeric, { value: 190 })).toMatchObject({ score: 1, correctAnswer: "190 soldiers" });
    expect(grade(numeric, { value: 171 }).score).toBe(1);
    expect(grade(numeric, { value: 170 }).score).toBe(0);
    expect(grade(numeric, { value: 210 }).score).toBe(0);
  });
  it("rejects non-numbers", () => {
    expect(() => grade(numeric, { value: "190" })).toThrow(InvalidResponseError);
    expect(() => grade(numeric, { value: Number.NaN })).toThrow(InvalidResponseError);
  });
});

describe("map pin", () => {
  it("measures great-circle distance", () => {
    // Idlib to Aleppo is about 57 km as the crow flies.
    const km = distanceKm({ lat: 35.9306, lon: 36.6339 }, { lat: 36.2021, lon: 37.1343 });
    expect(km).toBeGreaterThan(50);
    expect(km).toBeLessThan(60);
  });
  it("gives full credit near the place, half within the wider radius, none beyond, with the distance", () => {
    expect(grade(mapPin, { lat: 35.95, lon: 36.65 })).toMatchObject({ score: 1, correct: true });
    const half = grade(mapPin, { lat: 36.1, lon: 36.8 });
    expect(half).toMatchObject({ score: 0.5, correct: false, correctAnswer: "Idlib" });
    expect(half.detail?.distanceKm).toBeGreaterThan(12);
    const miss = grade(mapPin, { lat: 36.2021, lon: 37.1343 });
    expect(miss.score).toBe(0);
    expect(miss.detail?.distanceKm).toBeGreaterThan(50);
  });
  it("rejects coordinates off the globe", () => {
    expect(() => grade(mapPin, { lat: 95, lon: 36 })).toThrow(InvalidResponseError);
  });
});
