/**
 * Runs the Prisma CLI offline. Prisma's CLI looks for native engines at start-up
 * and would try to download them from a host schools often cannot reach. We use
 * the JavaScript schema engine and the WASM query compiler instead, so the native
 * engine paths only need to name an existing file (docs/decisions/001).
 *
 * Usage: node scripts/prisma-cli.mjs <prisma args...>   (also importable)
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const placeholder = path.join(root, "prisma", "offline-engine-placeholder");

export function prismaEnv(extra = {}) {
  const url = extra.DATABASE_URL ?? process.env.DATABASE_URL;
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
    PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    ...extra,
    DATABASE_URL: url && url.trim() !== "" ? url : `file:${path.join(root, "data", "app.db")}`,
  };
}

export function runPrisma(args, extraEnv = {}, options = {}) {
  const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    env: prismaEnv(extraEnv),
    stdio: options.capture ? ["ignore", "pipe", "pipe"] : "inherit",
    encoding: "utf8",
  });
  if (result.status !== 0) {
    if (options.capture) process.stderr.write(result.stderr ?? "");
    throw new Error(`prisma ${args.join(" ")} failed with exit code ${result.status}`);
  }
  return result.stdout ?? "";
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  if (!fs.existsSync(placeholder)) throw new Error(`missing ${placeholder}`);
  try {
    runPrisma(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
