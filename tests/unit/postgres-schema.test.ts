import fs from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain ESM helper script without types
import { postgresSchemaFrom } from "../../scripts/sync-postgres-schema.mjs";

describe("PostgreSQL schema", () => {
  it("is the SQLite schema with only the provider and client output changed", () => {
    const sqlite = fs.readFileSync("prisma/sqlite/schema.prisma", "utf8");
    const postgres = fs.readFileSync("prisma/postgresql/schema.prisma", "utf8");
    expect(postgres).toBe(postgresSchemaFrom(sqlite));
    expect(postgres).toContain('provider = "postgresql"');
  });

  it("has a migration history for each provider with the same migration names", () => {
    const names = (provider: string) =>
      fs.readdirSync(`prisma/${provider}/migrations`).filter((entry) => !entry.endsWith(".toml")).sort();
    expect(names("postgresql")).toEqual(names("sqlite"));
    expect(names("sqlite").length).toBeGreaterThan(0);
  });
});

describe("migrations", () => {
  it("cover the current schema (run `npm run db:new-migration -- NAME` after editing it)", () => {
    expect(fs.readFileSync("prisma/sqlite/schema.prisma", "utf8")).toBe(
      fs.readFileSync("prisma/sqlite/schema.migrated.prisma", "utf8"),
    );
  });
});
