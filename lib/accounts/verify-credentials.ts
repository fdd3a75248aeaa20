/** Checks an email and password, with throttling. Used by next-auth's credentials provider. */
import type { Database } from "../db/create-client";
import { RoleSchema, type Role } from "../auth/roles";
import { SignInSchema } from "./account-schemas";
import { blockedFor, clearFailures, recordFailure, throttleKeys } from "./login-throttle";
import { verifyPassword } from "./passwords";

export type VerifyResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role } }
  | { ok: false; reason: "invalid" | "throttled"; retryAfterMs?: number };

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2aMaVgvHxSu8oHDMX8hK7+yMSPuzkBg0sYkc6Nm+0vQ";

export async function verifyCredentials(
  db: Database,
  input: unknown,
  address: string | null,
  now = new Date(),
): Promise<VerifyResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, address);
  const wait = await blockedFor(db, keys, now);
  if (wait > 0) return { ok: false, reason: "throttled", retryAfterMs: wait };

  const user = await db.user.findUnique({ where: { email } });
  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !passwordOk) {
    await recordFailure(db, keys, now);
    return { ok: false, reason: "invalid" };
  }
  await clearFailures(db, email);
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: now } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: RoleSchema.parse(user.role) } };
}
