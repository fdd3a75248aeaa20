import { describe, expect, it } from "vitest";
import { MAX_ACTION_BODY_BYTES, refuseMalformedServerAction } from "./server-action-call";

const page = "http://localhost:3000/teacher";

function actionCall(body: BodyInit | null, headers: Record<string, string> = {}, url = page) {
  return new Request(url, {
    method: "POST",
    body,
    headers: { host: "localhost:3000", origin: "http://localhost:3000", "next-action": "60ab", ...headers },
  });
}
const textCall = (body: string, headers: Record<string, string> = {}) =>
  actionCall(body, { "content-type": "text/plain;charset=UTF-8", ...headers });

function multipart(fields: Record<string, string>, { close = true } = {}) {
  const parts = Object.entries(fields).map(([name, value]) => `--b\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return parts.join("") + (close ? "--b--\r\n" : "");
}
const multipartCall = (body: string, headers: Record<string, string> = {}) =>
  actionCall(body, { "content-type": "multipart/form-data; boundary=b", ...headers });

const statusOf = async (request: Request) => (await refuseMalformedServerAction(request))?.status ?? null;

describe("refuseMalformedServerAction (before Next.js decodes a server action call)", () => {
  it("lets well-formed calls through, as React encodes them", async () => {
    expect(await statusOf(textCall('[null,"$K1"]'))).toBeNull();
    expect(await statusOf(multipartCall(multipart({ _1_name: "Year 11 é", "0": '[null,"$K1"]' })))).toBeNull();
    // Same site behind a proxy that sets X-Forwarded-Host.
    expect(await statusOf(textCall("[]", { host: "internal:3000", "x-forwarded-host": "localhost:3000" }))).toBeNull();
    // No Origin header: Next.js accepts it too (only browsers send one).
    const noOrigin = new Request(page, { method: "POST", body: "[]", headers: { host: "localhost:3000", "next-action": "60ab" } });
    expect(await statusOf(noOrigin)).toBeNull();
  });

  it("ignores everything that is not a server action call", async () => {
    expect(await statusOf(new Request(page))).toBeNull();
    expect(await statusOf(new Request("http://localhost:3000/api/flashcards/reviews", { method: "POST", body: "abc" }))).toBeNull();
    const plainPost = new Request(page, { method: "POST", body: "a=b", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(await statusOf(plainPost)).toBeNull();
  });

  it("answers 400 to bodies Next.js cannot decode (it answers 500)", async () => {
    expect(await statusOf(textCall("abc"))).toBe(400);
    expect(await statusOf(textCall(""))).toBe(400);
    expect(await statusOf(textCall('"abc"'))).toBe(400);
    expect(await statusOf(textCall(JSON.stringify(Array(1001).fill(null))))).toBe(400);
    expect(await statusOf(actionCall(new Uint8Array([0x5b, 0xff, 0x5d]), { "content-type": "text/plain" }))).toBe(400);
    expect(await statusOf(multipartCall(multipart({ "0": "[null" }, { close: false })))).toBe(400);
    expect(await statusOf(multipartCall(multipart({ a: "b" })))).toBe(400);
    expect(await statusOf(multipartCall(multipart({ "0": "[null" })))).toBe(400);
    expect(await statusOf(actionCall("abc", { "content-type": "multipart/form-data" }))).toBe(400);
  });

  it("answers 400 to a field name Next.js's multipart parser refuses (over 16 KB, or a control character)", async () => {
    expect(await statusOf(multipartCall(multipart({ ["é".repeat(9000)]: "x", "0": '[null,"$K1"]' })))).toBe(400);
    expect(await statusOf(multipartCall(multipart({ "_1_\u0000": "x", "0": '[null,"$K1"]' })))).toBe(400);
    expect(await statusOf(multipartCall(multipart({ "_1_naïve name %0A": "x", "0": '[null,"$K1"]' })))).toBeNull();
  });

  it("answers 400 to a broken multipart body sent to a path under /api/ (one with no handler gets the not-found page)", async () => {
    const toApi = new Request("http://localhost:3000/api/finish", {
      method: "POST",
      body: "",
      headers: { host: "localhost:3000", "content-type": "multipart/form-data; boundary=b" },
    });
    expect(await statusOf(toApi)).toBe(400);
  });

  it("answers 400 to text no browser sends and PostgreSQL cannot store: a NUL, half a surrogate pair", async () => {
    expect(await statusOf(multipartCall(multipart({ _1_name: "a\u0000b", "0": '[null,"$K1"]' })))).toBe(400);
    expect(await statusOf(textCall('[{"version":"\\u0000"},"$K1"]'))).toBe(400);
    expect(await statusOf(textCall('[{"\\ud800":1}]'))).toBe(400);
    expect(await statusOf(textCall('["a\\ud83d\\ude42b"]'))).toBeNull();
  });

  it("answers 400 to a truncated form posted without JavaScript", async () => {
    const noJs = new Request(page, {
      method: "POST",
      body: multipart({ $ACTION_ID_60ab: "" }, { close: false }),
      headers: { host: "localhost:3000", "content-type": "multipart/form-data; boundary=b" },
    });
    expect(await statusOf(noJs)).toBe(400);
  });

  it("answers 403 when the Origin names another site or is not a URL, as Next.js's CSRF check would with a 500", async () => {
    expect(await statusOf(textCall("[]", { origin: "http://evil.example" }))).toBe(403);
    expect(await statusOf(textCall("[]", { origin: "null" }))).toBe(403);
    expect(await statusOf(textCall("[]", { origin: "" }))).toBe(403);
    expect(await statusOf(textCall("[]", { origin: "not a url" }))).toBe(403);
  });

  it("answers 413 to a body over Next.js's 1 MB limit", async () => {
    expect(await statusOf(textCall(JSON.stringify(["x".repeat(MAX_ACTION_BODY_BYTES)])))).toBe(413);
  });

  it("leaves the body for Next.js to read after the check", async () => {
    const request = textCall('[null,"$K1"]');
    expect(await statusOf(request)).toBeNull();
    expect(await request.text()).toBe('[null,"$K1"]');
  });
});
