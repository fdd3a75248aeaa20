/** Starts the built app on a throwaway embedded database for the browser tests. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dataDir = path.resolve(`tests/.tmp/e2e-data-${process.env.PORT ?? "3100"}`);
fs.rmSync(dataDir, { recursive: true, force: true });
// --build-if-stale (npm run screenshots) lets start.ts build first when the sources changed; the e2e suite serves the build as is.
const buildFlags = process.argv.includes("--build-if-stale") ? [] : ["--no-build"];
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", ...buildFlags], {
  stdio: "inherit",
  // TEACHER_SIGNUP_CODE: tests/e2e/helpers.ts (E2E_TEACHER_SIGNUP_CODE) signs teachers up with it.
  env: { ...process.env, APP_MODE: "test", DATA_DIR: dataDir, DATABASE_URL: "", TEACHER_SIGNUP_CODE: "e2e-teacher-code-2012" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
