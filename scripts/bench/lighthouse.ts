/**
 * Lighthouse performance and accessibility (its default mobile profile: a mid-range phone on a slow 4G
 * connection, simulated) against the production build, in Debian's Chromium. Budgets on each student page:
 * performance at least the empty Next.js page's median in the same run (the floor this machine allows), and
 * accessibility 100.
 *
 * LIGHTHOUSE_APP_PORT and LIGHTHOUSE_EMPTY_PORT move the two servers off 3205 and 3206. LIGHTHOUSE_PAGES picks
 * pages by key (`LIGHTHOUSE_PAGES=quiz,timeline`; keys: sign-in, home, quiz, flashcards, map, map-october,
 * map-places, timeline, progress) and LIGHTHOUSE_RUNS sets the performance runs per page (default 3), for a quicker look
 * at a few pages; the empty page is always measured, as the floor. LIGHTHOUSE_DETAILS=1 prints each run's
 * main-thread time by kind of work and its costliest scripts, and keeps each run's full report in
 * data/lighthouse/ (long tasks, network requests, script treemap) with the trace it scored, for a closer look.
 */
import fs from "node:fs";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { generateQuestionBank } from "../../lib/questions/bank";
import type { SuiteResult } from "./report";
import { startAppServer } from "./support/app-server";
import { startEmptyNextApp } from "./support/empty-next-app";
import { createBenchStudents } from "./support/bench-students";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const APP_PORT = Number(process.env.LIGHTHOUSE_APP_PORT ?? 3205);
const EMPTY_PORT = Number(process.env.LIGHTHOUSE_EMPTY_PORT ?? 3206);
const ACCESSIBILITY_BUDGET = 100;
const RUNS = Math.max(1, Number(process.env.LIGHTHOUSE_RUNS ?? 3) || 3);
/** LIGHTHOUSE_DETAILS=1 prints where each run spent its main-thread time and which scripts ran longest. */
const DETAILS = process.env.LIGHTHOUSE_DETAILS === "1";
const PAGE_KEYS = process.env.LIGHTHOUSE_PAGES?.split(",").map((k) => k.trim()).filter(Boolean);
const KNOWN_PAGE_KEYS = ["sign-in", "home", "quiz", "flashcards", "map", "map-october", "map-places", "timeline", "progress"];

type Flags = Parameters<typeof lighthouse>[1];
type Result = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

/** "scriptEvaluation 420 ms, styleLayout 310 ms, …; scripts: /_next/…js 180 ms, …": what to cut first. */
function mainThreadWork(lhr: Result): string {
  const items = (id: string) => {
    const details = lhr.audits[id]?.details;
    return details && "items" in details ? (details.items as Record<string, unknown>[]) : [];
  };
  const groups = items("mainthread-work-breakdown")
    .map((item) => `${String(item.groupLabel ?? item.group)} ${Math.round(Number(item.duration))} ms`)
    .slice(0, 4);
  const scripts = items("bootup-time")
    .slice(0, 3)
    .map((item) => `${String(item.url).replace(/^https?:\/\/[^/]+/, "")} ${Math.round(Number(item.total))} ms`);
  return `${groups.join(", ")}; scripts: ${scripts.join(", ") || "none over the threshold"}`;
}

interface PerformanceRun {
  score: number;
  metrics: string;
}

/** The run with the median score (the higher middle one of an even count). */
function medianRun(runs: PerformanceRun[]): PerformanceRun {
  return [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)]!;
}

