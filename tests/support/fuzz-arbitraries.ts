/**
 * fast-check arbitraries for the HTTP fuzz test (tests/integration/fuzz.test.ts):
 * malformed text, ids, request bodies and server action arguments. Real ids
 * (the caller's own and other people's) are mixed in, so requests reach past
 * the first "not found" into the code that reads the input.
 */
import fc from "fast-check";

/** Text that has broken apps before: non-ASCII, control characters, injections, encodings, numbers as text. */
const NASTY_TEXT = [
  "",
  " ",
  "null",
  "undefined",
  "NaN",
  "-1",
  "0",
  "1e309",
  "9007199254740993",
  "../../etc/passwd",
  "..",
  "%",
  "%00",
  "%E0%A4%A",
  "%zz",
  "\u0000",
  "a\u0000b",
  // Half a surrogate pair: JSON can carry it, UTF-8 cannot.
  "\ud800",
  "x\udfffy",
  "a\r\nSet-Cookie: injected=1",
  "é",
  "Ωmega",
  "حلب",
  "🙂",
  "\uFEFF",
  "\u202Eevil",
  "<script>alert(1)</script>",
  "' OR 1=1 --",
  "=HYPERLINK(\"http://x\")",
  "$K1",
  "$@0",
  "$$",
  "__proto__",
  "constructor",
  "2030-02-30T25:61",
  "Not/A_Zone",
];

const controlCharacters = fc.string({
  unit: fc.integer({ min: 0, max: 31 }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 8,
});

/** Strings of a few hundred kilobytes at most: over every handler's own limit, under Next.js's 1 MB action limit. */
export const hugeText = fc.integer({ min: 5_000, max: 300_000 }).map((length) => "é".repeat(length / 2));

export const weirdText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 2, arbitrary: controlCharacters },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 1, arbitrary: hugeText },
);

/** The longest start of `text` whose %-encoded form has at most `maxEncoded` characters. */
function fitEncoded(text: string, maxEncoded: number): string {
  const characters = [...text.toWellFormed()];
  let length = 0;
  let end = 0;
  while (end < characters.length && length + encodeURIComponent(characters[end]!).length <= maxEncoded) {
    length += encodeURIComponent(characters[end]!).length;
    end += 1;
  }
  return characters.slice(0, end).join("");
}

/**
 * Text for a URL: at most 2,000 characters once %-encoded (an "é" is six), so a path with a few
 * such segments and a query of three such values stays under the server's 16 KB header limit. Above
 * it Node answers 431 and closes the connection while the client may still be sending a body.
 */
export const urlText = weirdText.map((text) => fitEncoded(text, 2000));

/** Ids: real ones (mine, someone else's), ones that could exist but do not, and garbage. */
export function idArbitrary(realIds: readonly string[], { inUrl = false } = {}): fc.Arbitrary<string> {
  const missing = fc.stringMatching(/^c[a-z0-9]{24}$/);
  return fc.oneof(
    { weight: 5, arbitrary: realIds.length > 0 ? fc.constantFrom(...realIds) : missing },
    { weight: 2, arbitrary: missing },
    { weight: 3, arbitrary: inUrl ? urlText : weirdText },
  );
}

/** A path segment exactly as sent: usually URL-encoded text, sometimes raw broken escapes. */
export const rawSegments = fc.constantFrom("%", "%E0%A4%A", "%zz", "%00", "%2e%2e", "..", "%C0%AF", "%F0%9F%99", "a%2Fb");

export const queryString = fc.option(
  fc
    .dictionary(
      fc.oneof(fc.constantFrom("callbackUrl", "error", "notice", "created", "csrf", "joined", "page"), fc.string({ maxLength: 8 })),
      fc.oneof(urlText, fc.constantFrom("/student", "//evil.example", "https://evil.example", "javascript:alert(1)")),
      { maxKeys: 3 },
    )
    .map((params) => {
      const search = new URLSearchParams();
      for (const [name, value] of Object.entries(params)) search.append(name.toWellFormed(), value.toWellFormed());
      return `?${search.toString()}`;
    }),
  { nil: "" },
);

// ---------------------------------------------------------------------------
// Request bodies (route handlers)

export interface BodySpec {
  kind: string;
  body?: string | Uint8Array<ArrayBuffer>;
  contentType?: string;
}

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-16",
  "text/plain;charset=UTF-8",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=fuzz",
  "multipart/form-data",
  "application/octet-stream",
  "text/html",
  "application/xml",
];
export const contentType = fc.option(fc.constantFrom(...CONTENT_TYPES), { nil: undefined });

