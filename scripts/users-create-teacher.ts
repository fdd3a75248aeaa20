/**
 * npm run users:create-teacher -- --email EMAIL --name "NAME" [--password PASSWORD] [--promote]
 *
 * Makes a teacher account: the first teacher of a site, who then invites the others from
 * /teacher/invitations. Without --password a strong one is generated and printed once (a password
 * typed on the command line stays in the shell's history). An existing student account is promoted
 * only with --promote, which also signs that account out everywhere.
 * Uses DATABASE_URL (or the embedded SQLite file) and applies pending migrations first.
 */
import { parseArgs } from "node:util";
import { createOrPromoteTeacher } from "../lib/accounts/teacher-accounts";
import { createPrismaClient } from "../lib/db/create-client";
import { migrateDatabase } from "../lib/db/migrate";
import { EnvError } from "../lib/env";
import { resolveServerEnv } from "../lib/server-env";

const USAGE = 'Usage: npm run users:create-teacher -- --email EMAIL --name "NAME" [--password PASSWORD] [--promote]';

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        password: { type: "string" },
        promote: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help || !args.email) {
    console.error(USAGE);
    return args.help ? 0 : 2;
  }

  let databaseUrl: string;
  try {
    databaseUrl = resolveServerEnv().databaseUrl;
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  await migrateDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    const result = await createOrPromoteTeacher(db, { email: args.email, name: args.name, password: args.password, promote: args.promote });
    switch (result.outcome) {
      case "created":
        console.log(`Created the teacher account ${result.email}.`);
        if (result.generatedPassword) {
          console.log(`Password (shown only now; it can be changed on the account page): ${result.generatedPassword}`);
        }
        return 0;
      case "promoted":
        console.log(`${result.email} is now a teacher. It was signed out of ${result.endedSessions} session(s); sign in again to use it.`);
        return 0;
      case "already-teacher":
        console.log(`${result.email} is already a teacher; nothing changed.`);
        return 0;
      case "needs-promote-flag":
        console.error(
          `${result.email} already has a student account. Run again with --promote to make it a teacher (this signs it out everywhere).`,
        );
        return 1;
      case "invalid": {
        const problems = args.name ? result.problems : ["A new account needs the teacher's name: add --name."];
        console.error(`Nothing was created:\n${problems.map((problem) => `  - ${problem}`).join("\n")}\n${USAGE}`);
        return 1;
      }
    }
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main();
