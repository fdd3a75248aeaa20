/**
 * The Prisma client, one per process, on a driver adapter (no native engine).
 * SQLite and PostgreSQL clients are generated from the same models, so the
 * PostgreSQL client is typed as the SQLite one.
 */
import "server-only";
import { createPrismaClient, type Database } from "./create-client";
import { serverEnv } from "../server-env";

const globalForDb = globalThis as unknown as { appDatabase?: Database };

export function db(): Database {
  if (!globalForDb.appDatabase) globalForDb.appDatabase = createPrismaClient(serverEnv().databaseUrl);
  return globalForDb.appDatabase;
}
