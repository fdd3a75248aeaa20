/**
 * `npm run screenshots`: the app's pages at 360 and 1280 px, light and dark, written to docs/screenshots/
 * (tests/screenshots/). Kept apart from playwright.config.ts so `npx playwright test` runs only the e2e suite.
 */
import { defineConfig } from "@playwright/test";
import e2eConfig, { CHROMIUM_PATH } from "./playwright.config";

const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3140);

export default defineConfig({
  testDir: "tests/screenshots",
  // Apart from the e2e suite's test-results/, which Playwright empties at the start of each run.
  outputDir: "tests/.tmp/screenshots-results",
  fullyParallel: false,
  workers: 1,
  reporter: [["list"]],
  // Each test starts a quiz or opens a long page on a shared machine.
  timeout: 120_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: e2eConfig.projects?.[0]?.use?.launchOptions?.args },
  },
  webServer: {
    // The e2e server (fresh embedded database with demo data), building first when the sources changed.
    command: "node scripts/e2e-server.mjs --build-if-stale",
    url: `http://localhost:${PORT}/api/health`,
    reuseExistingServer: false,
    // A build on two busy cores can take several minutes.
    timeout: 900_000,
    env: { PORT: String(PORT) },
  },
});
