/**
 * `npm test`: every check, in the order that fails fastest. Typecheck, lint,
 * content check, unit tests, the production build, integration tests (SQLite
 * and PostgreSQL; the HTTP fuzz test among them drives that build, so it comes
 * first), then browser tests in Debian's Chromium, then two separate
 * builds behind Debian's nginx on PostgreSQL (npm run cluster:check).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";
const steps = [
  ["typecheck", ["npx", "tsc", "--noEmit"]],
  // The service worker has its own compiler settings (WebWorker types clash with the DOM's).
  ["typecheck (service worker)", ["npx", "tsc", "-p", "tsconfig.sw.json"]],
  ["lint", ["npx", "eslint", "."]],
  ["content check", ["npm", "run", "--silent", "content:check"]],
  ["unit tests", ["npx", "vitest", "run", "--project", "unit"]],
  ["production build", ["npx", "next", "build"]],
  ["integration tests (SQLite + PostgreSQL, HTTP fuzz of the build)", ["npx", "vitest", "run", "--project", "integration"]],
  ["browser tests (Chromium)", ["npx", "playwright", "test"]],
  ["separately built instances behind nginx (PostgreSQL)", ["npm", "run", "--silent", "cluster:check", "--", "--if-postgres"]],
];

if (!fs.existsSync(CHROMIUM)) {
  console.error(
    `Browser tests need Debian's Chromium at ${CHROMIUM}, which is missing.\n` +
      "Install it with:  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "(or set CHROMIUM_PATH to another Chromium binary). Playwright's own browser download is not used.",
  );
  process.exit(1);
}

if (!fs.existsSync(NGINX)) {
  console.error(
    `The cluster check puts Debian's nginx in front of two builds of the app, and ${NGINX} is missing.\n` +
      "Install it with:  sudo apt-get update && sudo apt-get install -y nginx   (or set NGINX_PATH).",
  );
  process.exit(1);
}

const results = [];
for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const run = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  results.push({ name, ok: run.status === 0, seconds });
  if (run.status !== 0) break;
}

console.log("\n=== summary ===");
for (const { name, ok, seconds } of results) console.log(`${ok ? "✓" : "✗"} ${name} (${seconds} s)`);
const notRun = steps.length - results.length;
if (notRun > 0) console.log(`  ${notRun} step(s) not run after the failure`);
const failed = results.filter((result) => !result.ok).length;
console.log(`check steps: ${results.length - failed} passed, ${failed + notRun} failed`);
process.exit(failed + notRun > 0 ? 1 : 0);
