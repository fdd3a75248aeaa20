/**
 * Checks an email and password, with throttling (lib/accounts/login-throttle.ts). Used by
 * next-auth's credentials provider.
 *
 * A browser holding a valid known-device cookie for the account (lib/accounts/known-device.ts)
 * is judged on its own device budget only, so failures from other browsers and addresses never
 * keep it out. Any other attempt counts against the account and the client address.
 */
import type { Database } from "../db/create-client";
import { UNKNOWN_CLIENT_ADDRESS } from "../http/client-address";
import { RoleSchema, type Role } from "../auth/roles";
import { SignInSchema } from "./account-schemas";
import { findKnownDevice, rememberKnownDevice } from "./known-device";
import { claimAttempt, describeWait, settleSuccess, signInAccountKey, signInAddressKey, signInDeviceKey } from "./login-throttle";
import { verifyPassword } from "./passwords";

export interface SignInContext {
  /** From lib/http/client-address.ts. */
  address: string;
  /** The known-device cookie's value, if the browser sent one. */
  knownDeviceCookie: string | null;
  /** Signs and checks known-device tokens: serverEnv().authSecret. */
  secret: string;
}

export type VerifyResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: Role };
      /** The known-device cookie to set: this account's fresh token plus the browser's others (null without a context). */
      knownDeviceCookie: string | null;
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterMs: number };

// Compared against when the email is unknown, so timing does not reveal which emails exist.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2aMaVgvHxSu8oHDMX8hK7+yMSPuzkBg0sYkc6Nm+0vQ";

export const THROTTLED_SIGN_IN_PREFIX = "Too many failed sign-in attempts";

/** What the sign-in form shows while an account, address or device must wait. */
export function throttledSignInMessage(retryAfterMs: number): string {
  return `${THROTTLED_SIGN_IN_PREFIX}. Wait ${describeWait(retryAfterMs)}, then try again.`;
}

/**
 * `context` is null outside a request (a script, a test): no browser to recognise or remember,
 * and the attempt counts against the account and the shared "unknown" address.
 */
export async function verifyCredentials(
  db: Database,
  input: unknown,
  context: SignInContext | null,
  now = new Date(),
): Promise<VerifyResult> {
  const parsed = SignInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({ where: { email } });
  const device = user && context ? findKnownDevice(context.knownDeviceCookie, user.id, context.secret, now) : null;
  const accountKey = signInAccountKey(email);
  const deviceKey = device ? signInDeviceKey(device.deviceId) : null;
  const keys = deviceKey ? [deviceKey] : [accountKey, signInAddressKey(context?.address ?? UNKNOWN_CLIENT_ADDRESS)];

  const claim = await claimAttempt(db, keys, now);
  if (!claim.ok) return { ok: false, reason: "throttled", retryAfterMs: claim.retryAfterMs };

  const passwordOk = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !passwordOk) return { ok: false, reason: "invalid" };

  // Signed in. From a new browser the account starts afresh (the person knew the password there);
  // on a known device only that device does, since the account may still be under attack elsewhere.
  await settleSuccess(db, claim, [deviceKey ?? accountKey]);
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: now } });
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, role: RoleSchema.parse(user.role) },
    knownDeviceCookie: context ? rememberKnownDevice(context.knownDeviceCookie, user.id, context.secret, now) : null,
  };
}
