/**
 * The settings that make two builds of the same sources interchangeable behind a load balancer
 * (docs/decisions/013-interchangeable-builds.md): the server-action key and the build id. Plain
 * JavaScript, because next.config.js reads it as well as the TypeScript start script and env check.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Next.js salts every server-action id with this key at build time. Left unset, each `next build`
 * invents its own, so a form rendered by one host and posted to another fails with 409.
 */
export const ACTIONS_KEY_VARIABLE = "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY";

/** Overrides the build id derived from the sources (a release tag or commit hash). */
export const BUILD_ID_VARIABLE = "APP_BUILD_ID";

/** AES-GCM key lengths: Next.js imports the decoded key with WebCrypto, which takes only these. */
const AES_KEY_BYTES = [16, 24, 32];

/** Why `value` cannot be a server-action key, or null when it can: standard base64 of 16, 24 or 32 bytes. */
export function actionsKeyProblem(value) {
  const padded = value + "=".repeat((4 - (value.length % 4)) % 4);
  const bytes = Buffer.from(padded, "base64");
  // Buffer skips characters outside the alphabet; a key must survive the round trip unchanged.
  if (bytes.toString("base64") !== padded || !AES_KEY_BYTES.includes(bytes.length)) {
    return "must be base64 of 16, 24 or 32 random bytes (try: openssl rand -base64 32)";
  }
  return null;
}

/** Why `value` cannot be a build id, or null when it can. Next.js puts it in file paths and RSC payloads. */
export function buildIdProblem(value) {
  return /^[A-Za-z0-9_-]{1,64}$/.test(value) ? null : "may hold only letters, digits, - and _ (at most 64), like a commit hash or release tag";
}

/**
 * What `next build` reads. lib/generated is left out: Prisma writes the host's absolute paths into
 * it, so it differs between two checkouts of one commit; the schema it is generated from is in prisma/.
 */
const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "content",
  "public",
  "prisma",
  "instrumentation.ts",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];
const NOT_BUILD_INPUTS = new Set(["lib/generated"]);

/** SHA-256 over the build inputs' relative paths and contents: equal on every checkout of the same sources. */
export function hashBuildInputs(root) {
  const hash = createHash("sha256");
  const visit = (entry) => {
    if (NOT_BUILD_INPUTS.has(entry)) return;
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return;
    if (fs.statSync(full).isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) visit(`${entry}/${child}`);
    } else if (!/\.test\.tsx?$/.test(entry)) {
      hash.update(entry).update("\0").update(fs.readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex");
}

/**
 * Checks the settings of a `next build` and returns its build id: APP_BUILD_ID, or one derived from
 * the sources, so every host that builds the same commit gets the same id. Throws with the variable
 * and the fix named when a setting is wrong, or when a production build has no shared action key.
 */
export function releaseBuildId(env, root) {
  const problems = [];
  const key = env[ACTIONS_KEY_VARIABLE];
  if (key) {
    const problem = actionsKeyProblem(key);
    if (problem) problems.push(`${ACTIONS_KEY_VARIABLE} ${problem}`);
  } else if (env.APP_MODE === "production") {
    problems.push(
      `${ACTIONS_KEY_VARIABLE} is required when APP_MODE=production: give every host that builds the same value (try: openssl rand -base64 32)`,
    );
  }
  const buildId = env[BUILD_ID_VARIABLE];
  if (buildId) {
    const problem = buildIdProblem(buildId);
    if (problem) problems.push(`${BUILD_ID_VARIABLE} ${problem}`);
  }
  if (problems.length > 0) throw new Error(`Invalid build settings:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  return buildId || `src-${hashBuildInputs(root).slice(0, 24)}`;
}
