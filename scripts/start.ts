/**
 * `npm start`: validate the environment, migrate (and in embedded mode seed)
 * the database, build the app if its sources changed, then serve it.
 *   --no-build  serve the existing build (used by tests and extra instances)
 *   --dev       run the Next.js dev server instead
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ACTIONS_KEY_VARIABLE, hashBuildInputs } from "../lib/build-settings.mjs";
import { EnvError } from "../lib/env";
import { resolveServerEnv, type ServerEnv } from "../lib/server-env";
import { prepareDatabase } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const distDir = process.env.NEXT_DIST_DIR || ".next";

/**
 * The key `next build` salts server-action ids with (decision 013): the operator's, or in embedded and
 * test mode one kept in the data folder, so a rebuild keeps the action ids of pages already open.
 */
function actionsKeyFor(env: ServerEnv): string | undefined {
  const configured = process.env[ACTIONS_KEY_VARIABLE];
  if (configured) return configured;
  if (env.mode === "production") return undefined; // next.config.js refuses to build without one
  const file = path.join(env.dataDir, "actions-key");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(env.dataDir, { recursive: true });
    // wx: if another instance wrote it first, keep theirs.
    try {
      fs.writeFileSync(file, randomBytes(32).toString("base64"), { flag: "wx", mode: 0o600 });
    } catch {
      // written meanwhile
    }
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** The key the build in distDir was made with (Next.js records it beside the action ids); null without a build. */
function builtActionsKey(): string | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, distDir, "server", "server-reference-manifest.json"), "utf8"));
    return typeof manifest.encryptionKey === "string" ? manifest.encryptionKey : null;
  } catch {
    return null;
  }
}

/** True when the operator set a key and the build was made with another: its forms would fail on the other hosts. */
function builtWithAnotherKey(): boolean {
  const configured = process.env[ACTIONS_KEY_VARIABLE];
  const built = builtActionsKey();
  return Boolean(configured) && built !== null && built !== configured;
}

function buildIfStale(actionsKey: string | undefined) {
  const stamp = path.join(root, distDir, "source-hash");
  const current = hashBuildInputs(root);
  const built = fs.existsSync(path.join(root, distDir, "BUILD_ID")) && fs.existsSync(stamp);
  if (built && fs.readFileSync(stamp, "utf8") === current && !builtWithAnotherKey()) {
    console.log("Build is up to date.");
    return;
  }
  console.log("Building the app (next build)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: actionsKey ? { ...process.env, [ACTIONS_KEY_VARIABLE]: actionsKey } : process.env,
  });
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
  if (!args.has("--no-build")) {
    buildIfStale(actionsKeyFor(env));
  } else if (builtWithAnotherKey()) {
    console.error(
      `The build in ${distDir}/ was made with a different ${ACTIONS_KEY_VARIABLE} than the one set now, so forms ` +
        "rendered by the other instances would fail here (409). Build again with this key (npm run build), " +
        "or serve with the key the build was made with.",
    );
    process.exit(1);
  }
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
