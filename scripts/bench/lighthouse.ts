/**
 * Lighthouse performance (its default mobile profile: a mid-range phone on a
 * slow 4G connection, simulated) against the production build, in Debian's
 * Chromium. Budget: a score of at least 95 on the student pages that matter.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { loadKnowledgeBase } from "../../content/index";
import { generateQuestionBank } from "../../lib/questions/bank";
import type { SuiteResult } from "./report";
import { startAppServer } from "./support/app-server";
import { createBenchStudents } from "./support/bench-students";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const BUDGET = 95;

export async function lighthouseSuite(): Promise<SuiteResult> {
  const bank = generateQuestionBank(loadKnowledgeBase());
  const app = await startAppServer(3205);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const [student] = await createBenchStudents({
      databaseUrl: app.databaseUrl,
      secret: app.authSecret,
      bank,
      count: 1,
      attemptsEach: 1,
      questionsEach: 10,
      firstType: "multiple-choice",
    });
    const pages = [
      { name: "sign-in", path: "/sign-in" },
      { name: "quiz (a question)", path: `/student/quiz/${student!.attempts[0]!.id}` },
      { name: "study home", path: "/student" },
      { name: "flashcards", path: "/student/flashcards" },
      { name: "progress", path: "/student/progress" },
    ];
    const rows: SuiteResult["rows"] = [];
    for (const page of pages) {
      const result = await lighthouse(`${app.baseUrl}${page.path}`, {
        port: chrome.port,
        onlyCategories: ["performance"],
        output: "json",
        logLevel: "error",
        extraHeaders: { Cookie: student!.cookie },
      });
      const lhr = result?.lhr;
      const score = Math.round((lhr?.categories.performance?.score ?? 0) * 100);
      const metric = (id: string) => lhr?.audits[id]?.displayValue ?? "?";
      rows.push({
        measure: `${page.name}: performance score (FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")})`,
        value: String(score),
        budget: `>= ${BUDGET}`,
        pass: score >= BUDGET,
      });
    }
    return { title: "Lighthouse performance (mobile profile, production build)", rows };
  } finally {
    chrome.kill();
    await app.stop();
  }
}