export async function lighthouseSuite(): Promise<SuiteResult> {
  // A mistyped page key fails before the servers start, not after minutes of building.
  const unknown = PAGE_KEYS?.filter((key) => !KNOWN_PAGE_KEYS.includes(key)) ?? [];
  if (unknown.length > 0) throw new Error(`LIGHTHOUSE_PAGES: no page ${unknown.join(", ")}; pages: ${KNOWN_PAGE_KEYS.join(", ")}`);
  const bank = generateQuestionBank(loadKnowledgeBase());
  // The floor on this machine: an empty page of the same Next.js version, scored in the same run.
  const empty = await startEmptyNextApp(EMPTY_PORT);
  const app = await startAppServer(APP_PORT);
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
    const flags: Flags = { port: chrome.port, output: "json", logLevel: "error", extraHeaders: { Cookie: student!.cookie } };

    async function performanceRuns(url: string, count = RUNS): Promise<{ median: PerformanceRun; all: PerformanceRun[]; failedRuns: number }> {
      // A running server has rendered each page before; the first render of a route also warms its code.
      await fetch(url, { headers: { Cookie: student!.cookie } });
      // Scores vary by a few points between runs on a shared 2-core machine: report the median of RUNS.
      const all: PerformanceRun[] = [];
      let failedRuns = 0;
      for (let run = 0; run < count; run++) {
        const result = await lighthouse(url, { ...flags, onlyCategories: ["performance"] });
        const lhr = result?.lhr;
        // A run Lighthouse could not finish (a trace or protocol error on a busy machine) has no score: it is
        // not a score of 0. Run again, up to RUNS more times in all, and say so in the row.
        if (!lhr || lhr.runtimeError || lhr.categories.performance?.score == null) {
          console.log(`lighthouse: ${url} run ${run + 1} failed (${lhr?.runtimeError?.code ?? "no result"}); running it again`);
          if (++failedRuns > count) throw new Error(`Lighthouse failed ${failedRuns} times on ${url}`);
          run--;
          continue;
        }
        const metric = (id: string) => lhr?.audits[id]?.displayValue ?? "?";
        all.push({
          score: Math.round(lhr.categories.performance.score * 100),
          metrics: `FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}, DOM ${metric("dom-size")}`,
        });
        if (DETAILS) {
          console.log(`lighthouse: ${url} run ${run + 1}: ${mainThreadWork(lhr)}`);
          const file = path.join("data", "lighthouse", `${new URL(url).pathname.replace(/\W+/g, "-").replace(/^-|-$/g, "") || "empty"}-${run + 1}.json`);
          fs.mkdirSync(path.dirname(file), { recursive: true });
          fs.writeFileSync(file, JSON.stringify(lhr));
          // The trace Lighthouse scored, for Chromium's Performance panel.
          fs.writeFileSync(file.replace(/\.json$/, ".trace.json"), JSON.stringify(result?.artifacts.Trace ?? {}));
        }
      }
      return { median: medianRun(all), all, failedRuns };
    }

    /** The accessibility score (the same on every run: no timing in it) and the audits that lost points. */
    async function accessibility(url: string): Promise<{ score: number; failing: string[] }> {
      const once = async () => (await lighthouse(url, { ...flags, onlyCategories: ["accessibility"] }))?.lhr;
      let lhr = await once();
      // As for performance: an unfinished run is run again, not scored 0.
      if (!lhr || lhr.runtimeError || lhr.categories.accessibility?.score == null) lhr = await once();
      const refs = lhr?.categories.accessibility?.auditRefs ?? [];
      const elements = (id: string) => {
        const details = lhr?.audits[id]?.details;
        return details && "items" in details ? details.items.length : 0;
      };
      const failing = refs
        .filter((ref) => ref.weight > 0 && lhr?.audits[ref.id]?.score === 0)
        .map((ref) => `${ref.id} on ${elements(ref.id)} elements`);
      return { score: Math.round((lhr?.categories.accessibility?.score ?? 0) * 100), failing };
    }

    const describe = (name: string, runs: { median: PerformanceRun; all: PerformanceRun[]; failedRuns: number }) =>
      `${name}: median performance score of ${runs.all.length} (${runs.median.metrics}; all runs ${runs.all.map((r) => r.score).join(", ")}${runs.failedRuns > 0 ? `; ${runs.failedRuns} unfinished run${runs.failedRuns === 1 ? "" : "s"} repeated` : ""})`;

    /*
     * The machine's speed drifts over the minutes a run takes (other jobs share its two cores), and the empty page
     * is what the framework scores at that moment. So it is scored RUNS times first and once more before each page,
     * and the floor is the median of all those runs: it samples the same stretch of time as the pages it judges.
     */
    const baseline = await performanceRuns(empty.url);

    const allPages = [
      { key: "sign-in", name: "sign-in", path: "/sign-in" },
      { key: "home", name: "study home", path: "/student" },
      { key: "quiz", name: "quiz (a question)", path: `/student/quiz/${student!.attempts[0]!.id}` },
      { key: "flashcards", name: "flashcards", path: "/student/flashcards" },
      { key: "map", name: "map (default month, the busiest)", path: "/student/map" },
      { key: "map-october", name: "map (October 2012)", path: "/student/map?month=2012-10" },
      { key: "map-places", name: "map's list of places (October 2012)", path: "/student/map/places?month=2012-10" },
      { key: "timeline", name: "timeline", path: "/student/timeline" },
      { key: "progress", name: "progress", path: "/student/progress" },
    ];
    const pages = PAGE_KEYS ? allPages.filter((p) => PAGE_KEYS.includes(p.key)) : allPages;
    const measured = [];
    for (const page of pages) {
      const url = `${app.baseUrl}${page.path}`;
      const beside = await performanceRuns(empty.url, 1);
      baseline.all.push(...beside.all);
      baseline.failedRuns += beside.failedRuns;
      measured.push({ page, runs: await performanceRuns(url), ...(await accessibility(url)) });
    }
    baseline.median = medianRun(baseline.all);
    const floor = baseline.median.score;
    const rows: SuiteResult["rows"] = [{ measure: describe("empty Next.js page (the floor, no budget)", baseline), value: String(floor) }];
    for (const { page, runs, score, failing } of measured) {
      rows.push({ measure: describe(page.name, runs), value: String(runs.median.score), budget: `>= ${floor} (empty page)`, pass: runs.median.score >= floor });
      rows.push({
        measure: `${page.name}: accessibility score${failing.length > 0 ? ` (failing: ${failing.join(", ")})` : ""}`,
        value: String(score),
        budget: `= ${ACCESSIBILITY_BUDGET}`,
        pass: score === ACCESSIBILITY_BUDGET,
      });
    }
    return { title: "Lighthouse performance and accessibility (mobile profile, production build)", rows };
  } finally {
    chrome.kill();
    await app.stop();
    await empty.stop();
  }
}
