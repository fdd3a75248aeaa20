import { describe, expect, it } from "vitest";
import { NicknameSchema } from "./nickname";

describe("guest nicknames", () => {
  it.each([
    ["Layla", "Layla"],
    ["  Omar   K  ", "Omar K"],
    ["Ça va", "Ça va"],
  ])("accepts %j as %j", (input, cleaned) => {
    expect(NicknameSchema.parse(input)).toBe(cleaned);
  });

  it.each([
    ["", /at least 2/],
    ["x".repeat(25), /24 characters/],
    ["Bob\u202Eevil", /hidden control characters/],
    ["fuckface", /not allowed/],
    ["FUCKER", /not allowed/],
    ["5h1t", /not allowed/],
  ])("refuses %j", (input, message) => {
    const result = NicknameSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});
