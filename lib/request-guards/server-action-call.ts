/**
 * A guard for requests that Next.js would treat as server action calls, run by
 * the proxy before Next.js decodes them. Next.js 16 answers 500 when it cannot
 * decode such a request, before any action code runs (vercel/next.js#86945): a
 * body that is not JSON or not a complete multipart form, a multipart part
 * header its parser refuses (over 16 KB, or with a control character in a
 * field name), one over its 1 MB limit, an Origin
 * header that names another site or is not a URL, or arguments that are not a
 * list. Those are the client's mistakes, so they get a 4xx here. So does text
 * no browser sends and PostgreSQL cannot store (a NUL character, half of a
 * surrogate pair), which would otherwise fail deep in an action's query. What
 * the arguments mean is each action's to check (lib/forms/action-input.ts).
 *
 * Pure apart from reading a copy of the body; requests that are not server
 * action calls (route handlers, page loads, plain form posts) are not read.
 */
import { readBodyAtMost } from "./read-body";

/** Next.js's default `serverActions.bodySizeLimit` ("1 MB"). */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;

/** Next.js refuses longer argument lists (with a 500). */
const MAX_ACTION_ARGUMENTS = 1000;

/**
 * Next.js's multipart parser (busboy) refuses a part header over 16 KB or holding a control
 * character, with a 500. No form of ours has a field or file name anywhere near that long, or a
 * control character in one. CR and LF are let through: browsers send them escaped (%0D, %0A), which
 * busboy accepts and the parser used here turns back into CR and LF.
 */
const MAX_FIELD_NAME_BYTES = 1024;
const CONTROL_CHARACTER = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/;

function isSendableName(name: string): boolean {
  return new TextEncoder().encode(name).byteLength <= MAX_FIELD_NAME_BYTES && !CONTROL_CHARACTER.test(name);
}

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/**
 * The same tests Next.js uses to decide that a POST is a server action call
 * (server-action-request-meta): a Next-Action header, or a multipart body. Route
 * handlers are not exempt: a path under /api/ with no handler (one an escaped
 * ".." leads to, say) is answered by the not-found page, which decodes the body
 * as a form posted without JavaScript. The app's own calls to its route
 * handlers are JSON, so this costs them nothing.
 */
function isServerActionCall(request: Request): { fetchAction: boolean } | null {
  if (request.method !== "POST") return null;
  if (new URL(request.url).pathname.startsWith("/_next/")) return null;
  const fetchAction = request.headers.has("next-action");
  const multipart = (request.headers.get("content-type") ?? "").startsWith("multipart/form-data");
  return fetchAction || multipart ? { fetchAction } : null;
}

/** Null when Next.js can decode the call; otherwise the 4xx response to send instead. */
export async function refuseMalformedServerAction(request: Request): Promise<Response | null> {
  const call = isServerActionCall(request);
  if (!call) return null;

  if (!originMatchesHost(request.headers)) {
    return refuse(403, "This form was sent from another site, so it was not accepted. Reload the page and try again.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES) return tooLarge();
  const bytes = await readBodyAtMost(request.clone(), MAX_ACTION_BODY_BYTES);
  if (bytes === "too-large") return tooLarge();
  if (bytes === "unreadable") return malformed();

  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    let form: FormData;
    try {
      form = await new Request(request.url, { method: "POST", headers: { "content-type": contentType }, body: bytes }).formData();
    } catch {
      return malformed();
    }
    for (const [name, value] of form) {
      if (!isSendableName(name) || (typeof value === "string" ? !isStorableText(value) : !isSendableName(value.name))) return malformed();
    }
    // A form posted without JavaScript (no Next-Action header) carries its action in its fields; Next.js checks those.
    if (!call.fetchAction) return null;
    const root = form.get("0");
    return typeof root === "string" && isArgumentList(root) ? null : malformed();
  }
  if (!call.fetchAction) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return malformed();
  }
  return isArgumentList(text) ? null : malformed();
}

function tooLarge() {
  return refuse(413, "That is too much to send at once.");
}

function malformed() {
  return refuse(400, "This form could not be read. Reload the page and try again.");
}

/** React sends a call's arguments as a JSON list (its "reply" format). */
function isArgumentList(json: string): boolean {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return false;
  }
  return Array.isArray(value) && value.length <= MAX_ACTION_ARGUMENTS && holdsOnlyStorableText(value);
}

function isStorableText(text: string): boolean {
  return text.isWellFormed() && !text.includes("\u0000");
}

function holdsOnlyStorableText(value: unknown): boolean {
  if (typeof value === "string") return isStorableText(value);
  if (Array.isArray(value)) return value.every(holdsOnlyStorableText);
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).every(([key, item]) => isStorableText(key) && holdsOnlyStorableText(item));
  }
  return true;
}

/**
 * Next.js's own CSRF check (action-handler): an Origin header, when present, must name the host the
 * request came to (the first X-Forwarded-Host, else Host). A mismatch or an Origin that is not a URL
 * ends in a 500 there.
 */
function originMatchesHost(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin === null) return true;
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || headers.get("host");
  if (!host) return false;
  try {
    return origin !== "null" && new URL(origin).host === host;
  } catch {
    return false;
  }
}
