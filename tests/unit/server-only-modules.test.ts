import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Every .ts/.tsx source file below `dir`, skipping generated code. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// The request and the server's shared database client exist only inside the Next.js server, so a module that
// reads them must never be bundled for the browser nor loaded by a CLI script.
const SERVER_ONLY_IMPORTS = /from "(next\/headers|next\/navigation|next-auth[^"]*|(?:\.\.?\/)+(?:db\/)?client|@\/lib\/db\/client)"/;

describe("the naming rule for server-only modules", () => {
  const files = ["lib", "components", "app"].flatMap((dir) => sourceFiles(dir));

  it("marks them with import \"server-only\", never with a .server file name", () => {
    expect(files.filter((file) => /\.server\.tsx?$/.test(file))).toEqual([]);
  });

  it("puts import \"server-only\" in every lib module that reads the request or the shared database client", () => {
    const unmarked = files
      .filter((file) => file.startsWith("lib"))
      .filter((file) => {
        const source = fs.readFileSync(file, "utf8");
        return SERVER_ONLY_IMPORTS.test(source) && !/^import "server-only";$/m.test(source);
      });
    expect(unmarked).toEqual([]);
  });
});
