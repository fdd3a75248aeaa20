/**
 * Serves the service worker (app/sw.ts) as /serwist/sw.js with `Service-Worker-Allowed: /`, so its scope
 * is the whole site. @serwist/turbopack bundles it with esbuild once, at build time (the route is static),
 * and injects the precache list: every file of Next's static folder, plus the offline page.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createSerwistRoute } from "@serwist/turbopack";
import { OFFLINE_PAGE } from "@/components/offline/cache-rules";

/**
 * The offline page's HTML names this build's chunks, so it must be fetched again whenever they change.
 * Chunk names carry a hash of their content and the build id is derived from the sources, so the list
 * of static files changes exactly when it should, and is the same on every host that builds one commit.
 */
function staticFilesRevision(): string {
  const staticDir = path.join(process.cwd(), process.env.NEXT_DIST_DIR || ".next", "static");
  const hash = createHash("sha256");
  if (fs.existsSync(staticDir)) {
    for (const file of fs.readdirSync(staticDir, { recursive: true, encoding: "utf8" }).sort()) hash.update(`${file}\n`);
  }
  return hash.digest("hex").slice(0, 16);
}

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  // The esbuild the project already installs, not esbuild-wasm.
  useNativeEsbuild: true,
  // A classic script, which every browser with service workers can run (module workers are newer).
  esbuildOptions: { format: "iife" },
  additionalPrecacheEntries: [{ url: OFFLINE_PAGE, revision: staticFilesRevision() }],
});
