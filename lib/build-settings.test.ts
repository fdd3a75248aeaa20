import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { afterEach, describe, expect, it } from "vitest";
import { actionsKeyProblem, buildIdProblem, hashBuildInputs, releaseBuildId } from "./build-settings.mjs";

const folders: string[] = [];

/** A small checkout at `relative` under a new temp folder, with a Prisma client that names its own path, as `npm install` writes it. */
function checkout(relative: string): string {
  const root = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "build-settings-")), relative);
  folders.push(root);
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  };
  write("app/page.tsx", "export default function Page() { return null; }\n");
  write("lib/quiz.ts", "export const length = 10;\n");
  write("lib/quiz.test.ts", "// tests do not change the build\n");
  write("prisma/sqlite/schema.prisma", "model User { id String @id }\n");
  write("lib/generated/sqlite/internal/class.ts", `export const dirname = ${JSON.stringify(path.join(root, "lib/generated/sqlite"))};\n`);
  write("package-lock.json", "{}\n");
  return root;
}

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(path.dirname(folder), { recursive: true, force: true });
});

describe("build id", () => {
  it("is the same for two checkouts of the same sources at different paths", () => {
    const hostA = checkout("app");
    const hostB = checkout("srv/study-app");
    expect(releaseBuildId({}, hostA)).toBe(releaseBuildId({}, hostB));
    expect(releaseBuildId({}, hostA)).toMatch(/^src-[0-9a-f]{24}$/);
  });

  it("changes when a source or the schema changes, not when a test does", () => {
    const root = checkout("app");
    const before = hashBuildInputs(root);
    fs.appendFileSync(path.join(root, "lib/quiz.test.ts"), "// another test\n");
    expect(hashBuildInputs(root)).toBe(before);
    fs.appendFileSync(path.join(root, "lib/quiz.ts"), "export const limit = 3;\n");
    const afterSource = hashBuildInputs(root);
    expect(afterSource).not.toBe(before);
    fs.appendFileSync(path.join(root, "prisma/sqlite/schema.prisma"), "model Class { id String @id }\n");
    expect(hashBuildInputs(root)).not.toBe(afterSource);
  });

  it("is APP_BUILD_ID when the operator sets one, and refuses one that cannot be a path segment", () => {
    const root = checkout("app");
    expect(releaseBuildId({ APP_BUILD_ID: "release-2026_12" }, root)).toBe("release-2026_12");
    expect(() => releaseBuildId({ APP_BUILD_ID: "v1.2/../x" }, root)).toThrowError(/APP_BUILD_ID may hold only letters, digits/);
    expect(buildIdProblem("a".repeat(65))).not.toBeNull();
  });

  it("is what next.config.js gives `next build`", async () => {
    const configUrl = new URL("../next.config.js", import.meta.url).href;
    const { default: nextConfig } = (await import(/* @vite-ignore */ configUrl)) as { default: NextConfig };
    expect(await nextConfig.generateBuildId!()).toBe(releaseBuildId(process.env, path.resolve(import.meta.dirname, "..")));
  });
});

describe("server-action key", () => {
  it("accepts base64 of 16, 24 or 32 bytes, as `openssl rand -base64 N` prints it", () => {
    for (const bytes of [16, 24, 32]) expect(actionsKeyProblem(randomBytes(bytes).toString("base64"))).toBeNull();
    // Padding may be left off; Next.js decodes with atob, which allows that.
    expect(actionsKeyProblem(randomBytes(32).toString("base64").replace(/=+$/, ""))).toBeNull();
  });

  it("refuses other lengths, base64url and text that is not base64", () => {
    expect(actionsKeyProblem(randomBytes(20).toString("base64"))).toMatch(/base64 of 16, 24 or 32 random bytes/);
    expect(actionsKeyProblem("a".repeat(43) + "-")).not.toBeNull();
    expect(actionsKeyProblem("not a key at all, just a sentence")).not.toBeNull();
    expect(actionsKeyProblem("")).not.toBeNull();
  });

  it("is required for a production build, so that no host invents its own", () => {
    const root = checkout("app");
    expect(() => releaseBuildId({ APP_MODE: "production" }, root)).toThrowError(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY is required when APP_MODE=production/,
    );
    expect(() => releaseBuildId({ APP_MODE: "production", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "short" }, root)).toThrowError(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64/,
    );
    const key = randomBytes(32).toString("base64");
    expect(releaseBuildId({ APP_MODE: "production", NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }, root)).toMatch(/^src-/);
    // Embedded mode (one machine) may still build without one.
    expect(releaseBuildId({}, root)).toMatch(/^src-/);
  });
});
