/**
 * First-load JavaScript of the quiz page, gzipped, against an empty page built
 * with the same Next.js version in the same run. Both pages are loaded in
 * Debian's Chromium and every script they fetch is counted (gzip level 6, what
 * `next start` sends). Budget: at most 60 KB above the empty page.
 */
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "@playwright/test";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { generateQuestionBank } from "../../lib/questions/bank";
import type { QuestionType } from "../../lib/questions/types";
import type { SuiteResult } from "./report";
import { startAppServer } from "./support/app-server";
import { startEmptyNextApp } from "./support/empty-next-app";
import { createBenchStudents } from "./support/bench-students";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUDGET_KB = 60;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Total gzipped bytes of every script a page loads until the network is quiet. */
async function scriptWeight(browser: Browser, url: string, cookie?: string): Promise<{ bytes: number; files: number }> {
  const context = await browser.newContext();
  if (cookie) {
    const [name, value] = cookie.split("=", 2) as [string, string];
    await context.addCookies([{ name, value, url }]);
  }
  const page = await context.newPage();
  const bodies: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script") {
      bodies.push(response.body().then((body) => gzipSync(body, { level: 6 }).length, () => 0));
    }
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
  const sizes = await Promise.all(bodies);
  await context.close();
  return { bytes: sizes.reduce((a, b) => a + b, 0), files: sizes.length };
}

export async function quizPageWeightSuite(): Promise<SuiteResult> {
  const bank = generateQuestionBank(loadKnowledgeBase());
  const empty = await startEmptyNextApp(3203);
  const app = await startAppServer(3204);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const emptyWeight = await scriptWeight(browser, empty.url);
    const firstTypes: QuestionType[] = ["multiple-choice", "ordering", "map-pin", "matching"];
    const rows: SuiteResult["rows"] = [{ measure: "empty Next.js page (same version, same run)", value: `${kb(emptyWeight.bytes)} in ${emptyWeight.files} scripts` }];
    for (const firstType of firstTypes) {
      const [student] = await createBenchStudents({
        databaseUrl: app.databaseUrl,
        secret: app.authSecret,
        bank,
        count: 1,
        attemptsEach: 1,
        questionsEach: 10,
        firstType,
      });
      const attempt = student!.attempts[0]!;
      const weight = await scriptWeight(browser, `${app.baseUrl}/student/quiz/${attempt.id}`, student!.cookie);
      const extra = weight.bytes - emptyWeight.bytes;
      rows.push({
        measure: `quiz page showing ${/^[aeiou]/.test(firstType) ? "an" : "a"} ${firstType} question: above the empty page`,
        value: `${kb(extra)} (${kb(weight.bytes)} in ${weight.files} scripts)`,
        budget: `<= ${BUDGET_KB} KB`,
        pass: extra <= BUDGET_KB * 1024,
      });
    }
    return {
      title: "Quiz page JavaScript (gzip, first load)",
      rows,
      notes: [
        "Counted in Chromium: every script response until the network is idle, so lazily loaded parts (drag and drop for ordering) count when the question that needs them is shown first.",
      ],
    };
  } finally {
    await browser.close();
    await app.stop();
    await empty.stop();
  }
}
