import { expect, type Page } from "@playwright/test";
import type { QuestionType } from "../../lib/questions/types";

/** The detail page a saved question's form redirects to. */
export const SAVED_QUESTION_URL = /\/teacher\/questions\/tq%3A[A-Za-z0-9_-]+\?saved=1$/;

/** Opens the form for a new question of `type` and fills its question (or, for true or false, its statement). */
export async function startQuestion(page: Page, type: QuestionType, prompt: string) {
  await page.goto(`/teacher/questions/new?type=${type}`);
  await page.getByLabel(type === "true-false" ? "Statement" : "Question", { exact: true }).fill(prompt);
}

/** Waits for the redirect after saving and returns the new question's id ("tq:<id>") from the address. */
export async function savedQuestionId(page: Page): Promise<string> {
  await expect(page).toHaveURL(SAVED_QUESTION_URL);
  const encoded = /\/teacher\/questions\/([^/?]+)/.exec(page.url())![1]!;
  return decodeURIComponent(encoded);
}

async function saveWithExplanation(page: Page, explanation: string): Promise<string> {
  await page.getByLabel("Explanation").fill(explanation);
  await page.getByRole("button", { name: "Save question" }).click();
  return savedQuestionId(page);
}

/** The writers below fill every field a valid question needs, as the signed-in teacher, and return its id. */

export async function writeMultipleChoiceQuestion(page: Page): Promise<string> {
  await startQuestion(page, "multiple-choice", "Which city is the capital of Idlib governorate?");
  await page.getByRole("textbox", { name: "Choice 1" }).fill("Idlib");
  await page.getByRole("textbox", { name: "Choice 2" }).fill("Aleppo");
  await page.getByRole("textbox", { name: "Choice 3" }).fill("Hama");
  await page.getByRole("checkbox", { name: "Correct (choice 1)" }).check();
  return saveWithExplanation(page, "The governorate is named after its capital.");
}

export async function writeTrueFalseQuestion(page: Page, statement: string): Promise<string> {
  await startQuestion(page, "true-false", statement);
  await page.getByRole("radio", { name: "True" }).check();
  return saveWithExplanation(page, "The Idlib clashes article says so.");
}

export async function writeOrderingQuestion(page: Page): Promise<string> {
  await startQuestion(page, "ordering", "Put these events in the order they happened.");
  await page.getByLabel("Item 1").fill("Rebels take Maarat al-Numan");
  await page.getByLabel("Item 2").fill("Taftanaz airbase falls");
  await page.getByLabel("Item 3").fill("The army recaptures Maarat al-Numan");
  return saveWithExplanation(page, "October 2012, January 2013, January 2020.");
}

export async function writeMatchingQuestion(page: Page): Promise<string> {
  await startQuestion(page, "matching", "Match each place with what it was.");
  await page.getByLabel("Left 1").fill("Taftanaz");
  await page.getByLabel("Matches 1").fill("Airbase");
  await page.getByLabel("Left 2").fill("Bab al-Hawa");
  await page.getByLabel("Matches 2").fill("Border crossing");
  await page.getByLabel("Left 3").fill("Wadi Deif");
  await page.getByLabel("Matches 3").fill("Army base");
  return saveWithExplanation(page, "All three appear in the Idlib clashes article.");
}

export async function writeTypedQuestion(page: Page): Promise<string> {
  await startQuestion(page, "typed", "Which town on the M5 changed hands in October 2012?");
  await page.getByLabel("Answer", { exact: true }).fill("Maarat al-Numan");
  await page.getByLabel("Other accepted answers (optional)").fill("Maarrat al-Numan\nMaaret al-Numan");
  return saveWithExplanation(page, "It sits on the M5 between Hama and Aleppo.");
}

export async function writeNumericQuestion(page: Page): Promise<string> {
  await startQuestion(page, "numeric", "Roughly how many kilometres is Maarat al-Numan from Idlib city?");
  await page.getByLabel("Answer", { exact: true }).fill("30");
  await page.getByLabel("Tolerance (optional)").fill("5");
  await page.getByLabel("Unit (optional)").fill("km");
  return saveWithExplanation(page, "About thirty kilometres to the south.");
}

/** Typed coordinates; the pin-by-keyboard path is checked in question-authoring.spec.ts. */
export async function writeMapPinQuestion(page: Page): Promise<string> {
  await startQuestion(page, "map-pin", "Where is Idlib city?");
  await page.getByLabel("Place name").fill("Idlib");
  await page.getByLabel("Latitude").fill("35.93");
  await page.getByLabel("Longitude").fill("36.63");
  return saveWithExplanation(page, "The city gives the governorate its name.");
}

/** One question of each of the seven types, written in the order of QUESTION_TYPES; their ids by type. */
export async function writeOneQuestionOfEachType(page: Page): Promise<Record<QuestionType, string>> {
  return {
    "multiple-choice": await writeMultipleChoiceQuestion(page),
    "true-false": await writeTrueFalseQuestion(page, "Taftanaz airbase lies in Idlib governorate."),
    ordering: await writeOrderingQuestion(page),
    matching: await writeMatchingQuestion(page),
    typed: await writeTypedQuestion(page),
    numeric: await writeNumericQuestion(page),
    "map-pin": await writeMapPinQuestion(page),
  };
}
