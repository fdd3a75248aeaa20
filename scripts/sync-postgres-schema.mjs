/**
 * prisma/sqlite/schema.prisma is the one place models are written. A Prisma
 * schema's provider is a literal, so the PostgreSQL schema is this copy with the
 * provider and client output swapped. A unit test checks the two stay in sync.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function postgresSchemaFrom(sqliteSchema) {
  return (
    "// GENERATED from prisma/sqlite/schema.prisma by scripts/sync-postgres-schema.mjs. Do not edit.\n" +
    sqliteSchema
      .replace('provider = "sqlite"', 'provider = "postgresql"')
      .replace('output     = "../../lib/generated/sqlite"', 'output     = "../../lib/generated/postgresql"')
  );
}

export function syncPostgresSchema() {
  const sqlite = fs.readFileSync(path.join(root, "prisma/sqlite/schema.prisma"), "utf8");
  const target = path.join(root, "prisma/postgresql/schema.prisma");
  const next = postgresSchemaFrom(sqlite);
  if (!fs.existsSync(target) || fs.readFileSync(target, "utf8") !== next) fs.writeFileSync(target, next);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) syncPostgresSchema();
