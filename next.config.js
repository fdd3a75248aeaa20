/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Lets a second build (a benchmark baseline, a parallel test run) live beside the main one.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Native modules stay outside the server bundle and load from node_modules.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/adapter-better-sqlite3", "pg"],
  experimental: {
    // Enables forbidden() and app/forbidden.tsx for the 403 page.
    authInterrupts: true,
  },
};

export default nextConfig;
