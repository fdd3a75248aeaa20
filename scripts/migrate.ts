/** `npm run db:migrate`: apply pending migrations to DATABASE_URL (or the embedded SQLite file). */
import { migrateDatabase } from "../lib/db/migrate";
import { resolveServerEnv } from "../lib/server-env";

const env = resolveServerEnv();
const result = await migrateDatabase(env.databaseUrl);
console.log(`${env.provider}: applied ${result.applied.join(", ") || "nothing"}; ${result.alreadyApplied} already applied.`);
