import { describe, expect, it } from "vitest";
import { cleanTextSchema, codePointLabel, findHiddenCharacter, normalizeTypedText } from "./clean-text";

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const C0 = range(0x00, 0x1f);
const C1_AND_DEL = range(0x7f, 0x9f);
const DIRECTION_CONTROLS = [...range(0x202a, 0x202e), ...range(0x2066, 0x2069)];
const TAB_AND_NEWLINES = [0x09, 0x0a, 0x0d];

const name = cleanTextSchema({ field: "Your name" }, "Enter your name.").min(1, "Enter your name.").max(80, "Too long.");
const notes = cleanTextSchema({ field: "The note", multiline: true });

function messageFor(schema: typeof name, input: unknown): string | null {
  const result = schema.safeParse(input);
  return result.success ? null : (result.error.issues[0]?.message ?? "");
}

describe("findHiddenCharacter", () => {
  it.each([...C0, ...C1_AND_DEL, ...DIRECTION_CONTROLS, 0x2028, 0x2029].map((c) => [codePointLabel(c), c]))(
    "refuses %s in a single-line field, in the middle of a name",
    (_label, code) => {
      const text = `Amal${String.fromCodePoint(code)}Haddad`;
      expect(findHiddenCharacter(text)).toMatchObject({ codePoint: code });
      expect(messageFor(name, text)).toContain(`(${codePointLabel(code)})`);
      expect(messageFor(name, text)).toMatch(/^Your name /);
    },
  );

  it("lets a multi-line field keep tab, line feed and carriage return, and nothing else of the controls", () => {
    for (const code of TAB_AND_NEWLINES) expect(findHiddenCharacter(`a${String.fromCharCode(code)}b`, { multiline: true })).toBeNull();
    for (const code of [...C0, ...C1_AND_DEL, ...DIRECTION_CONTROLS].filter((c) => !TAB_AND_NEWLINES.includes(c))) {
      expect(findHiddenCharacter(`a${String.fromCodePoint(code)}b`, { multiline: true })).not.toBeNull();
    }
    expect(notes.parse("line one\nline two\ttabbed")).toBe("line one\nline two\ttabbed");
  });

  it("refuses an unpaired surrogate but keeps characters outside the basic plane", () => {
    expect(findHiddenCharacter("a\uD800b")).toMatchObject({ kind: "broken", codePoint: 0xd800 });
    expect(findHiddenCharacter("b\uDC00")).toMatchObject({ kind: "broken" });
    expect(findHiddenCharacter("𝐀 and 😀")).toBeNull();
  });

  it("says clearly what was found and where", () => {
    expect(messageFor(name, "Eve\u0000")).toBe(
      "Your name can't contain hidden control characters: it contains a null character (U+0000). Retype it and try again.",
    );
    expect(messageFor(name, "Eve\u202Egnp.exe")).toBe(
      "Your name can't contain hidden control characters: it contains a right-to-left override (U+202E), which can make text display in a misleading order. Retype it and try again.",
    );
    expect(messageFor(name, "Eve\nAdams")).toBe("Your name must be on one line: it contains a line break (U+000A). Remove it and try again.");
    // A refused character is the only complaint, even when the text is also too long.
    expect(messageFor(name, `${"x".repeat(100)}\u2066`)).toMatch(/left-to-right isolate \(U\+2066\)/);
  });
});

describe("normalizeTypedText and cleanTextSchema", () => {
  it("normalises to NFC: a decomposed name is stored like the composed one", () => {
    const decomposed = "Rene\u0301 Mu\u0308ller";
    const composed = "Ren\u00E9 M\u00FCller";
    expect(decomposed).not.toBe(composed);
    expect(normalizeTypedText(decomposed)).toBe(composed);
    expect(name.parse(decomposed)).toBe(composed);
    expect(name.parse(composed)).toBe(composed);
  });

  it("accepts Arabic names and text unchanged, with their marks and joiners", () => {
    for (const arabic of ["معرة النعمان", "حلب", "مَعَرَّةُ النُّعْمَانِ", "أحمد الشرع", "عبد\u200Cالله"]) {
      expect(findHiddenCharacter(arabic)).toBeNull();
      expect(name.parse(arabic)).toBe(arabic.normalize("NFC"));
    }
    expect(name.parse("Maarat al-Numan (معرة النعمان)")).toBe("Maarat al-Numan (معرة النعمان)");
  });

  it("removes the invisible direction marks U+200E, U+200F and U+061C instead of refusing them", () => {
    expect(name.parse("\u200Fحلب\u200E")).toBe("حلب");
    expect(name.parse("حلب\u061C (Aleppo)")).toBe("حلب (Aleppo)");
    // Removing a mark between a letter and its accent still gives the composed letter.
    expect(name.parse("Rene\u200F\u0301")).toBe("Ren\u00E9");
  });

  it("trims, and counts length after normalising", () => {
    expect(name.parse("  Amal Haddad\t")).toBe("Amal Haddad");
    expect(messageFor(name, "   ")).toBe("Enter your name.");
    expect(messageFor(name, undefined)).toBe("Enter your name.");
    // 80 composed letters typed decomposed (160 code units) still fit the 80-character limit.
    expect(name.parse("e\u0301".repeat(80))).toHaveLength(80);
    expect(cleanTextSchema({ field: "Your answer", trim: false }).parse(" a ")).toBe(" a ");
  });
});
