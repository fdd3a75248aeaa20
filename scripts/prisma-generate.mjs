/**
 * Generates both Prisma clients (SQLite and PostgreSQL) after `npm install`.
 * Prisma's own install scripts are not approved (they download engines); this
 * replaces them. The PostgreSQL schema is derived from the SQLite one first.
 */
import { syncPostgresSchema } from "./sync-postgres-schema.mjs";
import { runPrisma } from "./prisma-cli.mjs";

syncPostgresSchema();
runPrisma(["generate", "--schema", "prisma/sqlite/schema.prisma"], { DATABASE_URL: "file:./data/app.db" }, { capture: true });
runPrisma(
  ["generate", "--schema", "prisma/postgresql/schema.prisma"],
  { DATABASE_URL: "postgresql://localhost/placeholder" },
  { capture: true },
);
console.log("Generated Prisma clients for SQLite and PostgreSQL in lib/generated/.");
