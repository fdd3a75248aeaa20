/**
 * Next.js proxy (formerly middleware): gives every page a fresh CSP nonce, and HSTS when the site is
 * served over HTTPS. Pages here means everything but route handlers and build files: server actions,
 * the 404 and 403 pages, the service worker script and the icon included. The fixed headers on every
 * response, and the closed CSP of route handlers and build files, come from next.config.js `headers()`;
 * see docs/decisions/011-security-headers.md for why the work is split this way.
 */
import { NextResponse, type NextRequest } from "next/server";
import {
  NONCE_REQUEST_HEADER,
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
  createNonce,
  securityHeaderOptions,
} from "./lib/http/security-headers.mjs";
import { refuseUndecodableRequest } from "./lib/request-guards";

// Read at start-up, not at build time: the same build may serve http://localhost and an https:// site.
const options = securityHeaderOptions({ NEXTAUTH_URL: process.env.NEXTAUTH_URL, NODE_ENV: process.env.NODE_ENV });

export async function proxy(request: NextRequest) {
  // What Next.js cannot decode (a broken %-escape in the path, a malformed server action call) would be
  // its 500; lib/request-guards answers it with a 4xx. Only server action calls have their body read.
  const refusal = await refuseUndecodableRequest(request);
  if (refusal) return refusal;
  // A route handler reached only for that check keeps the closed CSP from next.config.js: two policies
  // on one response would both be enforced.
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, options);

  // Next.js finds the nonce in the request's CSP header and puts it on the scripts it renders. Both
  // headers are overwritten, so a client cannot choose the nonce by sending them itself.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_REQUEST_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  if (options.https) response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Everything but PATHS_WITHOUT_PROXY in lib/http/security-headers.mjs (a test keeps the two in step):
  // running the proxy at all about halved the throughput of /api/health (measured in decision 011), which
  // the answer endpoint should not pay for a nonce that only a page can use. Must be a literal: Next.js
  // reads it at build time.
  // The other two entries are for lib/request-guards, and no request of the app matches them: a route
  // handler path with a %-escape (ids have none), and a multipart POST under /api/ (a path there with no
  // handler gets the not-found page, which reads such a body as a form posted without JavaScript).
  matcher: [
    "/((?!api/|_next/static/).*)",
    "/api/(.*%.*)",
    { source: "/api/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
