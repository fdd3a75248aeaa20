/**
 * Where the database lives. Shared by the Prisma CLI config, the start script and
 * the app, so all three agree. No imports beyond node: the CLI loads this file too.
 */
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

/** Embedded default: a SQLite file in the data folder at the repository root. */
export const DEFAULT_SQLITE_PATH = path.join("data", "app.db");

export function resolveDatabaseUrl(raw: string | undefined): string {
  if (raw && raw.trim() !== "") return raw.trim();
  return `file:${path.resolve(DEFAULT_SQLITE_PATH)}`;
}

export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("postgresql://") || url.startsWith("postgres://")) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(
    `DATABASE_URL must start with "file:" (SQLite) or "postgresql://" (PostgreSQL); got "${url.split(":")[0]}:…"`,
  );
}

/** File path of a SQLite URL ("file:/abs/app.db" or "file:./rel.db"). */
export function sqliteFilePath(url: string): string {
  return path.resolve(/* turbopackIgnore: true */ url.replace(/^file:/, "").split("?")[0] ?? "");
}
