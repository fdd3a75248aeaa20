/**
 * One app instance served from a checkout: `scripts/start.ts` there (migrate, then `next start`), in
 * its own process group. `kill9()` ends the start script and the Next.js server together with SIGKILL,
 * the way a crashed host or an OOM kill ends them: no shutdown hook runs, no request is finished.
 * `restart()` starts it again on the same folder, port and environment, as a supervisor would.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { assertPortFree, waitForHttp } from "./app-server";

export interface AppInstance {
  name: string;
  port: number;
  baseUrl: string;
  /** The last megabyte the instance printed, for failure messages. */
  output(): string;
  /** SIGKILL to the whole process group; resolves when the start script has exited. */
  kill9(): Promise<void>;
  /** SIGTERM (SIGKILL after 5 s), for the end of a run. */
  stop(): Promise<void>;
  /** Starts it again (`--no-build`); resolves when /api/health answers. */
  restart(): Promise<void>;
}

export interface InstanceOptions {
  name: string;
  /** The checkout to serve: its scripts/start.ts and its build. */
  cwd: string;
  port: number;
  env: NodeJS.ProcessEnv;
  /** Build first when the sources changed (`npm start`); otherwise serve the existing build (`npm run serve`). */
  buildIfStale?: boolean;
  /** A first start that builds takes minutes on two cores. */
  timeoutMs?: number;
}

export async function startInstance(options: InstanceOptions): Promise<AppInstance> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  let log = "";
  let child: ChildProcess | undefined;

  const launch = async (build: boolean) => {
    await waitForPortFree(options.port);
    const args = [path.join(options.cwd, "node_modules", "tsx", "dist", "cli.mjs"), "scripts/start.ts", ...(build ? [] : ["--no-build"])];
    const started = spawn(process.execPath, args, {
      cwd: options.cwd,
      env: { ...options.env, PORT: String(options.port), NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const collect = (chunk: Buffer) => {
      log = (log + chunk.toString()).slice(-1_000_000);
    };
    started.stdout!.on("data", collect);
    started.stderr!.on("data", collect);
    child = started;
    try {
      await waitForHttp(`${baseUrl}/api/health`, options.timeoutMs ?? (build ? 600_000 : 120_000), started);
    } catch (error) {
      await signalGroup(started, "SIGKILL");
      throw new Error(`${options.name}: ${(error as Error).message}\n${log.slice(-4000)}`);
    }
  };

  await launch(options.buildIfStale ?? false);
  return {
    name: options.name,
    port: options.port,
    baseUrl,
    output: () => log,
    kill9: () => signalGroup(child!, "SIGKILL"),
    stop: () => signalGroup(child!, "SIGTERM"),
    restart: () => launch(false),
  };
}

/** A killed server's socket closes a moment after its parent has exited. */
async function waitForPortFree(port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await assertPortFree(port);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function signalGroup(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const send = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      // The group is already gone.
    }
  };
  send(signal);
  const escalate = signal === "SIGKILL" ? undefined : setTimeout(() => send("SIGKILL"), 5_000);
  await exited;
  if (escalate) clearTimeout(escalate);
  // The Next.js server is a grandchild: make sure nothing of the group outlives the start script.
  send("SIGKILL");
}
