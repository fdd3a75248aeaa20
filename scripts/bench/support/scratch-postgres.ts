/**
 * A throwaway PostgreSQL database on the local test server (TEST_POSTGRES_URL, default
 * postgresql://postgres@127.0.0.1:5432/postgres), for runs that start real app instances on it.
 * Refuses a server that is not on this machine; `drop()` removes the database even while connected.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { assertLocalPostgres, postgresReachable, testPostgresUrl } from "../../../tests/support/test-databases";

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createScratchPostgresDatabase(prefix: string): Promise<ScratchDatabase> {
  const serverUrl = testPostgresUrl();
  assertLocalPostgres(serverUrl);
  if (!(await postgresReachable(serverUrl))) {
    throw new Error(`No PostgreSQL server answers at ${serverUrl}: start one (see .ci/run) or set TEST_POSTGRES_URL.`);
  }
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  return {
    url: Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString(),
    drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
