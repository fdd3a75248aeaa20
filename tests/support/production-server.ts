/**
 * The real production build, served on a fresh embedded SQLite database, for
 * tests that talk HTTP to the app (like scripts/e2e-server.mjs does for the
 * browser tests): `scripts/start.ts --no-build` with APP_MODE=test, its own
 * DATA_DIR under tests/.tmp and a free port. The build comes from
 * NEXT_DIST_DIR (default .next); without one the test fails and says so.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export interface ProductionServer {
  baseUrl: string;
  distDir: string;
  dataDir: string;
  databaseUrl: string;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  stop: () => Promise<void>;
}

export function productionDistDir(): string {
  return process.env.NEXT_DIST_DIR || ".next";
}

/** Throws a clear message when there is no production build to serve. */
export function requireProductionBuild(distDir = productionDistDir()): void {
  const buildId = path.join(root, distDir, "BUILD_ID");
  if (!fs.existsSync(buildId)) {
    throw new Error(
      `No production build in ${distDir}/ (no BUILD_ID). Run \`npx next build\` first` +
        (distDir === ".next" ? "" : ` with NEXT_DIST_DIR=${distDir}`) +
        ": this test drives the built app over HTTP.",
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The app exited (code ${child.exitCode}) before it answered:\n${output().slice(-4000)}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer /api/health within ${timeoutMs / 1000} s:\n${output().slice(-4000)}`);
}

/** Starts the built app; `name` keeps the data folders of different tests apart. */
export async function startProductionServer(name: string, { timeoutMs = 120_000 } = {}): Promise<ProductionServer> {
  const distDir = productionDistDir();
  requireProductionBuild(distDir);
  const port = await freePort();
  const dataDir = path.join(root, "tests", ".tmp", `${name}-${port}`);
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.mkdirSync(dataDir, { recursive: true });
  const baseUrl = `http://localhost:${port}`;

  let log = "";
  const child = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts", "--no-build"], {
    cwd: root,
    env: {
      ...process.env,
      APP_MODE: "test",
      DATA_DIR: dataDir,
      // The embedded database in DATA_DIR, whatever the calling shell points at.
      DATABASE_URL: "",
      AUTH_SECRET: "",
      NEXTAUTH_URL: baseUrl,
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stop() ends the start script and the next server it spawned.
    detached: true,
  });
  const logFile = fs.createWriteStream(path.join(dataDir, "server.log"));
  const collect = (chunk: Buffer) => {
    logFile.write(chunk);
    log += chunk.toString();
    if (log.length > 2_000_000) log = log.slice(-1_000_000);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  const output = () => log;

  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitForHealth(baseUrl, child, output, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, distDir, dataDir, databaseUrl: `file:${path.join(dataDir, "app.db")}`, output, stop };
}
