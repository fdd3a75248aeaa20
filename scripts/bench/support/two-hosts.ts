/**
 * Two hosts that build the same commit, as decision 013 has them: each a copy of the sources at its own
 * path with its own node_modules (hard links) and its own generated Prisma clients, as `npm install`
 * leaves them, and each built with `next build` on its own. Used by `npm run cluster:check` and by
 * `npm run bench -- live`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Two checkouts at paths of different lengths: nothing host-specific may leak into what browsers see. */
export const HOST_FOLDERS = ["host-a/app", "host-b/srv/study-app"] as const;

/** Copies the files git knows of (tracked, or new and not ignored) as they are in the working tree. */
export function copySources(source: string, dest: string): void {
  const listed = spawnSync("git", ["-C", source, "ls-files", "-z", "--cached", "--others", "--exclude-standard"], { encoding: "utf8" });
  if (listed.status !== 0) throw new Error(`${source} is not a git checkout: ${listed.stderr}`);
  for (const file of listed.stdout.split("\0").filter(Boolean)) {
    const from = path.join(source, file);
    if (!fs.existsSync(from)) continue; // deleted in the working tree
    fs.mkdirSync(path.dirname(path.join(dest, file)), { recursive: true });
    fs.copyFileSync(from, path.join(dest, file));
  }
  // Its own node_modules, as `npm ci` would lay it out, without copying a gigabyte: hard links. Builds
  // only add files there (caches), never rewrite one, so the source checkout is not touched.
  const linked = spawnSync("cp", ["-al", path.join(source, "node_modules"), path.join(dest, "node_modules")], { encoding: "utf8" });
  if (linked.status !== 0) throw new Error(`linking node_modules failed: ${linked.stderr}`);
  // `npm install` generates the Prisma clients on each host, with that host's paths written into them.
  const generated = spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { cwd: dest, encoding: "utf8" });
  if (generated.status !== 0) throw new Error(`generating the Prisma clients in ${dest} failed:\n${generated.stdout}${generated.stderr}`);
}

/** The environment of a build, or of an instance, with nothing inherited that would make the hosts differ. */
export function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ["NEXT_DIST_DIR", "APP_BUILD_ID", "NEXT_DEPLOYMENT_ID", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "APP_MODE", "DATABASE_URL", "DATA_DIR", "AUTH_SECRET", "PORT"]) {
    delete env[name];
  }
  return { ...env, NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/** `next build` in `dir`, its output in dir/build.log; returns the seconds it took. */
export function build(dir: string, env: NodeJS.ProcessEnv): number {
  const started = Date.now();
  const logFile = path.join(dir, "build.log");
  const out = fs.openSync(logFile, "w");
  const result = spawnSync(process.execPath, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    env,
    stdio: ["ignore", out, out],
  });
  fs.closeSync(out);
  if (result.status !== 0) {
    throw new Error(`next build failed in ${dir} (log: ${logFile}):\n${fs.readFileSync(logFile, "utf8").slice(-4000)}`);
  }
  return (Date.now() - started) / 1000;
}

/** The key a build's server actions were encrypted with: its instances must be served with the same one. */
export function builtEncryptionKey(dir: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, ".next", "server", "server-reference-manifest.json"), "utf8")) as { encryptionKey: string };
  return manifest.encryptionKey;
}
