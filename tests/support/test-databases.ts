/**
 * Real databases for integration tests: a fresh SQLite file, and a fresh
 * PostgreSQL database on TEST_POSTGRES_URL's server, each migrated with the
 * same runner the app uses. Refuses any PostgreSQL host that is not local.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type Database } from "../../lib/db/create-client";
import { migrateDatabase } from "../../lib/db/migrate";
import type { DatabaseProvider } from "../../lib/db/url";

export const DEFAULT_TEST_POSTGRES_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function testPostgresUrl(): string {
  return process.env.TEST_POSTGRES_URL || DEFAULT_TEST_POSTGRES_URL;
}

export function assertLocalPostgres(url: string) {
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(host)) {
    throw new Error(`Refusing to run tests against a non-local PostgreSQL server (${host}).`);
  }
}

export async function postgresReachable(url = testPostgresUrl()): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Providers to run: SQLite always; PostgreSQL when global setup found it. */
export function testProviders(): DatabaseProvider[] {
  return process.env.TEST_POSTGRES_AVAILABLE === "1" ? ["sqlite", "postgresql"] : ["sqlite"];
}

export interface TestDatabase {
  url: string;
  db: Database;
  drop(): Promise<void>;
}

export async function createTestDatabase(provider: DatabaseProvider): Promise<TestDatabase> {
  const suffix = `${process.pid}_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const dir = path.join(process.cwd(), "tests", ".tmp");
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `it_${suffix}.db`);
    const url = `file:${file}`;
    await migrateDatabase(url);
    const db = createPrismaClient(url);
    return {
      url,
      db,
      async drop() {
        await db.$disconnect();
        for (const extra of ["", "-wal", "-shm"]) fs.rmSync(file + extra, { force: true });
      },
    };
  }
  const serverUrl = testPostgresUrl();
  assertLocalPostgres(serverUrl);
  const name = `app_test_${suffix}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  await migrateDatabase(url);
  const db = createPrismaClient(url);
  return {
    url,
    db,
    async drop() {
      await db.$disconnect();
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
