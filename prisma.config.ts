/**
 * Prisma CLI configuration. Migrations run on the JavaScript schema engine over
 * a driver adapter, so no native engine download is needed (docs/decisions/001).
 * The provider follows DATABASE_URL: sqlite by default, postgresql for postgres URLs.
 */
import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseProvider, resolveDatabaseUrl } from "./lib/db/url";

const url = resolveDatabaseUrl(process.env.DATABASE_URL);
const provider = databaseProvider(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", provider, "schema.prisma"),
  migrations: { path: path.join("prisma", provider, "migrations") },
  async adapter() {
    if (provider === "postgresql") {
      const { PrismaPg } = await import("@prisma/adapter-pg");
      return new PrismaPg({ connectionString: url });
    }
    const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
    return new PrismaBetterSQLite3({ url });
  },
});
