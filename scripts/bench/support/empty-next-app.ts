/**
 * The baseline the page budgets are measured against: a Next.js app with one
 * empty page, built with this repository's Next.js and served by `next start`.
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { stopChild, waitForHttp } from "./app-server";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");

/** A Next.js app with one empty page, built with this repository's Next.js. */
export async function startEmptyNextApp(port: number) {
  // Inside the repository (data/ is ignored by git, tsc and eslint): Turbopack resolves packages only
  // within its workspace root, so the empty app must find this repository's node_modules by walking up.
  fs.mkdirSync(path.join(root, "data"), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, "data", "bench-empty-next-"));
  fs.mkdirSync(path.join(dir, "app"));
  fs.writeFileSync(
    path.join(dir, "app", "layout.js"),
    'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  fs.writeFileSync(path.join(dir, "app", "page.js"), "export default function Page() { return <p>Empty</p>; }\n");
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "empty-next-page", private: true }));
  fs.writeFileSync(path.join(dir, "next.config.js"), `module.exports = { turbopack: { root: ${JSON.stringify(root)} } };\n`);
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: "" };
  const build = spawnSync(process.execPath, [nextBin, "build", dir], { stdio: "inherit", env });
  if (build.status !== 0) throw new Error("building the empty Next.js page failed");
  const child = spawn(process.execPath, [nextBin, "start", dir, "-p", String(port)], { stdio: "ignore", env });
  await waitForHttp(`http://127.0.0.1:${port}/`, 60_000, child);
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      await stopChild(child);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

