import { describe, expect, it } from "vitest";
import { parseCsv, parseGazetteer, placeFromGazetteer, readGazetteer } from "./gazetteer";
import { FIXTURE_CSV } from "./test-fixtures";

describe("parseCsv", () => {
  it("handles quoted fields with commas, doubled quotes and CRLF", () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "2", "3"],
    ]);
  });
  it("keeps empty fields and a last line without newline", () => {
    expect(parseCsv("a,,c\n,,")).toEqual([
      ["a", "", "c"],
      ["", "", ""],
    ]);
  });
  it("rejects an unterminated quote", () => {
    expect(() => parseCsv('a,"b')).toThrow(/unterminated/);
  });
});

describe("parseGazetteer / placeFromGazetteer", () => {
  const rows = parseGazetteer(FIXTURE_CSV);
  it("splits aliases and reads empty coordinates as null", () => {
    expect(rows[0]!.aliases).toEqual(["Alfa", "al-Alpha", "ألفا"]);
    expect(rows[0]!.source).toBe("Test set, row 1");
    expect(rows[3]!.lat).toBeNull();
  });
  it("maps kinds, picks the Arabic alias and attaches coordinates", () => {
    const alpha = placeFromGazetteer(rows[0]!);
    expect(alpha.place).toMatchObject({ id: "alpha-town", kind: "town", arabic: "ألفا", gazetteerId: "alpha-town", mapEligible: true });
    expect(alpha.coordinates).toMatchObject({ lat: 35.1, lon: 36.1, confidence: "exact-dataset-match" });
    expect(placeFromGazetteer(rows[1]!).place.kind).toBe("military-base");
    expect(placeFromGazetteer(rows[2]!).place.kind).toBe("airbase");
  });
  it("marks unresolved rows as not map-eligible, and needs a governorate fill when empty", () => {
    expect(() => placeFromGazetteer(rows[3]!)).toThrow(/governorate/);
    const delta = placeFromGazetteer(rows[3]!, { "delta-village": "Idlib" });
    expect(delta.place.mapEligible).toBe(false);
    expect(delta.coordinates).toBeNull();
  });
  it("reads the real gazetteer", () => {
    const real = readGazetteer();
    expect(real.length).toBeGreaterThan(50);
    const maarat = real.find((r) => r.id === "maarat-al-numan");
    expect(maarat?.aliases).toContain("Maarrat al-Nu'man");
  });
});
