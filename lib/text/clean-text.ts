/**
 * Hygiene for text people type that the app stores and shows to others: names, class names,
 * assignment titles and typed answers. Client-safe and pure, so a form and the server check
 * with the same zod schema.
 *
 * What a field gets:
 * - NFC: the composed form, so "é" typed as e + U+0301 and as U+00E9 is one name, one title,
 *   one answer (the typed-answer grader compares NFKD forms, which NFC does not change);
 * - trimmed (unless a field opts out);
 * - refused, with a message naming the field, when it holds a character that is invisible and
 *   changes how text reads or is processed:
 *   - C0 and C1 control characters (U+0000–U+001F, U+007F–U+009F), NUL among them. A
 *     single-line field (every field today) also refuses tab, line feed and carriage return,
 *     and the Unicode line and paragraph separators (U+2028, U+2029); a multi-line field allows
 *     tab, line feed and carriage return;
 *   - the bidirectional embeddings, overrides and isolates U+202A–U+202E and U+2066–U+2069:
 *     they reorder what follows them, so "abc‮fdp.exe" can display as "abcexe.pdf" on a teacher's
 *     roster or gradebook (the "Trojan Source" trick);
 *   - an unpaired UTF-16 surrogate (not a character at all; it cannot be stored as UTF-8).
 * - The directional *marks* U+200E (left-to-right mark), U+200F (right-to-left mark) and U+061C
 *   (Arabic letter mark) are removed, not refused. They cannot reorder words, only nudge the
 *   punctuation next to them, and they ride along invisibly when Arabic or mixed text is copied
 *   from a web page, so refusing them would turn away honest input nobody can see. The typed
 *   answer grader ignores them anyway.
 *
 * Arabic letters and other scripts, their combining marks, and the joiners U+200C/U+200D that
 * some scripts and emoji need all pass unchanged.
 */
import { z } from "zod";

export interface TextFieldOptions {
  /** How a message names the field, capitalised: "Your name", "The class name", "Your answer". */
  field: string;
  /** Allow tab, line feed and carriage return. Default false: a single-line field. */
  multiline?: boolean;
  /** Remove leading and trailing white space. Default true. */
  trim?: boolean;
}

export type HiddenCharacterKind = "control" | "line-break" | "direction" | "broken";

export interface HiddenCharacter {
  kind: HiddenCharacterKind;
  codePoint: number;
  /** "a right-to-left override", "a null character". */
  description: string;
}

const DIRECTIONAL_MARKS = /[\u200E\u200F\u061C]/g;

const DIRECTION_CONTROL_NAMES: Record<number, string> = {
  0x202a: "a left-to-right embedding",
  0x202b: "a right-to-left embedding",
  0x202c: "a pop-directional-formatting character",
  0x202d: "a left-to-right override",
  0x202e: "a right-to-left override",
  0x2066: "a left-to-right isolate",
  0x2067: "a right-to-left isolate",
  0x2068: "a first-strong isolate",
  0x2069: "a pop-directional-isolate character",
};

const LINE_BREAK_NAMES: Record<number, string> = {
  0x09: "a tab",
  0x0a: "a line break",
  0x0d: "a line break (carriage return)",
  0x2028: "a line separator",
  0x2029: "a paragraph separator",
};

/** Allowed in multi-line fields only. U+2028/U+2029 stay out: browsers and the CSV export do not treat them alike. */
const MULTILINE_ALLOWED = new Set([0x09, 0x0a, 0x0d]);

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff;
}

/** "U+202E". */
export function codePointLabel(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

/** The first character `text` may not hold, or null when it is clean. */
export function findHiddenCharacter(text: string, options: { multiline?: boolean } = {}): HiddenCharacter | null {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029) {
      if (options.multiline && MULTILINE_ALLOWED.has(code)) continue;
      const lineBreak = LINE_BREAK_NAMES[code];
      if (lineBreak) return { kind: "line-break", codePoint: code, description: lineBreak };
      return { kind: "control", codePoint: code, description: code === 0 ? "a null character" : "a control character" };
    }
    const direction = DIRECTION_CONTROL_NAMES[code];
    if (direction) return { kind: "direction", codePoint: code, description: direction };
    // for…of yields a lone surrogate as a one-unit string; a valid pair comes as one code point above U+FFFF.
    if (isSurrogate(code)) return { kind: "broken", codePoint: code, description: "a broken character" };
  }
  return null;
}

/** The message a form shows for `found` in the field named `field` ("Your name"). */
export function hiddenCharacterMessage(field: string, found: HiddenCharacter): string {
  const which = `${found.description} (${codePointLabel(found.codePoint)})`;
  switch (found.kind) {
    case "line-break":
      return `${field} must be on one line: it contains ${which}. Remove it and try again.`;
    case "direction":
      return `${field} can't contain hidden control characters: it contains ${which}, which can make text display in a misleading order. Retype it and try again.`;
    case "broken":
      return `${field} contains ${which} that can't be stored. Retype it and try again.`;
    case "control":
      return `${field} can't contain hidden control characters: it contains ${which}. Retype it and try again.`;
  }
}

/** NFC, without the directional marks, trimmed unless `trim` is false. Does not check anything. */
export function normalizeTypedText(text: string, options: { trim?: boolean } = {}): string {
  // Marks go before NFC: removing them can bring a base letter and a combining mark together.
  const normalized = text.replace(DIRECTIONAL_MARKS, "").normalize("NFC");
  return options.trim === false ? normalized : normalized.trim();
}

/**
 * A zod string schema that normalises (NFC, marks removed, trimmed) and then refuses hidden
 * characters with a message naming the field. Chain length checks after it, so they count the
 * normalised text: `cleanTextSchema({ field: "Your name" }, "Enter your name.").min(1, …).max(80, …)`.
 *
 * `missing` is the message for a value that is not a string at all (a form field left out).
 */
export function cleanTextSchema(options: TextFieldOptions, missing?: string): z.ZodString {
  const { field, multiline = false, trim = true } = options;
  return z
    .string(missing ? { error: missing } : undefined)
    .overwrite((text) => normalizeTypedText(text, { trim }))
    .refine((text) => findHiddenCharacter(text, { multiline }) === null, {
      // abort: a length message about text that has to be retyped anyway would only distract.
      abort: true,
      error: (issue) => hiddenCharacterMessage(field, findHiddenCharacter(String(issue.input), { multiline })!),
    });
}
