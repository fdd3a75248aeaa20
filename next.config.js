import { fileURLToPath } from "node:url";
import { releaseBuildId } from "./lib/build-settings.mjs";
import { configuredSecurityHeaders } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The fixed security headers on every response, and a closed CSP on route handlers and build files;
  // proxy.ts adds the per-request CSP nonce (and HSTS) to pages (docs/decisions/011-security-headers.md).
  headers: async () => configuredSecurityHeaders(),
  // Lets a second build (a benchmark baseline, a parallel test run) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Hosts that each build the same commit must agree on the build id, or the client router reloads whole
  // pages when the balancer switches hosts. Also checks the shared server-action key (decision 013).
  generateBuildId: async () => releaseBuildId(process.env, fileURLToPath(new URL(".", import.meta.url))),
  // Native modules stay outside the server bundle and load from node_modules (esbuild: it bundles the
  // service worker at build time, app/serwist/[path]/route.ts).
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "pg", "esbuild"],
  experimental: {
    // Enables forbidden() and app/forbidden.tsx for the 403 page.
    authInterrupts: true,
  },
};

export default nextConfig;
