import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  findKnownDevice,
  issueKnownDeviceToken,
  KNOWN_DEVICE_ACCOUNTS_PER_BROWSER,
  KNOWN_DEVICE_COOKIE_PATH,
  KNOWN_DEVICE_MAX_AGE_SECONDS,
  knownDeviceCookie,
  readKnownDeviceToken,
  rememberKnownDevice,
} from "./known-device";

const SECRET = "test-secret-that-is-at-least-32-characters";
const NOW = new Date("2026-03-01T09:00:00Z");
const DAY = 24 * 60 * 60 * 1000;

describe("known-device tokens", () => {
  it("binds the account and the issue date, and reads back only with the same secret", () => {
    const token = issueKnownDeviceToken("user_a", SECRET, NOW);
    const device = readKnownDeviceToken(token, SECRET, NOW);
    expect(device).toMatchObject({ userId: "user_a", issuedAt: NOW });
    expect(device?.deviceId).toMatch(/^[\w-]{22}$/);
    expect(readKnownDeviceToken(token, "another-secret-that-is-long-enough!!", NOW)).toBeNull();
  });

  it("refuses a token whose account, device or date was changed, or whose signature was cut", () => {
    const token = issueKnownDeviceToken("user_a", SECRET, NOW);
    const [userId, deviceId, issuedAt, signature] = token.split(".") as [string, string, string, string];
    const tampered = [
      ["user_b", deviceId, issuedAt, signature],
      [userId, "A".repeat(22), issuedAt, signature],
      [userId, deviceId, String(Number(issuedAt) + 1), signature],
      [userId, deviceId, issuedAt, signature.slice(0, -2)],
      [userId, deviceId, issuedAt, ""],
      [userId, deviceId, issuedAt],
    ];
    for (const parts of tampered) expect(readKnownDeviceToken(parts.join("."), SECRET, NOW), parts.join(".")).toBeNull();
  });

  it("is signed with HMAC-SHA256 over a context label, so other signatures by the same secret do not pass", () => {
    const payload = "user_a.AAAAAAAAAAAAAAAAAAAAAA.1700000000";
    const bare = createHmac("sha256", SECRET).update(payload).digest("base64url");
    expect(readKnownDeviceToken(`${payload}.${bare}`, SECRET, new Date(1_700_000_000_000))).toBeNull();
  });

  it("expires after 180 days", () => {
    const token = issueKnownDeviceToken("user_a", SECRET, NOW);
    expect(readKnownDeviceToken(token, SECRET, new Date(NOW.getTime() + 179 * DAY))).not.toBeNull();
    expect(readKnownDeviceToken(token, SECRET, new Date(NOW.getTime() + 181 * DAY))).toBeNull();
  });
});

describe("the known-device cookie", () => {
  it("is HttpOnly, SameSite=Lax, sent only to the sign-in endpoint, and Secure (with its prefix) when asked", () => {
    expect(knownDeviceCookie(false)).toEqual({
      name: "known-device",
      options: {
        httpOnly: true,
        sameSite: "lax",
        secure: false,
        path: KNOWN_DEVICE_COOKIE_PATH,
        maxAge: KNOWN_DEVICE_MAX_AGE_SECONDS,
      },
    });
    expect(knownDeviceCookie(true)).toMatchObject({ name: "__Secure-known-device", options: { secure: true } });
  });

  it("holds one token per account, the newest first, and finds the one for the account signing in", () => {
    let cookie = rememberKnownDevice(null, "user_a", SECRET, NOW);
    cookie = rememberKnownDevice(cookie, "user_b", SECRET, NOW);
    const firstForA = findKnownDevice(cookie, "user_a", SECRET, NOW);
    cookie = rememberKnownDevice(cookie, "user_a", SECRET, NOW);
    expect(cookie.split("~")).toHaveLength(2);
    expect(findKnownDevice(cookie, "user_b", SECRET, NOW)?.userId).toBe("user_b");
    // Signing in again replaces the account's token rather than adding a second one.
    expect(findKnownDevice(cookie, "user_a", SECRET, NOW)?.deviceId).not.toBe(firstForA?.deviceId);
    expect(findKnownDevice(cookie, "user_c", SECRET, NOW)).toBeNull();
  });

  it("keeps the most recent accounts of a shared computer and drops forged or expired tokens", () => {
    let cookie = `forged.token~${issueKnownDeviceToken("old_user", SECRET, new Date(NOW.getTime() - 200 * DAY))}`;
    for (let index = 0; index < KNOWN_DEVICE_ACCOUNTS_PER_BROWSER + 5; index++) cookie = rememberKnownDevice(cookie, `user_${index}`, SECRET, NOW);
    const tokens = cookie.split("~");
    expect(tokens).toHaveLength(KNOWN_DEVICE_ACCOUNTS_PER_BROWSER);
    expect(findKnownDevice(cookie, `user_${KNOWN_DEVICE_ACCOUNTS_PER_BROWSER + 4}`, SECRET, NOW)).not.toBeNull();
    expect(findKnownDevice(cookie, "user_0", SECRET, NOW)).toBeNull();
    expect(cookie).not.toContain("forged");
    expect(cookie.length).toBeLessThan(1500);
  });
});
