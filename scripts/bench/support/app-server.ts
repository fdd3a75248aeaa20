/**
 * Starts the app the way the README does (`npm start`: build if stale, migrate,
 * serve the production build) on a throwaway data folder and port, for the
 * benchmarks. Nothing here is a mock: it is the real server on SQLite.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..", "..", "..");

export interface RunningServer {
  baseUrl: string;
  dataDir: string;
  databaseUrl: string;
  authSecret: string;
  stop(): Promise<void>;
}

export async function waitForHttp(url: string, timeoutMs: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before ${url} answered`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5000).unref();
  });
}

export async function assertPortFree(port: number): Promise<void> {
  const inUse = await fetch(`http://127.0.0.1:${port}/`).then(
    () => true,
    () => false,
  );
  if (inUse) throw new Error(`port ${port} is already in use (a server left from an earlier run?); stop it and try again`);
}

/**
 * `npm start` on a fresh embedded database (demo data included), or on `databaseUrl` when given (demo data
 * only if it is empty). Builds first when the sources changed.
 */
export async function startAppServer(port: number, options: { databaseUrl?: string } = {}): Promise<RunningServer> {
  // A server left over from an interrupted run would answer the health check in this one's place.
  await assertPortFree(port);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-app-"));
  const child = spawn(process.execPath, [path.join(root, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? "",
      APP_MODE: "embedded",
      NODE_ENV: "production",
    },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  // A first run may include `next build` (about a minute on two cores).
  await waitForHttp(`${baseUrl}/api/health`, 300_000, child);
  return {
    baseUrl,
    dataDir,
    databaseUrl: options.databaseUrl ?? `file:${path.join(dataDir, "app.db")}`,
    authSecret: fs.readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim(),
    async stop() {
      await stopChild(child);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
