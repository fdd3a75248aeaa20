import { describe, expect, it } from "vitest";
import {
  applyRowIntent,
  emptyFormValues,
  formValuesFrom,
  formValuesFromQuestion,
  questionFromFormValues,
  type QuestionFormValues,
} from "./question-form";

const CONTEXT = {
  id: "tq:draft@1",
  sources: [{ file: "002_475e68448c0becbd.txt", title: "Idlib clashes", sections: ["lead", "Background"] }],
  studySets: [{ id: "siege-of-wadi-deif", title: "Siege of Wadi Deif" }],
};

function mc(fill: Partial<QuestionFormValues> = {}): QuestionFormValues {
  return {
    ...emptyFormValues("multiple-choice"),
    prompt: "Which city?",
    explanation: "Because.",
    choices: [
      { text: "Idlib", correct: true },
      { text: "", correct: false },
      { text: "Hama", correct: false },
    ],
    ...fill,
  };
}

describe("the question form", () => {
  it("reads rows, ticks and the citation select from a submitted form", () => {
    const form = new FormData();
    for (const [name, value] of [
      ["type", "multiple-choice"],
      ["prompt", "Which city?"],
      ["choice.0", "Idlib"],
      ["choice.1", "Hama"],
      ["correct", "1"],
      ["citation", "002_475e68448c0becbd.txt::Background"],
      ["topics", "siege-of-wadi-deif"],
    ]) form.append(name!, value!);
    const values = formValuesFrom(form);
    expect(values.choices).toEqual([
      { text: "Idlib", correct: false },
      { text: "Hama", correct: true },
    ]);
    expect(values).toMatchObject({ citationDoc: "002_475e68448c0becbd.txt", citationSection: "Background", topics: ["siege-of-wadi-deif"] });
  });

  it("adds and removes rows without going below two or above twelve", () => {
    const values = mc();
    expect(applyRowIntent(values, "add-choice")!.choices).toHaveLength(4);
    expect(applyRowIntent(values, "remove-choice-1")!.choices.map((c) => c.text)).toEqual(["Idlib", "Hama"]);
    const two = applyRowIntent(values, "remove-choice-1")!;
    expect(applyRowIntent(two, "remove-choice-0")!.choices).toHaveLength(2);
    let many = values;
    for (let i = 0; i < 20; i++) many = applyRowIntent(many, "add-choice")!;
    expect(many.choices).toHaveLength(12);
    expect(applyRowIntent(values, "save")).toBeNull();
  });

  it("skips blank rows and puts a row's error on the row the teacher sees", () => {
    const result = questionFromFormValues(mc({ choices: [{ text: "Idlib", correct: true }, { text: "", correct: false }, { text: "x".repeat(201), correct: false }] }), CONTEXT);
    expect(result).toEqual({ ok: false, errors: { "choice.2": "A choice must be at most 200 characters." } });
  });

  it("refuses a document section that does not exist and a citation given twice", () => {
    const result = questionFromFormValues(mc({ citationDoc: CONTEXT.sources[0]!.file, citationSection: "Nowhere", citationText: "My notes" }), CONTEXT);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.citationSection).toContain("Choose a section of “Idlib clashes”");
    expect(result.errors.citationText).toBe("Cite a document or write a citation, not both.");
  });

  it("numeric: a tolerance becomes the range; min and max win when given", () => {
    const base = { ...emptyFormValues("numeric"), prompt: "How many?", explanation: "Because." };
    expect(questionFromFormValues({ ...base, number: "1,200", tolerance: "100" }, CONTEXT)).toMatchObject({
      ok: true,
      question: { answer: { value: 1200, min: 1100, max: 1300, display: "1,200" } },
    });
    expect(questionFromFormValues({ ...base, number: "1200", min: "1000", max: "1250" }, CONTEXT)).toMatchObject({
      ok: true,
      question: { answer: { min: 1000, max: 1250 } },
    });
    expect(questionFromFormValues({ ...base, number: "" }, CONTEXT)).toMatchObject({ ok: false, errors: { number: "The answer must be a number." } });
  });

  it("a saved question comes back into the form unchanged", () => {
    const first = questionFromFormValues(mc({ citationDoc: CONTEXT.sources[0]!.file, citationSection: "Background", topics: ["siege-of-wadi-deif"] }), CONTEXT);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    const again = questionFromFormValues(formValuesFromQuestion(first.question), CONTEXT);
    if (!again.ok) throw new Error(JSON.stringify(again.errors));
    const strip = (q: typeof first.question) => JSON.stringify(q).replace(/"c[0-9a-f]{8}"/g, "ID");
    expect(strip(again.question)).toBe(strip(first.question));
  });
});
