/**
 * CSV for spreadsheets (RFC 4180 as Excel, LibreOffice and Google Sheets read it):
 * UTF-8 with a byte-order mark (so Excel opens Arabic text as UTF-8), CRLF line
 * ends, fields quoted when they hold a comma, quote, CR or LF (quotes doubled).
 *
 * Formula injection: a text cell starting with = + - @ (or a tab or CR, which
 * some spreadsheets skip before reading a formula) is prefixed with ' so the
 * spreadsheet shows it as text instead of running it (OWASP "CSV injection").
 * Numbers are written as numbers and never prefixed. Pure and client-safe.
 */

export const CSV_BOM = "\uFEFF";
export const CSV_EOL = "\r\n";

export type CsvValue = string | number | boolean | null | undefined | Date;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, escaped and guarded. null/undefined → empty; Date → ISO 8601 UTC. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  let text = value instanceof Date ? value.toISOString() : value;
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, with its CRLF. */
export function csvRow(values: readonly CsvValue[]): string {
  return values.map(csvCell).join(",") + CSV_EOL;
}

/** A whole document: BOM, header, rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = CSV_BOM + csvRow(header);
  for (const row of rows) out += csvRow(row);
  return out;
}

/** "Year 11 History: Idlib" → "year-11-history-idlib" (ASCII, for file names; `fallback` when no ASCII is left). */
export function fileSlug(text: string, fallback = "class"): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/**
 * Content-Disposition for a download: an ASCII `filename` for old clients and
 * an RFC 5987 `filename*` for the exact (UTF-8) name.
 */
export function attachmentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
