/** Starts the built app on a throwaway embedded database for the browser tests. */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const dataDir = path.resolve(`tests/.tmp/e2e-data-${process.env.PORT ?? "3100"}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts", "--no-build"], {
  stdio: "inherit",
  env: { ...process.env, APP_MODE: "test", DATA_DIR: dataDir, DATABASE_URL: "" },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