/** The shape of each question type's answer, with wrong values in it. */
const answerLike = fc.oneof(
  fc.jsonValue(),
  fc.record({ selected: fc.oneof(fc.array(weirdText, { maxLength: 14 }), fc.jsonValue()) }),
  fc.record({ value: fc.oneof(fc.boolean(), fc.double(), fc.integer(), weirdText, fc.constant(null)) }),
  fc.record({ order: fc.oneof(fc.array(weirdText, { maxLength: 14 }), fc.jsonValue()) }),
  fc.record({ pairs: fc.oneof(fc.dictionary(weirdText, weirdText, { maxKeys: 14 }), fc.jsonValue()) }),
  fc.record({ text: fc.oneof(weirdText, fc.jsonValue()) }),
  fc.record({ lat: fc.oneof(fc.double(), weirdText), lon: fc.oneof(fc.double(), weirdText) }),
);

export interface BodyVocabulary {
  questionIds: readonly string[];
  cardIds: readonly string[];
  csrfToken: string;
}

/** The JSON fields the app's route handlers and next-auth read, each with right and wrong values. */
function fieldsObject(vocabulary: BodyVocabulary) {
  const clientId = fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/), weirdText, fc.jsonValue());
  const pick = (values: readonly string[]) => (values.length > 0 ? fc.constantFrom(...values) : weirdText);
  return fc.record(
    {
      clientResponseId: clientId,
      questionId: fc.oneof({ weight: 3, arbitrary: pick(vocabulary.questionIds) }, weirdText, fc.jsonValue()),
      response: answerLike,
      timeSpentMs: fc.oneof(fc.integer(), fc.double(), weirdText, fc.jsonValue()),
      clientReviewId: clientId,
      cardId: fc.oneof({ weight: 3, arbitrary: pick(vocabulary.cardIds) }, weirdText, fc.jsonValue()),
      rating: fc.oneof(fc.integer({ min: -2, max: 7 }), fc.double(), weirdText, fc.jsonValue()),
      csrfToken: fc.oneof(fc.constant(vocabulary.csrfToken), weirdText),
      email: fc.oneof(fc.constant("nobody@example.com"), weirdText),
      password: weirdText,
      callbackUrl: fc.oneof(fc.constantFrom("/student", "//evil.example", "https://evil.example/x"), weirdText, fc.jsonValue()),
      json: fc.oneof(fc.constant("true"), weirdText, fc.jsonValue()),
      redirect: fc.oneof(fc.constant("false"), weirdText),
      data: fc.jsonValue(),
    },
    { requiredKeys: [] },
  );
}

