import { describe, expect, it } from "vitest";
import {
  delayAfter,
  describeWait,
  FORGOTTEN_AFTER_MS,
  remembered,
  saturationLevel,
  SIGN_IN_ACCOUNT,
  SIGN_IN_ADDRESS,
  THROTTLE_POLICIES,
} from "./login-throttle";

const SECOND = 1000;
const MINUTE = 60 * SECOND;

describe("growing delays", () => {
  it("after an account's fifth failure the next attempt waits 30 s, doubling with each failure up to 15 minutes", () => {
    const waits = Array.from({ length: 12 }, (_, index) => delayAfter(index + 1, SIGN_IN_ACCOUNT));
    expect(waits).toEqual([
      0,
      0,
      0,
      0,
      30 * SECOND,
      1 * MINUTE,
      2 * MINUTE,
      4 * MINUTE,
      8 * MINUTE,
      15 * MINUTE,
      15 * MINUTE,
      15 * MINUTE,
    ]);
    expect(saturationLevel(SIGN_IN_ACCOUNT)).toBe(10);
  });

  it("lets one address fail a thousand times before a one-second wait that grows to a minute", () => {
    expect(delayAfter(999, SIGN_IN_ADDRESS)).toBe(0);
    expect(delayAfter(1000, SIGN_IN_ADDRESS)).toBe(1 * SECOND);
    expect(delayAfter(1003, SIGN_IN_ADDRESS)).toBe(8 * SECOND);
    expect(delayAfter(1006, SIGN_IN_ADDRESS)).toBe(1 * MINUTE);
  });
});

describe("sizing for a school behind one address", () => {
  it("never makes 1,000 students wait when each fails twice within the same hour", () => {
    let state = { failures: 0, windowStart: new Date(0), blockedUntil: null as Date | null };
    let longestWait = 0;
    for (let failure = 0; failure < 2000; failure++) {
      const now = new Date(failure * 1800); // 2,000 failures spread evenly over one hour
      if (state.blockedUntil && state.blockedUntil > now) longestWait = Math.max(longestWait, state.blockedUntil.getTime() - now.getTime());
      const { failures, since } = remembered(state, SIGN_IN_ADDRESS, now);
      state = { failures: failures + 1, windowStart: since, blockedUntil: new Date(now.getTime() + delayAfter(failures + 1, SIGN_IN_ADDRESS)) };
    }
    expect(longestWait).toBe(0);
    expect(state.failures).toBeLessThan(SIGN_IN_ADDRESS.failuresBeforeWait);
  });
});

describe("forgetting", () => {
  const start = new Date("2026-01-01T08:00:00Z");
  const at = (ms: number) => new Date(start.getTime() + ms);

  it("forgets one failure per interval and keeps the remainder of a partial interval", () => {
    const row = { failures: 5, windowStart: start, blockedUntil: null };
    expect(remembered(row, SIGN_IN_ACCOUNT, at(29 * MINUTE))).toEqual({ failures: 5, since: start });
    expect(remembered(row, SIGN_IN_ACCOUNT, at(75 * MINUTE))).toEqual({ failures: 3, since: at(60 * MINUTE) });
    expect(remembered(row, SIGN_IN_ACCOUNT, at(10 * 60 * MINUTE))).toEqual({ failures: 0, since: at(10 * 60 * MINUTE) });
  });

  it("has every policy forget everything, waits included, well within the day after which rows are deleted", () => {
    for (const [name, policy] of Object.entries(THROTTLE_POLICIES)) {
      const drained = saturationLevel(policy) * policy.forgetOneEveryMs + policy.maxDelayMs + policy.forgetOneEveryMs;
      expect(drained, name).toBeLessThan(FORGOTTEN_AFTER_MS);
    }
  });
});

describe("describeWait", () => {
  it("says seconds under a minute and whole minutes, rounded up, beyond", () => {
    expect(describeWait(0)).toBe("1 second");
    expect(describeWait(29_200)).toBe("30 seconds");
    expect(describeWait(60 * SECOND)).toBe("1 minute");
    expect(describeWait(61 * SECOND)).toBe("2 minutes");
    expect(describeWait(15 * MINUTE)).toBe("15 minutes");
  });
});
