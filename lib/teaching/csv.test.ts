import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvCell, csvRow, CSV_BOM, fileSlug, toCsv } from "./csv";
import { liveColumnHeadings } from "./exports";

/** What csvCell writes for a value, by the behaviour it shows. */
const CELLS: Record<string, { value: Parameters<typeof csvCell>[0]; cell: string }[]> = {
  "leaves plain text and numbers alone": [
    { value: "Maarat al-Numan", cell: "Maarat al-Numan" },
    { value: 0.75, cell: "0.75" },
    { value: -3, cell: "-3" },
    { value: true, cell: "true" },
  ],
  "writes missing values as empty cells and dates as ISO UTC": [
    { value: null, cell: "" },
    { value: undefined, cell: "" },
    { value: Number.NaN, cell: "" },
    { value: new Date(Date.UTC(2012, 9, 9, 6, 30)), cell: "2012-10-09T06:30:00.000Z" },
  ],
  "quotes fields holding a comma, a quote or a line break, doubling the quotes": [
    { value: "Idlib, Syria", cell: '"Idlib, Syria"' },
    { value: 'the "Wadi Deif" base', cell: '"the ""Wadi Deif"" base"' },
    { value: "line one\nline two", cell: '"line one\nline two"' },
    { value: "a\r\nb", cell: '"a\r\nb"' },
  ],
  "keeps Arabic text intact": [
    { value: "معرة النعمان", cell: "معرة النعمان" },
    { value: "حلب، سوريا, 2012", cell: '"حلب، سوريا, 2012"' },
  ],
  "neutralises spreadsheet formulas in text cells": [
    { value: '=HYPERLINK("http://evil")', cell: `"'=HYPERLINK(""http://evil"")"` },
    { value: "+1+2", cell: "'+1+2" },
    { value: "-2+3", cell: "'-2+3" },
    { value: "@SUM(A1)", cell: "'@SUM(A1)" },
    { value: "\t=1", cell: "'\t=1" },
    // Only at the start: an equals sign inside text is harmless.
    { value: "a=b", cell: "a=b" },
  ],
};

describe("csvCell", () => {
  for (const [behaviour, cases] of Object.entries(CELLS)) {
    it.each(cases)(`${behaviour}: $value → $cell`, ({ value, cell }) => {
      expect(csvCell(value)).toBe(cell);
    });
  }
});

describe("rows and documents", () => {
  it("ends every record with CRLF", () => {
    expect(csvRow(["a", 1, null, "b,c"])).toBe('a,1,,"b,c"\r\n');
  });

  it("starts the document with a UTF-8 byte-order mark, then the header", () => {
    const text = toCsv(["Name", "Score"], [["Student 1", 80], ["طالب", null]]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe("\uFEFFName,Score\r\nStudent 1,80\r\nطالب,\r\n");
    const bytes = new TextEncoder().encode(text);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe("file names", () => {
  it("slugs a class name to ASCII", () => {
    expect(fileSlug("Year 11 History: Idlib and Aleppo 2012–13")).toBe("year-11-history-idlib-and-aleppo-2012-13");
    expect(fileSlug("صف التاريخ")).toBe("class");
  });

  it("gives an attachment disposition with an ASCII and a UTF-8 file name", () => {
    expect(attachmentDisposition("gradebook-year-11.csv")).toBe(
      "attachment; filename=\"gradebook-year-11.csv\"; filename*=UTF-8''gradebook-year-11.csv",
    );
    expect(attachmentDisposition("صف.csv")).toBe(
      "attachment; filename=\"__.csv\"; filename*=UTF-8''%D8%B5%D9%81.csv",
    );
  });
});

describe("gradebook columns for live sessions", () => {
  it("names each ended live session by its set and day", () => {
    expect(
      liveColumnHeadings([
        { title: "Siege of Wadi Deif", endedAt: new Date("2026-05-01T10:15:00Z") },
        { title: "Taftanaz airbase", endedAt: new Date("2026-05-02T09:00:00Z") },
      ]),
    ).toEqual(["Live: Siege of Wadi Deif (2026-05-01)", "Live: Taftanaz airbase (2026-05-02)"]);
  });

  it("adds the time when one set was played twice on one day, so the columns stay apart", () => {
    expect(
      liveColumnHeadings([
        { title: "Siege of Wadi Deif", endedAt: new Date("2026-05-01T10:15:00Z") },
        { title: "Siege of Wadi Deif", endedAt: new Date("2026-05-01T14:40:00Z") },
        { title: "Siege of Wadi Deif", endedAt: new Date("2026-05-03T08:00:00Z") },
      ]),
    ).toEqual([
      "Live: Siege of Wadi Deif (2026-05-01 10:15 UTC)",
      "Live: Siege of Wadi Deif (2026-05-01 14:40 UTC)",
      "Live: Siege of Wadi Deif (2026-05-03)",
    ]);
  });

  it("keeps a title that looks like a formula harmless in the header cell", () => {
    const [heading] = liveColumnHeadings([{ title: "=1+1", endedAt: new Date("2026-05-01T10:15:00Z") }]);
    expect(csvCell(heading!)).toBe("Live: =1+1 (2026-05-01)");
  });
});
