/**
 * The feedback marks each of a student's choices right or wrong by reading the server's written key back into
 * option ids (components/quiz/key-reading.ts). Checked over the whole bank, as the browser sees each question
 * (shuffled, key-free), and on option texts that contain the separators themselves.
 */
import { describe, expect, it } from "vitest";
import { readChoiceKey, readMatchingKey, readOrderKey } from "@/components/quiz/key-reading";
import type { PublicQuestion } from "@/components/quiz/quiz-types";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { answerKeyText } from "@/lib/questions/answer-key-text";
import { generateQuestionBank } from "@/lib/questions/bank";
import { toPublicQuestion } from "@/lib/questions/public-view";

const base = { id: "q1", category: "places" as const, prompt: "Which?" };

describe("reading the written key back", () => {
  it("recovers the key of every choice, ordering and matching question in the bank", () => {
    const bank = generateQuestionBank(loadKnowledgeBase());
    let checked = 0;
    for (const question of bank.questions) {
      const key = answerKeyText(question);
      const shown = toPublicQuestion(question, "seed-1");
      if (question.type === "multiple-choice" && shown.type === "multiple-choice") {
        expect(readChoiceKey(shown, key), question.id).toEqual(new Set(question.answer.correct));
        checked++;
      } else if (question.type === "ordering" && shown.type === "ordering") {
        expect(readOrderKey(shown, key), question.id).toEqual(question.answer.order);
        checked++;
      } else if (question.type === "matching" && shown.type === "matching") {
        expect(readMatchingKey(shown, key), question.id).toEqual(question.answer.pairs);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it("is not fooled by an option whose text holds the separator", () => {
    const choice: PublicQuestion = {
      ...base,
      type: "multiple-choice",
      selectMany: true,
      options: [
        { id: "a", text: "Idlib; Aleppo" },
        { id: "b", text: "Aleppo" },
        { id: "c", text: "Hama" },
      ],
    };
    expect(readChoiceKey(choice, "Idlib; Aleppo; Hama")).toEqual(new Set(["a", "c"]));
    expect(readChoiceKey(choice, "Aleppo; Hama")).toEqual(new Set(["b", "c"]));

    const ordering: PublicQuestion = {
      ...base,
      type: "ordering",
      options: [
        { id: "y", text: "Taftanaz" },
        { id: "x", text: "Taftanaz → Idlib" },
        { id: "z", text: "Idlib" },
      ],
    };
    // "Taftanaz" fits the second place first, but leaves "Idlib" twice: the reader backs up and tries the longer item.
    expect(readOrderKey(ordering, "Idlib → Taftanaz → Idlib → Taftanaz")).toEqual(["z", "x", "y"]);

    const matching: PublicQuestion = {
      ...base,
      type: "matching",
      premises: [
        { id: "p1", text: "Bab al-Hawa" },
        { id: "p2", text: "Wadi Deif" },
      ],
      options: [
        { id: "o1", text: "Idlib" },
        { id: "o2", text: "Idlib; Wadi Deif → Aleppo" },
        { id: "o3", text: "Maarat al-Numan" },
      ],
    };
    expect(readMatchingKey(matching, "Bab al-Hawa → Idlib; Wadi Deif → Maarat al-Numan")).toEqual({ p1: "o1", p2: "o3" });
    expect(readMatchingKey(matching, "Bab al-Hawa → Idlib; Wadi Deif → Aleppo; Wadi Deif → Idlib")).toEqual({ p1: "o2", p2: "o1" });
  });

  it("gives up, rather than guess, on a key that does not fit the question", () => {
    const choice: PublicQuestion = { ...base, type: "multiple-choice", selectMany: false, options: [{ id: "a", text: "Idlib" }] };
    expect(readChoiceKey(choice, "Aleppo")).toBeNull();
    const ordering: PublicQuestion = { ...base, type: "ordering", options: [{ id: "a", text: "A" }, { id: "b", text: "B" }] };
    expect(readOrderKey(ordering, "A → A")).toBeNull();
    expect(readOrderKey(ordering, "A")).toBeNull();
  });
});
