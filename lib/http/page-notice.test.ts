import { describe, expect, it } from "vitest";
import { pageNotice } from "./page-notice";

const NOTICES = { saved: "Saved." };

describe("pageNotice", () => {
  it.each([
    { key: "saved", shown: "Saved." },
    { key: "toString", shown: undefined },
    { key: "__proto__", shown: undefined },
    { key: ["saved"], shown: undefined },
    { key: undefined, shown: undefined },
  ])("shows $shown for ?notice=$key", ({ key, shown }) => {
    expect(pageNotice(NOTICES, key)).toBe(shown);
  });
});
