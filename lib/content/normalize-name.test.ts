import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize-name";

describe("normalizeName", () => {
  it("ignores case, diacritics and ʿ ’ ' ` marks", () => {
    expect(normalizeName("Maʿarrat an-Nuʿmān")).toBe(normalizeName("maarrat nu'man"));
    expect(normalizeName("Ma`arrat an Nu`man")).toBe("maarrat numan");
    expect(normalizeName("Bab al Hawa")).toBe(normalizeName("Bab al-Hawa"));
    expect(normalizeName("Taftanāz")).toBe("taftanaz");
  });
  it("drops leading Arabic articles and collapses hyphens and spaces", () => {
    expect(normalizeName("Jisr al-Shughur")).toBe("jisr shughur");
    expect(normalizeName("Jisr ash-Shughur")).toBe("jisr shughur");
    expect(normalizeName("Abu al-Duhur")).toBe(normalizeName("Abu Duhur"));
    expect(normalizeName("al-Bab")).toBe("bab");
    expect(normalizeName("Al  Bab")).toBe("bab");
    expect(normalizeName("Khan-Shaykhun")).toBe("khan shaykhun");
  });
  it("keeps different spellings that are not article or mark variants apart", () => {
    expect(normalizeName("Saraqib")).not.toBe(normalizeName("Saraqeb"));
    expect(normalizeName("Maarrat")).not.toBe(normalizeName("Maarat"));
  });
  it("treats the esh- and eth- article forms like al-", () => {
    expect(normalizeName("Jisr esh-Shughur")).toBe("jisr shughur");
  });
  it("treats quotation marks and sentence punctuation as spaces, so quoted names are still found", () => {
    expect(normalizeName("“Rebels take Saraqib”")).toBe("rebels take saraqib");
    expect(normalizeName("Azaz: jets strike!")).toBe("azaz jets strike");
  });
  it("keeps Arabic script", () => {
    expect(normalizeName("معرة النعمان")).toBe("معرة النعمان");
  });
});
