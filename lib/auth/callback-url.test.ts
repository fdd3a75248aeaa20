import { describe, expect, it } from "vitest";
import { safeCallbackUrl, withCallback } from "./callback-url";

describe("safeCallbackUrl", () => {
  it("follows paths on this site", () => {
    expect(safeCallbackUrl("/join/ABC234")).toBe("/join/ABC234");
  });

  it("refuses other sites, protocol-relative and backslash tricks, and repeated parameters", () => {
    for (const value of ["https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)", ""]) {
      expect(safeCallbackUrl(value)).toBeNull();
    }
    expect(safeCallbackUrl(["/a", "/b"])).toBeNull();
    expect(safeCallbackUrl(undefined)).toBeNull();
  });
});

describe("withCallback", () => {
  it("keeps the callback when moving between sign-in and sign-up", () => {
    expect(withCallback("/sign-up", "/join/ABC234")).toBe("/sign-up?callbackUrl=%2Fjoin%2FABC234");
    expect(withCallback("/sign-up", null)).toBe("/sign-up");
  });
});
