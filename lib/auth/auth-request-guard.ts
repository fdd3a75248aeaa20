/**
 * A guard in front of next-auth's endpoints (app/api/auth/[...nextauth]/route.ts).
 * next-auth 4 answers 500 to several kinds of bad input, each a client's
 * mistake, so each gets a 4xx with a JSON message here before next-auth sees it:
 *
 * - the body: next-auth reads it itself (`getBody` in next-auth/next). A content
 *   type mentioning application/json goes through `request.json()`, which throws
 *   on anything that is not JSON; its values reach code that expects text.
 *   Form encoding goes through URLSearchParams, which lets broken escapes pass.
 *   Its endpoints take a few short text fields (csrfToken, callbackUrl, email,
 *   password, json, redirect), so a body that is not that is refused.
 * - a callbackUrl (query, body or the callback-url cookie) that is neither a
 *   path nor an http(s) address: the query and cookie fail its config check (a
 *   500 "server configuration" reply), the body value makes its default redirect
 *   callback throw.
 * - the `error` of /api/auth/error, which it copies unencoded into a Location
 *   header: a character a header cannot hold throws.
 * - a GET of the credentials callback, which only takes a POST.
 */
import { NextResponse } from "next/server";
import { readBodyAtMost } from "../request-guards/read-body";

/** The largest real body (a sign-in with a long callbackUrl) is well under this. */
export const MAX_AUTH_BODY_BYTES = 8 * 1024;

/** next-auth's session update (`update(data)` from next-auth/react) sends this one field as JSON of any shape. */
const JSON_VALUED_FIELDS = new Set(["data"]);

/** next-auth's callback-url cookie, plain and with the prefix it uses on https sites. */
const CALLBACK_URL_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

const CALLBACK_URL_ERROR = "The callbackUrl must be a path on this site or an http(s) address.";

const refuse = (status: number, error: string) => NextResponse.json({ error }, { status });

/** Null when next-auth can take the request; otherwise the 400 or 413 response to send instead. */
export async function refuseMalformedAuthRequest(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const callbackUrl = url.searchParams.get("callbackUrl");
  if (callbackUrl && !isUsableCallbackUrl(callbackUrl)) return refuse(400, CALLBACK_URL_ERROR);

  const badCookie = CALLBACK_URL_COOKIES.find((name) => {
    const value = cookieValue(request.headers.get("cookie"), name);
    return value && !isUsableCallbackUrl(value);
  });
  if (badCookie) {
    // The browser would send the cookie again, so it is cleared: the next attempt starts afresh.
    const response = refuse(400, "The sign-in page's return address was damaged. Go back and try again.");
    response.cookies.set({ name: badCookie, value: "", path: "/", maxAge: 0, secure: badCookie.startsWith("__Secure-") });
    return response;
  }

  const [action, detail] = url.pathname.split("/").slice(3).map(safeDecode);
  // The credentials provider only takes a POST; next-auth answers any other callback with a 500.
  if (action === "callback" && detail === "credentials" && request.method !== "POST") {
    return NextResponse.json({ error: "Sign in with the sign-in form." }, { status: 405, headers: { Allow: "POST" } });
  }
  if (action === "error" && request.method === "GET") {
    const error = url.searchParams.get("error") ?? detail ?? "";
    if (!/^[\x20-\x7e]*$/.test(error)) return refuse(400, "That sign-in error link is damaged. Go back and sign in again.");
  }

  return request.method === "POST" ? refuseMalformedBody(request) : null;
}

/**
 * What next-auth can follow: a path ("/student"), or an absolute http(s) address (which it then
 * replaces with the site's own address unless it is on this site).
 */
export function isUsableCallbackUrl(value: string): boolean {
  try {
    const parsed = value.startsWith("/") ? new URL(value, "http://localhost") : new URL(value);
    return parsed.protocol === "http:" || parsed.protocol === "https:";
  } catch {
    return false;
  }
}

async function refuseMalformedBody(request: Request): Promise<Response | null> {
  if (!request.body) return null;
  if (Number(request.headers.get("content-length") ?? 0) > MAX_AUTH_BODY_BYTES) return tooLarge();
  const bytes = await readBodyAtMost(request.clone(), MAX_AUTH_BODY_BYTES);
  if (bytes === "too-large") return tooLarge();
  if (bytes === "unreadable") return refuse(400, "The request body could not be read. Send it again.");

  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return refuse(400, "The request body must be UTF-8 text.");
  }
  // The same tests next-auth applies, in the same order, so what is checked here is what it parses.
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.includes("application/json")) return checkJsonFields(text);
  if (contentType.includes("application/x-www-form-urlencoded")) return checkFormFields(text);
  if (bytes.length === 0) return null;
  return refuse(400, "Send the sign-in fields as a form (application/x-www-form-urlencoded) or as JSON.");
}

function tooLarge() {
  return refuse(413, "The request is too large for a sign-in form.");
}

function checkJsonFields(text: string): Response | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return refuse(400, "The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return refuse(400, "The request body must be a JSON object of fields.");
  }
  const notText = Object.entries(body).find(([name, value]) => typeof value !== "string" && !JSON_VALUED_FIELDS.has(name));
  if (notText) return refuse(400, `The field "${notText[0].slice(0, 40)}" must be text.`);
  return checkCallbackUrlField((body as Record<string, unknown>).callbackUrl);
}

function checkFormFields(text: string): Response | null {
  // URLSearchParams quietly keeps a broken escape such as "%E0%A4" or "%zz"; a real form never sends one.
  try {
    for (const part of text.split("&")) decodeURIComponent(part.replaceAll("+", " "));
  } catch {
    return refuse(400, "The form data is not properly encoded.");
  }
  return checkCallbackUrlField(new URLSearchParams(text).get("callbackUrl"));
}

function checkCallbackUrlField(value: unknown): Response | null {
  return typeof value === "string" && value !== "" && !isUsableCallbackUrl(value) ? refuse(400, CALLBACK_URL_ERROR) : null;
}

/**
 * A cookie as Next.js's cookies() reads it (parseCookie in @edge-runtime/cookies), which is what
 * next-auth is given: URL-decoded, "true" when it has no value, skipped when it does not decode, and
 * the last one when the name comes twice.
 */
function cookieValue(header: string | null, name: string): string | null {
  let found: string | null = null;
  for (const pair of (header ?? "").split(/; */)) {
    const at = pair.indexOf("=");
    if ((at < 0 ? pair : pair.slice(0, at)) !== name) continue;
    found = at < 0 ? "true" : (safeDecode(pair.slice(at + 1)) ?? found);
  }
  return found;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
