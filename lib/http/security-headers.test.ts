import { describe, expect, it } from "vitest";
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info";
import { getScriptNonceFromHeader } from "next/dist/server/app-render/get-script-nonce-from-header";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { getPathMatch } from "next/dist/shared/lib/router/utils/path-match";
import { config as proxyConfig } from "../../proxy";
import {
  CLOSED_CONTENT_SECURITY_POLICY,
  FIXED_SECURITY_HEADERS,
  configuredSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  securityHeaderOptions,
  type SecurityHeaderOptions,
} from "./security-headers.mjs";

const LOCAL: SecurityHeaderOptions = { https: false, development: false };
const PUBLIC_SITE: SecurityHeaderOptions = { https: true, development: false };

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe("securityHeaderOptions", () => {
  it("treats the site as HTTPS only when NEXTAUTH_URL says so", () => {
    expect(securityHeaderOptions({ NEXTAUTH_URL: "https://study.example.org" }).https).toBe(true);
    expect(securityHeaderOptions({ NEXTAUTH_URL: " HTTPS://study.example.org" }).https).toBe(true);
    expect(securityHeaderOptions({ NEXTAUTH_URL: "http://localhost:3000" }).https).toBe(false);
    expect(securityHeaderOptions({}).https).toBe(false);
  });

  it("recognises next dev", () => {
    expect(securityHeaderOptions({ NODE_ENV: "development" }).development).toBe(true);
    expect(securityHeaderOptions({ NODE_ENV: "production" }).development).toBe(false);
  });
});

describe("createNonce", () => {
  it("is different every time, and 32 bytes of base64", () => {
    const nonces = new Set(Array.from({ length: 1000 }, createNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{43}=$/);
  });
});

describe("contentSecurityPolicy (pages)", () => {
  it("lets only scripts with this response's nonce run, and what they load", () => {
    const policy = directives(contentSecurityPolicy("abc123==", LOCAL));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
  });

  it("is the header Next.js reads the nonce back from", () => {
    const nonce = createNonce();
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce, PUBLIC_SITE))).toBe(nonce);
  });

  it("refuses every framing of the site, and forms and connections to other sites", () => {
    const policy = directives(contentSecurityPolicy(createNonce(), LOCAL));
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
    expect(policy["connect-src"]).toEqual(["'self'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
  });

  it("allows inline styles, which server-rendered style attributes need, without a nonce that would cancel that", () => {
    // A nonce in style-src makes browsers ignore 'unsafe-inline' there.
    expect(directives(contentSecurityPolicy(createNonce(), LOCAL))["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
  });

  it("allows the service worker and the web app manifest from this site", () => {
    const policy = directives(contentSecurityPolicy(createNonce(), LOCAL));
    expect(policy["worker-src"]).toEqual(["'self'"]);
    expect(policy["manifest-src"]).toEqual(["'self'"]);
  });

  it("upgrades http:// subresources only on an HTTPS site, where a local http:// install would break", () => {
    expect(directives(contentSecurityPolicy("n", PUBLIC_SITE))).toHaveProperty("upgrade-insecure-requests");
    expect(directives(contentSecurityPolicy("n", LOCAL))).not.toHaveProperty("upgrade-insecure-requests");
  });

  it("allows eval only under next dev", () => {
    expect(directives(contentSecurityPolicy("n", LOCAL))["script-src"]).not.toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy("n", { https: false, development: true }))["script-src"]).toContain("'unsafe-eval'");
    for (const options of [LOCAL, PUBLIC_SITE]) {
      expect(directives(contentSecurityPolicy("n", options))["script-src"]).not.toContain("'unsafe-inline'");
    }
  });
});

describe("the headers every response gets", () => {
  it("forbid framing and sniffing, trim referrers, turn off unused features and isolate the window", () => {
    const headers = Object.fromEntries(FIXED_SECURITY_HEADERS);
    expect(headers).toMatchObject({
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Opener-Policy": "same-origin",
    });
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) {
      expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
    }
  });

  it("give what is not a page a CSP under which nothing loads and nothing frames it", () => {
    expect(directives(CLOSED_CONTENT_SECURITY_POLICY)).toEqual({ "default-src": ["'none'"], "frame-ancestors": ["'none'"] });
  });
});

describe("who sets which header, for every kind of path", () => {
  // Next.js's own matching: the proxy's matcher as the build compiles it, and next.config.js header sources.
  // getMiddlewareMatchers is what `next build` runs on the matcher; Next.js does not export its type.
  const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
    getMiddlewareMatchers(matcher: unknown[], nextConfig: object): Parameters<typeof getMiddlewareRouteMatcher>[0];
  };
  // Matched as Next.js matches, `has` conditions included, for a JSON request (what the app sends its route handlers).
  const proxyMatches = getMiddlewareRouteMatcher(getMiddlewareMatchers(proxyConfig.matcher, {}));
  const proxyRuns = (path: string) => proxyMatches(path, { headers: { "content-type": "application/json" } } as never, {});
  const configuredFor = (path: string) =>
    configuredSecurityHeaders()
      .filter(({ source }) => getPathMatch(source, { strict: true, removeUnnamedParams: true })(path) !== false)
      .flatMap(({ headers }) => headers.map(({ key }) => key));

  const PAGES = ["/", "/sign-in", "/teacher/classes/c1/roster", "/no-such-page", "/api", "/serwist/sw.js", "/icon.svg", "/student/quiz/a1.rsc"];
  const NOT_PAGES = [
    "/api/health",
    "/api/auth/callback/credentials",
    "/api/attempts/a1/responses",
    "/api/classes/c1/exports/gradebook",
    "/_next/static/chunks/main.js",
    "/_next/static/chunks/app.css",
  ];

  it("runs the proxy (nonce CSP) on pages and not on route handlers or build files, which get the closed CSP", () => {
    for (const path of PAGES) {
      expect(proxyRuns(path), `proxy on ${path}`).toBe(true);
      expect(configuredFor(path), `configured CSP on ${path}`).not.toContain("Content-Security-Policy");
    }
    for (const path of NOT_PAGES) {
      expect(proxyRuns(path), `proxy on ${path}`).toBe(false);
      expect(configuredFor(path).filter((key) => key === "Content-Security-Policy"), `configured CSP on ${path}`).toHaveLength(1);
    }
  });

  it("sends the fixed headers on every path", () => {
    for (const path of [...PAGES, ...NOT_PAGES]) {
      expect(configuredFor(path), path).toEqual(expect.arrayContaining(FIXED_SECURITY_HEADERS.map(([name]) => name)));
    }
  });
});
