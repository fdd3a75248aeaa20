/**
 * The known-device cookie (OWASP "Slow Down Online Guessing Attacks with Device Cookies"):
 * a browser where someone signed in successfully keeps a signed token for that account.
 * Its next sign-in to that account is judged on the device's own small budget, not the
 * account's or the address's, so an attack on the account from elsewhere never keeps the
 * real person out. docs/decisions/009-sign-in-and-join-throttling.md.
 *
 * One token per account: `<userId>.<deviceId>.<issuedAt>.<signature>` where deviceId is 16
 * random bytes (the per-device throttling key), issuedAt whole seconds since 1970, and
 * signature an HMAC-SHA256 over the rest with the app's AUTH_SECRET. It grants nothing on
 * its own: the password is still checked. A browser holds tokens for its most recent
 * accounts (a shared classroom computer), joined by "~" in one cookie that only the
 * sign-in endpoint receives.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const KNOWN_DEVICE_MAX_AGE_SECONDS = 180 * 24 * 60 * 60;
/** Accounts remembered per browser; older ones drop off, and the cookie stays under ~1.5 kB. */
export const KNOWN_DEVICE_ACCOUNTS_PER_BROWSER = 10;
/** Only next-auth's credentials callback needs it, so no other request carries it. */
export const KNOWN_DEVICE_COOKIE_PATH = "/api/auth/callback/credentials";

const TOKEN_SEPARATOR = "~";
// Keeps these signatures apart from anything else the same secret signs.
const SIGNING_CONTEXT = "known-device:v1:";

export interface KnownDevice {
  userId: string;
  deviceId: string;
  issuedAt: Date;
}

/** The cookie's name and attributes; `secure` is serverEnv().secureCookies. */
export function knownDeviceCookie(secure: boolean) {
  return {
    // The __Secure- prefix makes browsers refuse the cookie unless it is set over HTTPS with Secure.
    name: secure ? "__Secure-known-device" : "known-device",
    options: {
      httpOnly: true,
      sameSite: "lax" as const,
      secure,
      path: KNOWN_DEVICE_COOKIE_PATH,
      maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
    },
  };
}

function sign(payload: string, secret: string): Buffer {
  return createHmac("sha256", secret).update(SIGNING_CONTEXT + payload).digest();
}

export function issueKnownDeviceToken(userId: string, secret: string, now = new Date()): string {
  const deviceId = randomBytes(16).toString("base64url");
  const payload = `${userId}.${deviceId}.${Math.floor(now.getTime() / 1000)}`;
  return `${payload}.${sign(payload, secret).toString("base64url")}`;
}

/** The token's contents when its signature is right and it has not expired; otherwise null. */
export function readKnownDeviceToken(token: string, secret: string, now = new Date()): KnownDevice | null {
  const parts = token.split(".");
  if (parts.length !== 4) return null;
  const [userId, deviceId, issuedAtText, signatureText] = parts as [string, string, string, string];
  if (!/^[\w-]{1,64}$/.test(userId) || !/^[\w-]{22}$/.test(deviceId) || !/^\d{1,12}$/.test(issuedAtText)) return null;
  const expected = sign(`${userId}.${deviceId}.${issuedAtText}`, secret);
  const given = Buffer.from(signatureText, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const issuedAt = new Date(Number(issuedAtText) * 1000);
  const age = now.getTime() - issuedAt.getTime();
  // A token from the future (clock skew beyond a minute) is as suspect as an old one.
  if (age < -60_000 || age > KNOWN_DEVICE_MAX_AGE_SECONDS * 1000) return null;
  return { userId, deviceId, issuedAt };
}

function tokensIn(cookieValue: string | null | undefined): string[] {
  return (cookieValue ?? "").split(TOKEN_SEPARATOR).filter(Boolean).slice(0, KNOWN_DEVICE_ACCOUNTS_PER_BROWSER * 2);
}

/** This browser's device for `userId`, if its cookie holds a valid token for that account. */
export function findKnownDevice(cookieValue: string | null | undefined, userId: string, secret: string, now = new Date()) {
  for (const token of tokensIn(cookieValue)) {
    const device = readKnownDeviceToken(token, secret, now);
    if (device?.userId === userId) return device;
  }
  return null;
}

/**
 * The cookie value after `userId` signs in on this browser: a fresh token for that account
 * first, then the browser's other valid tokens, most recent first, up to the limit.
 */
export function rememberKnownDevice(cookieValue: string | null | undefined, userId: string, secret: string, now = new Date()): string {
  const others = tokensIn(cookieValue).filter((token) => {
    const device = readKnownDeviceToken(token, secret, now);
    return device !== null && device.userId !== userId;
  });
  return [issueKnownDeviceToken(userId, secret, now), ...others].slice(0, KNOWN_DEVICE_ACCOUNTS_PER_BROWSER).join(TOKEN_SEPARATOR);
}
