import { describe, expect, it } from "vitest";
import { attachmentDisposition, csvCell, csvRow, CSV_BOM, fileSlug, toCsv } from "./csv";

describe("csvCell", () => {
  it("leaves plain text and numbers alone", () => {
    expect(csvCell("Maarat al-Numan")).toBe("Maarat al-Numan");
    expect(csvCell(0.75)).toBe("0.75");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(true)).toBe("true");
  });

  it("writes missing values as empty cells and dates as ISO UTC", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
    expect(csvCell(new Date(Date.UTC(2012, 9, 9, 6, 30)))).toBe("2012-10-09T06:30:00.000Z");
  });

  it("quotes fields holding a comma, a quote or a line break, doubling the quotes", () => {
    expect(csvCell("Idlib, Syria")).toBe('"Idlib, Syria"');
    expect(csvCell('the "Wadi Deif" base')).toBe('"the ""Wadi Deif"" base"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("keeps Arabic text intact", () => {
    expect(csvCell("معرة النعمان")).toBe("معرة النعمان");
    expect(csvCell("حلب، سوريا, 2012")).toBe('"حلب، سوريا, 2012"');
  });

  it("neutralises spreadsheet formulas in text cells", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell("+1+2")).toBe("'+1+2");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    // Only at the start: an equals sign inside text is harmless.
    expect(csvCell("a=b")).toBe("a=b");
  });
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
