import { describe, expect, it } from "vitest";
import { ClassNameSchema } from "./class-schemas";

describe("class name", () => {
  it("trims, requires 1-100 characters, and keeps markup as plain text", () => {
    expect(ClassNameSchema.parse("  Year 10  ")).toBe("Year 10");
    expect(ClassNameSchema.safeParse("   ").error?.issues[0]?.message).toBe("Enter a class name.");
    expect(ClassNameSchema.safeParse("x".repeat(101)).success).toBe(false);
    expect(ClassNameSchema.parse("<img src=x onerror=alert(1)>")).toBe("<img src=x onerror=alert(1)>");
  });
});
