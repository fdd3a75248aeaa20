/**
 * The security headers every response carries (docs/decisions/011-security-headers.md). Plain
 * JavaScript, because next.config.js reads it as well as `proxy.ts`; types in security-headers.d.mts.
 *
 *   next.config.js `headers()`  the fixed headers on every path, and a closed CSP on API routes and
 *                               static files (constant, so they are written into the build)
 *   proxy.ts                    a fresh nonce and the page CSP on everything else, and HSTS (read from
 *                               the environment at start-up, not at build time)
 *
 * Pure functions that only build strings: the proxy runs them on every page request.
 */

/** The request header that hands the nonce to server components that render their own inline scripts. */
export const NONCE_REQUEST_HEADER = "x-nonce";

/** Reads the options from the environment: NEXTAUTH_URL is the address students type. */
export function securityHeaderOptions(env) {
  return {
    https: (env.NEXTAUTH_URL ?? "").trim().toLowerCase().startsWith("https://"),
    development: env.NODE_ENV === "development",
  };
}

/**
 * 244 random bits (two UUIDs), base64: unguessable, and in the alphabet Next.js looks for in 'nonce-…'.
 * randomUUID draws on a pool Node refills in batches, about 3 µs for both; getRandomValues asks the
 * kernel on every call, about 30 µs on a busy machine.
 */
export function createNonce() {
  const hex = (crypto.randomUUID() + crypto.randomUUID()).replaceAll("-", "");
  return Buffer.from(hex, "hex").toString("base64");
}

/**
 * The Content-Security-Policy of a page. Next.js reads the nonce back from this header on the request
 * and puts it on its own scripts; 'strict-dynamic' lets those scripts load the page's other chunks, and
 * nothing else runs: no inline script without the nonce, no inline event handler, no eval.
 */
export function contentSecurityPolicy(nonce, { https, development }) {
  const directives = [
    "default-src 'self'",
    // 'self' is ignored by browsers that understand 'strict-dynamic'; it is the fallback for those that don't.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    // Inline styles are allowed: our pages render style attributes on the server (a caption's alignment,
    // map label sizes, the drag-and-drop transform), which no nonce can cover, and Next.js's own error pages
    // (global-error, unauthorized) bring <style> elements without one. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Teacher actions must not be clickable through someone else's transparent frame.
    "frame-ancestors 'none'",
  ];
  if (https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The CSP of everything that is not a page (JSON, CSV, scripts and styles served as files): nothing may
 * load or run in it, should a browser ever open one as a document, and nothing may frame it.
 */
export const CLOSED_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/**
 * Powerful browser features the app never uses, turned off for the page and anything it embeds. Only
 * names Chromium knows: an unknown one is an error in its console (`bluetooth` is one on Linux).
 */
const DISABLED_BROWSER_FEATURES = [
  "accelerometer",
  "autoplay",
  "browsing-topics",
  "camera",
  "display-capture",
  "encrypted-media",
  "geolocation",
  "gyroscope",
  "hid",
  "idle-detection",
  "magnetometer",
  "microphone",
  "midi",
  "payment",
  "picture-in-picture",
  "publickey-credentials-get",
  "screen-wake-lock",
  "serial",
  "usb",
  "xr-spatial-tracking",
];

/** The headers that are the same on every response, whatever the request and the environment. */
export const FIXED_SECURITY_HEADERS = [
  // For browsers that predate frame-ancestors.
  ["X-Frame-Options", "DENY"],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", DISABLED_BROWSER_FEATURES.map((feature) => `${feature}=()`).join(", ")],
  // A window this site opens, or that opens it, gets no handle on the other (no tab-nabbing).
  ["Cross-Origin-Opener-Policy", "same-origin"],
];

/** Two years, the value hstspreload.org recommends; subdomains too, so no sibling can be spoofed over http. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/**
 * The paths the proxy leaves alone, for next.config.js and the proxy's matcher to agree on: route
 * handlers (the answer endpoint among them) and build files. They get the fixed headers and the closed
 * CSP from next.config.js, and skip the cost of the proxy.
 */
export const PATHS_WITHOUT_PROXY = ["/api/:path+", "/_next/static/:path+"];

/** next.config.js `headers()`: every response gets the fixed headers; API routes and build files the closed CSP. */
export function configuredSecurityHeaders() {
  const fixed = FIXED_SECURITY_HEADERS.map(([key, value]) => ({ key, value }));
  return [
    // "/(.*)", not "/:path*", which misses "/" itself.
    { source: "/(.*)", headers: fixed },
    ...PATHS_WITHOUT_PROXY.map((source) => ({
      source,
      headers: [{ key: "Content-Security-Policy", value: CLOSED_CONTENT_SECURITY_POLICY }],
    })),
  ];
}
