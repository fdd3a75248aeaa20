import { describe, expect, it } from "vitest";
import { isUsableCallbackUrl, MAX_AUTH_BODY_BYTES, refuseMalformedAuthRequest } from "./auth-request-guard";

const url = "http://localhost/api/auth/callback/credentials";
const post = (body: BodyInit | null, contentType?: string) =>
  new Request(url, { method: "POST", body, headers: contentType ? { "content-type": contentType } : {} });

async function refusal(request: Request) {
  const response = await refuseMalformedAuthRequest(request);
  return response && { status: response.status, error: ((await response.json()) as { error: string }).error };
}

describe("refuseMalformedAuthRequest (in front of next-auth)", () => {
  it("lets next-auth's own requests through: GET, the form its client posts, JSON fields, an empty form", async () => {
    expect(await refusal(new Request("http://localhost/api/auth/session"))).toBeNull();
    const form = new URLSearchParams({ csrfToken: "abc", email: "a@b.c", password: "pw é", callbackUrl: "/student", json: "true" });
    expect(await refusal(post(form.toString(), "application/x-www-form-urlencoded"))).toBeNull();
    expect(await refusal(post(JSON.stringify({ csrfToken: "abc", data: { name: "x" } }), "application/json"))).toBeNull();
    expect(await refusal(post("", "application/x-www-form-urlencoded"))).toBeNull();
    expect(await refusal(post(null))).toBeNull();
  });

  it("answers 400 to a body that is not JSON, where next-auth's request.json() would throw (a 500)", async () => {
    expect(await refusal(post("abc", "application/json"))).toEqual({ status: 400, error: "The request body is not valid JSON." });
    expect((await refusal(post("", "application/json")))?.status).toBe(400);
  });

  it("answers 400 to JSON that is not an object of text fields (a numeric callbackUrl crashes next-auth)", async () => {
    expect((await refusal(post("[1,2]", "application/json")))?.status).toBe(400);
    expect((await refusal(post("null", "application/json")))?.status).toBe(400);
    expect(await refusal(post(JSON.stringify({ callbackUrl: 5 }), "application/json"))).toEqual({
      status: 400,
      error: 'The field "callbackUrl" must be text.',
    });
  });

  it("answers 400 to broken form encoding and to bytes that are not UTF-8", async () => {
    expect((await refusal(post("email=%E0%A4%A&password=x", "application/x-www-form-urlencoded")))?.status).toBe(400);
    expect((await refusal(post("email=%zz", "application/x-www-form-urlencoded")))?.status).toBe(400);
    expect((await refusal(post(new Uint8Array([0x65, 0x3d, 0xff, 0xfe]), "application/x-www-form-urlencoded")))?.status).toBe(400);
  });

  it("answers 400 to a body in another format, which next-auth would silently ignore", async () => {
    expect((await refusal(post("email=a", "text/plain")))?.status).toBe(400);
    expect((await refusal(post("--x--", "multipart/form-data; boundary=x")))?.status).toBe(400);
  });

  it("answers 413 to a body over the limit, whether or not it declares its length", async () => {
    const big = `email=${"a".repeat(MAX_AUTH_BODY_BYTES)}`;
    expect((await refusal(post(big, "application/x-www-form-urlencoded")))?.status).toBe(413);
    const streamed = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const request = new Request(url, {
      method: "POST",
      body: streamed,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    expect((await refusal(request))?.status).toBe(413);
  });

  it("leaves the body for next-auth to read after the check", async () => {
    const request = post("email=a%40b.c", "application/x-www-form-urlencoded");
    expect(await refusal(request)).toBeNull();
    expect(await request.text()).toBe("email=a%40b.c");
  });

  it("answers 400 to a callbackUrl next-auth cannot follow, in the query or the body (its 500 otherwise)", async () => {
    const get = (query: string) => refusal(new Request(`http://localhost/api/auth/session?${query}`));
    expect(await get("callbackUrl=garbage")).toEqual({ status: 400, error: "The callbackUrl must be a path on this site or an http(s) address." });
    expect((await get("callbackUrl=javascript%3Aalert(1)"))?.status).toBe(400);
    expect(await get("callbackUrl=%2Fstudent")).toBeNull();
    expect(await get("callbackUrl=")).toBeNull();
    const form = (callbackUrl: string) => post(new URLSearchParams({ csrfToken: "x", callbackUrl }).toString(), "application/x-www-form-urlencoded");
    expect((await refusal(form("garbage")))?.status).toBe(400);
    expect(await refusal(form("http://localhost:3000/teacher"))).toBeNull();
  });

  it("answers 400 to a damaged callback-url cookie and clears it, so the next try works", async () => {
    const request = new Request("http://localhost/api/auth/session", { headers: { cookie: "a=1; next-auth.callback-url=garbage" } });
    const response = await refuseMalformedAuthRequest(request);
    expect(response?.status).toBe(400);
    expect(response?.headers.get("set-cookie")).toMatch(/^next-auth\.callback-url=; Path=\/; .*Max-Age=0/);
    // Twice: Next.js hands next-auth the last one.
    const twice = new Request("http://localhost/api/auth/session", {
      headers: { cookie: "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000; next-auth.callback-url=%25E0%25A4%25A" },
    });
    expect((await refuseMalformedAuthRequest(twice))?.status).toBe(400);
    const fine = new Request("http://localhost/api/auth/session", { headers: { cookie: "next-auth.callback-url=http%3A%2F%2Flocalhost%3A3000" } });
    expect(await refuseMalformedAuthRequest(fine)).toBeNull();
  });

  it("answers 400 to an error code a Location header cannot hold, which next-auth copies into one", async () => {
    const get = (path: string) => refusal(new Request(`http://localhost/api/auth/${path}`));
    expect((await get("error?error=%CE%A9"))?.status).toBe(400);
    expect((await get("error/%CE%A9"))?.status).toBe(400);
    expect((await get("error?error=%0D%0ASet-Cookie:%20x=1"))?.status).toBe(400);
    expect(await get("error?error=CredentialsSignin")).toBeNull();
    expect(await get("error?error=Too%20many%20failed%20sign-in%20attempts.%20Try%20again%20in%203%20minutes.")).toBeNull();
  });

  it("knows a usable callbackUrl: a path or an http(s) address", () => {
    for (const ok of ["/", "/student?x=1", "http://localhost:3000", "https://study.example.org/teacher"]) expect(isUsableCallbackUrl(ok), ok).toBe(true);
    for (const bad of ["garbage", "javascript:alert(1)", "ftp://x", " /student", "mailto:a@b.c"]) expect(isUsableCallbackUrl(bad), bad).toBe(false);
  });

  it("answers 405 to a GET of the credentials callback, which next-auth answers with a 500", async () => {
    const response = await refuseMalformedAuthRequest(new Request("http://localhost/api/auth/callback/credentials"));
    expect(response?.status).toBe(405);
    expect(response?.headers.get("allow")).toBe("POST");
  });
});
