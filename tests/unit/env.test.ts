import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "../../lib/env";
import { databaseProvider } from "../../lib/db/url";

describe("environment validation", () => {
  it("defaults to embedded mode on SQLite with port 3000", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ APP_MODE: "embedded", PORT: 3000, DATA_DIR: "data" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names the variable that is wrong", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x" })).toThrowError(/DATABASE_URL must start with "file:"/);
    expect(() => parseEnv({ PORT: "eighty" })).toThrowError(/PORT/);
    expect(() => parseEnv({ APP_MODE: "prod" })).toThrowError(/APP_MODE/);
  });

  it("requires a shared secret and a database in production", () => {
    try {
      parseEnv({ APP_MODE: "production" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(EnvError);
      expect((error as Error).message).toMatch(/AUTH_SECRET is required when APP_MODE=production/);
      expect((error as Error).message).toMatch(/DATABASE_URL is required/);
    }
    expect(() => parseEnv({ APP_MODE: "production", AUTH_SECRET: "short", DATABASE_URL: "postgresql://h/db" })).toThrowError(
      /AUTH_SECRET must be at least 32 characters/,
    );
  });

  it("checks the server-action key's form, naming the variable", () => {
    expect(() => parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "my-secret-key" })).toThrowError(
      /NEXT_SERVER_ACTIONS_ENCRYPTION_KEY must be base64 of 16, 24 or 32 random bytes/,
    );
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(parseEnv({ NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: key }).NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).toBe(key);
  });

  it("accepts PostgreSQL in production with a long secret", () => {
    const env = parseEnv({
      APP_MODE: "production",
      AUTH_SECRET: "x".repeat(40),
      DATABASE_URL: "postgresql://app@db.internal:5432/study",
    });
    expect(databaseProvider(env.DATABASE_URL!)).toBe("postgresql");
  });
});
