/** Builds a Prisma client for a database URL. Used by the app, scripts and tests. */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as PostgresClient } from "../generated/postgresql/client";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { databaseProvider, sqliteFilePath } from "./url";

export type Database = SqliteClient;

export function createPrismaClient(url: string): Database {
  if (databaseProvider(url) === "postgresql") {
    // Same models, same generated API; only the SQL dialect differs.
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: url }) }) as unknown as Database;
  }
  return new SqliteClient({
    adapter: new PrismaBetterSQLite3({ url: `file:${sqliteFilePath(url)}`, timeout: 15_000 }),
  });
}
