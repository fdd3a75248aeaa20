/**
 * Environment variables, validated once with zod. A wrong value is named in the
 * error, with what was expected. Shared by the start script and the server.
 */
import { z } from "zod";
import { actionsKeyProblem } from "./build-settings.mjs";

export const AppModeSchema = z.enum(["embedded", "production", "test"]);
export type AppMode = z.infer<typeof AppModeSchema>;

const EnvSchema = z
  .object({
    /** embedded: one machine, SQLite, demo data and a generated secret. production: nothing is invented. */
    APP_MODE: AppModeSchema.default("embedded"),
    DATABASE_URL: z
      .string()
      .trim()
      .refine((url) => /^(file:|postgres(ql)?:\/\/)/.test(url), {
        message: 'must start with "file:" (SQLite) or "postgresql://" (PostgreSQL)',
      })
      .optional(),
    /** Folder for the SQLite file and the generated session secret. */
    DATA_DIR: z.string().trim().min(1).default("data"),
    /** Signs session tokens. Every instance behind a load balancer needs the same value. */
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 32)").optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Seed demo accounts into an empty database (embedded mode only). */
    SEED_DEMO_DATA: z.enum(["auto", "never"]).default("auto"),
    /**
     * How many reverse proxies in front of the app append to X-Forwarded-For. 0 (the default)
     * ignores the header, since any client can set it; 1 trusts the entry the nearest proxy added.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Lets people sign up as teachers with this code. Unset: only invitations and the CLI make teachers. */
    TEACHER_SIGNUP_CODE: z.string().trim().min(8, "must be at least 8 characters, so it cannot be guessed").optional(),
    /** Days a session lasts without being used before it must sign in again. */
    SESSION_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(90).default(30),
    /**
     * Salts server-action ids at build time: every host that builds must use the same value, or forms
     * fail when the balancer switches hosts (decision 013). Required by `next build` in production.
     */
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: z
      .string()
      .superRefine((key, ctx) => {
        const problem = actionsKeyProblem(key);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.APP_MODE === "production" && !env.AUTH_SECRET) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message: "is required when APP_MODE=production (all instances must share it)",
      });
    }
    if (env.APP_MODE === "production" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when APP_MODE=production" });
    }
  });

export type AppEnv = z.infer<typeof EnvSchema>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): AppEnv {
  // Treat empty strings as unset, as shells and .env files often leave them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ""));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".") || "environment"} ${issue.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}