function multipartText(fields: [string, string][], boundary: string, { truncate }: { truncate: number | null }) {
  const text =
    fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${boundary}--\r\n`;
  return truncate === null ? text : text.slice(0, Math.floor(text.length * truncate));
}

export function requestBody(vocabulary: BodyVocabulary): fc.Arbitrary<BodySpec> {
  const fieldPairs = fc.array(fc.tuple(fc.string({ maxLength: 12 }), weirdText), { maxLength: 6 });
  return fc.oneof(
    fc.constant<BodySpec>({ kind: "no body" }),
    fc.tuple(fc.jsonValue(), contentType).map(([value, type]) => ({ kind: "JSON value", body: JSON.stringify(value), contentType: type })),
    fc
      .tuple(fieldsObject(vocabulary), fc.constantFrom("application/json", "text/plain;charset=UTF-8", undefined))
      .map(([fields, type]) => ({ kind: "JSON fields", body: JSON.stringify(fields), contentType: type })),
    fc
      .tuple(fieldsObject(vocabulary))
      .map(([fields]) => ({
        kind: "form fields",
        body: new URLSearchParams(
          Object.entries(fields).map(([name, value]) => [name, (typeof value === "string" ? value : JSON.stringify(value) ?? "").toWellFormed()]),
        ).toString(),
        contentType: "application/x-www-form-urlencoded",
      })),
    fc.tuple(weirdText, contentType).map(([text, type]) => ({ kind: "text", body: text, contentType: type })),
    fc
      .tuple(fc.uint8Array({ maxLength: 400 }), contentType)
      .map(([bytes, type]) => ({ kind: "bytes", body: new Uint8Array(bytes), contentType: type })),
    fc
      .tuple(fieldPairs, fc.option(fc.double({ min: 0, max: 0.99, noNaN: true }), { nil: null }))
      .map(([fields, truncate]) => ({
        kind: truncate === null ? "multipart" : "truncated multipart",
        body: multipartText(fields, "fuzz", { truncate }),
        contentType: "multipart/form-data; boundary=fuzz",
      })),
    fc
      .constantFrom("email=%E0%A4%A&password=x", "a=%zz", "=&=&&", "csrfToken", "%")
      .map((text) => ({ kind: "broken form encoding", body: text, contentType: "application/x-www-form-urlencoded" })),
  );
}

// ---------------------------------------------------------------------------
// Server action arguments

/** A form as the browser would build it, from the field names the app's forms and actions use. */
export function formArbitrary(fieldNames: readonly string[], valueFor: (name: string) => fc.Arbitrary<string>) {
  const knownField = fc.constantFrom(...fieldNames).chain((name) =>
    fc.tuple(fc.constant(name), fc.oneof({ weight: 4, arbitrary: valueFor(name) }, weirdText)),
  );
  const strangeField = fc.tuple(fc.oneof(weirdText, fc.constantFrom("$ACTION_ID_x", "0", "1_x")), weirdText);
  const file = fc.tuple(fc.constantFrom(...fieldNames), fc.string({ maxLength: 30 })).map(
    ([name, content]) => [name, new File([content], "fuzz.txt", { type: "text/plain" })] as const,
  );
  return fc
    .array(fc.oneof({ weight: 8, arbitrary: knownField }, { weight: 1, arbitrary: strangeField }, { weight: 1, arbitrary: file }), {
      maxLength: 14,
    })
    .map((entries) => {
      const form = new FormData();
      for (const [name, value] of entries) {
        if (typeof value === "string") form.append(name.toWellFormed(), value.toWellFormed());
        else form.append(name.toWellFormed(), value);
      }
      return form;
    });
}

/** What a useActionState form sends as the previous state: usually its state, but anything can arrive. */
export const previousState = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.record(
    {
      version: fc.oneof(fc.nat(), fc.integer(), fc.double(), weirdText),
      status: fc.oneof(fc.constantFrom("idle", "invalid", "preview", "saved", "error", "created"), weirdText),
      errors: fc.oneof(fc.constant({}), fc.dictionary(weirdText, weirdText, { maxKeys: 3 }), fc.jsonValue()),
      values: fc.oneof(fc.constant({}), fc.jsonValue()),
      preview: fc.oneof(fc.constant(null), fc.jsonValue()),
      message: weirdText,
      code: weirdText,
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue(),
);

export function actionArguments(form: fc.Arbitrary<FormData>): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { weight: 4, arbitrary: form.map((f) => [f]) },
    { weight: 4, arbitrary: fc.tuple(previousState, form).map(([state, f]) => [state, f]) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.jsonValue(), weirdText), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.tuple(form, form, previousState) },
  );
}

/** Requests Next.js must refuse before the action runs (the proxy's guard answers these with a 4xx). */
export type BrokenTransport =
  | { kind: "undecodable text"; body: string }
  | { kind: "arguments not a list"; body: string }
  | { kind: "truncated multipart"; body: string }
  | { kind: "multipart without boundary"; body: string }
  | { kind: "empty body"; body: string }
  | { kind: "foreign origin"; origin: string }
  | { kind: "unknown action id"; actionId: string }
  | { kind: "wrong content type"; contentType: string };

export const brokenTransport: fc.Arbitrary<BrokenTransport> = fc.oneof(
  fc.oneof(weirdText, fc.constantFrom("[", "[zxc]", "{", "abc")).filter((text) => !isJsonList(text)).map((body) => ({ kind: "undecodable text" as const, body })),
  fc.jsonValue().filter((value) => !Array.isArray(value)).map((value) => ({ kind: "arguments not a list" as const, body: JSON.stringify(value) })),
  fc
    .tuple(fc.array(fc.tuple(fc.string({ maxLength: 8 }), weirdText), { maxLength: 4 }), fc.double({ min: 0, max: 0.95, noNaN: true }))
    .map(([fields, truncate]) => ({
      kind: "truncated multipart" as const,
      body: multipartText([["0", '[null,"$K1"]'], ...fields], "fuzz", { truncate }),
    })),
  weirdText.map((body) => ({ kind: "multipart without boundary" as const, body })),
  fc.constant({ kind: "empty body" as const, body: "" }),
  fc.constantFrom("http://evil.example", "null", "", "not a url", "http://localhost:1").map((origin) => ({ kind: "foreign origin" as const, origin })),
  fc
    .oneof(fc.stringMatching(/^[0-9a-f]{42}$/), weirdText.filter((id) => id.length < 200 && /^[\x20-\x7e]*$/.test(id)))
    .map((actionId) => ({ kind: "unknown action id" as const, actionId })),
  fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/html", "").map((type) => ({ kind: "wrong content type" as const, contentType: type })),
);

function isJsonList(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}
