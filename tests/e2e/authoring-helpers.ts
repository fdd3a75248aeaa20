import { expect, type Page } from "@playwright/test";

/**
 * Writes a true-or-false question through the form as the signed-in teacher and returns its id
 * ("tq:<id>"), read from the detail page's address the form redirects to.
 */
export async function writeTrueFalseQuestion(page: Page, statement: string): Promise<string> {
  await page.goto("/teacher/questions/new?type=true-false");
  await page.getByLabel("Statement").fill(statement);
  await page.getByRole("radio", { name: "True" }).check();
  await page.getByLabel("Explanation").fill("The Idlib clashes article says so.");
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page).toHaveURL(/\/teacher\/questions\/tq%3A[A-Za-z0-9_-]+\?saved=1$/);
  const encoded = /\/teacher\/questions\/([^/?]+)/.exec(page.url())![1]!;
  return decodeURIComponent(encoded);
}
