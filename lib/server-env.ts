/**
 * Resolved server configuration: validated environment plus the values the
 * embedded mode derives (database file, session secret). Read once per process.
 */
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { parseEnv, type AppMode } from "./env";
import { databaseProvider, type DatabaseProvider } from "./db/url";

export interface ServerEnv {
  mode: AppMode;
  databaseUrl: string;
  provider: DatabaseProvider;
  dataDir: string;
  authSecret: string;
  port: number;
  seedDemoData: boolean;
  trustProxyHops: number;
  teacherSignupCode: string | null;
  sessionMaxAgeSeconds: number;
  /** Cookies carry the Secure flag: always in production, and whenever the site is served over HTTPS. */
  secureCookies: boolean;
}

let cached: ServerEnv | undefined;

/** Reads the session secret from the data folder, creating it on first start (embedded mode only). */
export function ensureEmbeddedSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  // wx: if another instance wrote it first, keep theirs.
  try {
    fs.writeFileSync(file, secret, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    return fs.readFileSync(file, "utf8").trim();
  }
}

export function resolveServerEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  const env = parseEnv(source);
  const dataDir = path.resolve(env.DATA_DIR);
  const databaseUrl = env.DATABASE_URL ?? `file:${path.join(dataDir, "app.db")}`;
  const authSecret = env.AUTH_SECRET ?? ensureEmbeddedSecret(dataDir);
  return {
    mode: env.APP_MODE,
    databaseUrl,
    provider: databaseProvider(databaseUrl),
    dataDir,
    authSecret,
    port: env.PORT,
    seedDemoData: env.APP_MODE !== "production" && env.SEED_DEMO_DATA === "auto",
    trustProxyHops: env.TRUST_PROXY_HOPS,
    teacherSignupCode: env.TEACHER_SIGNUP_CODE ?? null,
    sessionMaxAgeSeconds: env.SESSION_MAX_AGE_DAYS * 24 * 60 * 60,
    secureCookies: env.APP_MODE === "production" || (source.NEXTAUTH_URL ?? "").startsWith("https://"),
  };
}

export function serverEnv(): ServerEnv {
  cached ??= resolveServerEnv();
  return cached;
}
