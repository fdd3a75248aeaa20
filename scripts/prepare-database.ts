/** Migrates the database and, in embedded mode, seeds demo data into an empty one. */
import { createPrismaClient } from "../lib/db/create-client";
import { migrateDatabase } from "../lib/db/migrate";
import { seedDemoData } from "../lib/demo/seed-demo-data";
import type { ServerEnv } from "../lib/server-env";

export async function prepareDatabase(env: ServerEnv) {
  const migration = await migrateDatabase(env.databaseUrl);
  console.log(
    `Database (${env.provider}): ${migration.applied.length} migration(s) applied, ${migration.alreadyApplied} already present.`,
  );
  if (!env.seedDemoData) return;
  const db = createPrismaClient(env.databaseUrl);
  try {
    const outcome = await seedDemoData(db, env.mode);
    if (outcome === "seeded") console.log("Seeded demo accounts (see README: teacher@example.com / demo-pass-2012).");
  } finally {
    await db.$disconnect();
  }
}
