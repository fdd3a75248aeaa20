import { postgresReachable, testPostgresUrl } from "../support/test-databases";

/** Decides once whether the PostgreSQL suite runs, and says so loudly when it does not. */
export default async function globalSetup() {
  const url = testPostgresUrl();
  if (await postgresReachable(url)) {
    process.env.TEST_POSTGRES_AVAILABLE = "1";
    console.log(`Integration tests: SQLite and PostgreSQL (${new URL(url).host}).`);
    return;
  }
  if (process.env.CI) {
    throw new Error(`CI requires PostgreSQL for the integration suite, but ${new URL(url).host} is not reachable.`);
  }
  process.env.TEST_POSTGRES_AVAILABLE = "0";
  console.warn(
    `\n*** PostgreSQL at ${new URL(url).host} is not reachable: the PostgreSQL integration suite is SKIPPED. ` +
      "Set TEST_POSTGRES_URL or start PostgreSQL to run it. ***\n",
  );
}
