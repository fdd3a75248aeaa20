import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvColumnTable } from "./csv-doc";

describe("docs/question-csv.md", () => {
  it("lists exactly the columns of the layout, as CSV_COLUMNS describes them", () => {
    const page = fs.readFileSync(path.join(process.cwd(), "docs", "question-csv.md"), "utf8");
    expect(page).toContain(csvColumnTable());
  });
});
