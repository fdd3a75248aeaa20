/**
 * `npm start`: validate the environment, migrate (and in embedded mode seed)
 * the database, build the app if its sources changed, then serve it.
 *   --no-build  serve the existing build (used by tests and extra instances)
 *   --dev       run the Next.js dev server instead
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { EnvError } from "../lib/env";
import { resolveServerEnv, type ServerEnv } from "../lib/server-env";
import { prepareDatabase } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const distDir = process.env.NEXT_DIST_DIR || ".next";
const BUILD_INPUTS = ["app", "components", "lib", "content", "public", "instrumentation.ts", "next.config.js", "package-lock.json", "tsconfig.json"];

function hashSources(): string {
  const hash = createHash("sha256");
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child));
    } else if (!entry.endsWith(".test.ts")) {
      hash.update(entry).update(fs.readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

function buildIfStale() {
  const stamp = path.join(root, distDir, "source-hash");
  const current = hashSources();
  const built = fs.existsSync(path.join(root, distDir, "BUILD_ID")) && fs.existsSync(stamp);
  if (built && fs.readFileSync(stamp, "utf8") === current) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the app (next build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stamp, current);
}

function childEnv(env: ServerEnv): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: env.databaseUrl,
    DATA_DIR: env.dataDir,
    NEXTAUTH_SECRET: env.authSecret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${env.port}`,
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

async function main() {
  const args = new Set(process.argv.slice(2));
  let env: ServerEnv;
  try {
    env = resolveServerEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  await prepareDatabase(env);

  if (args.has("--dev")) {
    spawn(process.execPath, [nextBin, "dev", "-p", String(env.port)], { cwd: root, stdio: "inherit", env: childEnv(env) });
    return;
  }
  if (!args.has("--no-build")) buildIfStale();
  console.log(`Serving on http://localhost:${env.port} (${env.provider}, ${env.mode} mode)`);
  const server = spawn(process.execPath, [nextBin, "start", "-p", String(env.port)], {
    cwd: root,
    stdio: "inherit",
    env: childEnv(env),
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
