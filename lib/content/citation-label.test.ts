import { describe, expect, it } from "vitest";
import { sectionLabel } from "./citation-label";

describe("sectionLabel", () => {
  it("names a document's opening and summary box in words, and any other section by its heading", () => {
    expect(sectionLabel("lead")).toBe("introduction");
    expect(sectionLabel("infobox")).toBe("summary box");
    expect(sectionLabel("October 2012")).toBe("section “October 2012”");
  });
});
