import { describe, expect, it } from "vitest";
import { formFrom, nextVersion, recordIdField, textField } from "./action-input";

describe("server action input", () => {
  it("uses the form when one was sent and an empty form for anything else", () => {
    const form = new FormData();
    form.set("name", "Year 11");
    expect(formFrom(form)).toBe(form);
    for (const notAForm of [null, undefined, "name=Year 11", 5, ["name"], { name: "Year 11" }]) {
      expect([...formFrom(notAForm).keys()]).toEqual([]);
    }
  });

  it("reads text fields as text, and files or missing fields as empty", () => {
    const form = new FormData();
    form.set("name", "Année 11");
    form.set("upload", new File(["x"], "x.txt"));
    expect(textField(form, "name")).toBe("Année 11");
    expect(textField(form, "upload")).toBe("");
    expect(textField(form, "missing")).toBe("");
  });

  it("accepts ids shaped like the app's and refuses non-ASCII, control characters and long text", () => {
    const form = new FormData();
    const id = (value: string) => {
      form.set("id", value);
      return recordIdField(form, "id");
    };
    expect(id("cmx99cvnf0000ku7dtfmx96ia")).toBe("cmx99cvnf0000ku7dtfmx96ia");
    expect(id(" d0123456789abcdef01234567 ")).toBe("d0123456789abcdef01234567");
    for (const bad of ["", "é", "abc\u0000", "a/b", "a?b=c", "x".repeat(65), "Ωmega"]) expect(id(bad)).toBeNull();
  });

  it("counts form versions from any previous state, null included", () => {
    expect(nextVersion({ version: 3 })).toBe(4);
    for (const previous of [null, undefined, "x", 7, {}, { version: "2" }, { version: -1 }, { version: 1.5 }]) {
      expect(nextVersion(previous)).toBe(1);
    }
  });
});
