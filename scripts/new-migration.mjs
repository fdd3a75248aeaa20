/**
 * `npm run db:new-migration -- add_something`: after editing prisma/sqlite/schema.prisma,
 * writes the SQL migration for SQLite and for PostgreSQL.
 *
 * Offline and database-free: each migration is the diff between the schema the
 * last migration was made from (prisma/sqlite/schema.migrated.prisma) and the
 * current schema, computed by `prisma migrate diff` for each provider.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { runPrisma } from "./prisma-cli.mjs";
import { postgresSchemaFrom, syncPostgresSchema } from "./sync-postgres-schema.mjs";

const name = (process.argv[2] ?? "").replace(/[^a-z0-9_]/gi, "_").toLowerCase();
if (!name) {
  console.error("Usage: npm run db:new-migration -- short_description");
  process.exit(1);
}

const current = fs.readFileSync("prisma/sqlite/schema.prisma", "utf8");
const migrated = fs.readFileSync("prisma/sqlite/schema.migrated.prisma", "utf8");
if (current === migrated) {
  console.log("The schema has not changed since the last migration; nothing to do.");
  process.exit(0);
}
syncPostgresSchema();

const serverUrl = process.env.TEST_POSTGRES_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const scratchName = `migration_diff_${process.pid}`;

async function adminQuery(sql) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function createScratchPostgres() {
  try {
    await adminQuery(`CREATE DATABASE "${scratchName}"`);
  } catch (error) {
    console.error(`The PostgreSQL migration needs a local server at ${new URL(serverUrl).host}: ${error.message}`);
    process.exit(1);
  }
  return Object.assign(new URL(serverUrl), { pathname: `/${scratchName}` }).toString();
}

async function dropScratchPostgres() {
  await adminQuery(`DROP DATABASE IF EXISTS "${scratchName}"`);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migration-"));
const variants = {
  // The diff reads no tables, but the config's driver adapter must connect somewhere: a throwaway SQLite
  // file, and a throwaway database on the local PostgreSQL server (TEST_POSTGRES_URL), dropped afterwards.
  sqlite: { from: migrated, to: current, url: `file:${path.join(tmp, "diff.db")}` },
  postgresql: { from: postgresSchemaFrom(migrated), to: postgresSchemaFrom(current), url: await createScratchPostgres() },
};
for (const [provider, { from, to, url }] of Object.entries(variants)) {
  const fromFile = path.join(tmp, `${provider}-from.prisma`);
  const toFile = path.join(tmp, `${provider}-to.prisma`);
  fs.writeFileSync(fromFile, from);
  fs.writeFileSync(toFile, to);
  const sql = runPrisma(
    ["migrate", "diff", "--from-schema-datamodel", fromFile, "--to-schema-datamodel", toFile, "--script"],
    { DATABASE_URL: url },
    { capture: true },
  );
  const dir = path.join("prisma", provider, "migrations", `${stamp}_${name}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`wrote ${dir}/migration.sql`);
}
fs.writeFileSync("prisma/sqlite/schema.migrated.prisma", current);
await dropScratchPostgres();
fs.rmSync(tmp, { recursive: true, force: true });
