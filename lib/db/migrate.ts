/**
 * Applies the SQL migrations in prisma/<provider>/migrations, in name order,
 * each once. Records them in Prisma's own `_prisma_migrations` table so
 * `prisma migrate status` and later tooling read the same history.
 *
 * Why not `prisma migrate deploy`: offline it must use Prisma's WASM schema
 * engine, which cannot read PostgreSQL catalogs through @prisma/adapter-pg
 * (prisma/orm#27403). See docs/decisions/001-database-and-migrations.md.
 *
 * Safe to run from several app instances at once: PostgreSQL takes an advisory
 * lock, SQLite an immediate (write) transaction.
 */
import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { databaseProvider, sqliteFilePath, type DatabaseProvider } from "./url";

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  provider: DatabaseProvider;
  applied: string[];
  alreadyApplied: number;
}

const MIGRATION_LOCK_KEY = 727_2012; // arbitrary, stable advisory lock id

export function migrationsDir(provider: DatabaseProvider, root = process.cwd()): string {
  return path.join(root, "prisma", provider, "migrations");
}

export function readMigrations(provider: DatabaseProvider, root = process.cwd()): MigrationFile[] {
  const dir = migrationsDir(provider, root);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_HISTORY_SQL = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

function checkHistory(migrations: MigrationFile[], applied: Map<string, string>): MigrationFile[] {
  for (const [name, checksum] of applied) {
    const file = migrations.find((migration) => migration.name === name);
    if (file && file.checksum !== checksum) {
      throw new Error(`Migration ${name} was changed after it was applied. Add a new migration instead.`);
    }
  }
  return migrations.filter((migration) => !applied.has(migration.name));
}

async function migrateSqlite(url: string, migrations: MigrationFile[]): Promise<string[]> {
  const { default: Database } = await import("better-sqlite3");
  const file = sqliteFilePath(url);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 15_000 });
  try {
    // WAL lets readers carry on while a quiz answer is being written.
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    db.exec(CREATE_HISTORY_SQL.replaceAll("TIMESTAMPTZ", "DATETIME").replace("now()", "CURRENT_TIMESTAMP"));
    const appliedNow: string[] = [];
    db.transaction(() => {
      const rows = db
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)
        .all() as { migration_name: string; checksum: string }[];
      const pending = checkHistory(migrations, new Map(rows.map((row) => [row.migration_name, row.checksum])));
      for (const migration of pending) {
        db.exec(migration.sql);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES (?, ?, ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1)`,
        ).run(randomUUID(), migration.checksum, migration.name);
        appliedNow.push(migration.name);
      }
    }).immediate();
    return appliedNow;
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: MigrationFile[]): Promise<string[]> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    await client.query(CREATE_HISTORY_SQL);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const pending = checkHistory(migrations, new Map(rows.map((row) => [row.migration_name, row.checksum])));
    const appliedNow: string[] = [];
    for (const migration of pending) {
      await client.query("BEGIN");
      try {
        await client.query(migration.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      appliedNow.push(migration.name);
    }
    return appliedNow;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

export async function migrateDatabase(url: string, root = process.cwd()): Promise<MigrationResult> {
  const provider = databaseProvider(url);
  const migrations = readMigrations(provider, root);
  const applied =
    provider === "postgresql" ? await migratePostgres(url, migrations) : await migrateSqlite(url, migrations);
  return { provider, applied, alreadyApplied: migrations.length - applied.length };
}
