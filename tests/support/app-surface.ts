/**
 * Everything a client can call, read from a production build: every route
 * handler (with the HTTP methods its source exports) and every server action
 * (with the pages that can run it). Read from the build rather than listed by
 * hand, so a route or action someone adds is covered the day it is added.
 *
 *   <distDir>/server/app-paths-manifest.json        "/api/health/route": "app/api/health/route.js", …
 *   <distDir>/server/server-reference-manifest.json { node: { <actionId>: { workers: { "app/…/page": … },
 *                                                    filename, exportedName } }, edge: { … } }
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface RouteHandler {
  /** "/api/attempts/[attemptId]/finish" */
  pattern: string;
  /** The methods the handler exports; Next.js answers 405 to the others. */
  methods: HttpMethod[];
  /** Dynamic segments in order: "attemptId", or "...nextauth" for a catch-all. */
  params: string[];
  /** Paths the build rendered ahead of time (generateStaticParams), e.g. "/serwist/sw.js". */
  prerendered: string[];
}

export interface ServerAction {
  id: string;
  /** "createClassAction" */
  name: string;
  /** "app/teacher/actions.ts" */
  file: string;
  /** Route patterns of the pages that import it: "/teacher/classes/[classId]/roster". */
  pages: string[];
}

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** "app/(auth)/sign-up/page" or "/(auth)/sign-up/page" → "/sign-up". */
export function routePatternOf(entry: string): string {
  const segments = entry
    .replace(/^\/?app\//, "")
    .replace(/^\//, "")
    .split("/")
    .slice(0, -1) // "page" or "route"
    .filter((segment) => !(segment.startsWith("(") && segment.endsWith(")")) && !segment.startsWith("@"));
  return `/${segments.join("/")}`;
}

export function paramsOf(pattern: string): string[] {
  return [...pattern.matchAll(/\[(?:\[)?(\.\.\.)?([^\]]+)\]/g)].map((m) => `${m[1] ?? ""}${m[2]}`);
}

/** The HTTP methods a route.ts exports (export const GET, export async function POST, export { h as GET }, export const { GET } = …). */
export function exportedMethods(source: string): HttpMethod[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) found.add(m[1]!);
  // export { handler as GET }, and export const { GET } = createRoute(…)
  for (const block of source.matchAll(/export\s*(?:const\s*)?\{([^}]*)\}/g)) {
    for (const specifier of block[1]!.split(",")) found.add(specifier.trim().split(/\s+as\s+/).pop() ?? "");
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

export function discoverRouteHandlers(distDir: string): RouteHandler[] {
  const manifest = readJson(path.join(root, distDir, "server", "app-paths-manifest.json")) as Record<string, string>;
  const prerender = readJson(path.join(root, distDir, "prerender-manifest.json")) as { routes: Record<string, { srcRoute?: string }> };
  return Object.keys(manifest)
    .filter((entry) => entry.endsWith("/route"))
    .map((entry) => {
      const pattern = routePatternOf(entry);
      const source = ["ts", "tsx", "js"]
        .map((ext) => path.join(root, "app", entry.replace(/^\//, ""), "..", `route.${ext}`))
        .find((file) => fs.existsSync(file));
      // No route.ts: a file-based metadata route (app/icon.svg), which answers GET only.
      const methods: HttpMethod[] = source ? exportedMethods(fs.readFileSync(source, "utf8")) : ["GET"];
      const prerendered = Object.entries(prerender.routes)
        .filter(([route, info]) => info.srcRoute === pattern && route !== pattern)
        .map(([route]) => route);
      return { pattern, methods, params: paramsOf(pattern), prerendered };
    })
    .sort((a, b) => a.pattern.localeCompare(b.pattern));
}

export function discoverServerActions(distDir: string): ServerAction[] {
  const manifest = readJson(path.join(root, distDir, "server", "server-reference-manifest.json")) as Record<
    string,
    Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>
  >;
  const actions: ServerAction[] = [];
  for (const runtime of ["node", "edge"]) {
    for (const [id, entry] of Object.entries(manifest[runtime] ?? {})) {
      const pages = Object.keys(entry.workers)
        .filter((worker) => worker.endsWith("/page"))
        .map(routePatternOf);
      actions.push({ id, name: entry.exportedName ?? id, file: entry.filename ?? "?", pages: [...new Set(pages)].sort() });
    }
  }
  return actions.sort((a, b) => `${a.file} ${a.name}`.localeCompare(`${b.file} ${b.name}`));
}

/** A route pattern with its dynamic segments filled (each value URL-encoded unless `raw`). */
export function fillPattern(pattern: string, values: Record<string, string | string[]>, { raw = false } = {}): string {
  const encode = (value: string) => (raw ? value : encodeURIComponent(value.toWellFormed()));
  return pattern.replace(/\[(?:\[)?(\.\.\.)?([^\]]+)\]\]?/g, (_whole, rest: string | undefined, name: string) => {
    const value = values[`${rest ?? ""}${name}`] ?? values[name] ?? "";
    return Array.isArray(value) ? value.map(encode).join("/") : encode(value);
  });
}

// ---------------------------------------------------------------------------
// Calling a server action the way the browser does

const requireFromHere = createRequire(import.meta.url);
type EncodeReply = (value: unknown) => Promise<string | FormData>;
let encodeReplyFn: EncodeReply | undefined;

/**
 * React's own encoder for server action arguments (the one next's client router uses), from the
 * copy of React that Next.js ships. A FormData argument becomes a multipart body whose fields are
 * prefixed with its reference ("_1_name"), with the argument list in field "0"; simple arguments
 * become a JSON text body.
 */
export async function encodeActionArguments(args: unknown[]): Promise<{ body: string | FormData; contentType?: string }> {
  encodeReplyFn ??= (
    requireFromHere(path.join(root, "node_modules/next/dist/compiled/react-server-dom-webpack/client.node.js")) as {
      encodeReply: EncodeReply;
    }
  ).encodeReply;
  const body = await encodeReplyFn(args.map(plainValue));
  // fetch() sets the multipart boundary itself for a FormData body.
  return typeof body === "string" ? { body, contentType: "text/plain;charset=UTF-8" } : { body };
}

/**
 * React refuses to encode objects without a prototype (fast-check makes some), which a browser could
 * never send either: such values are rebuilt as plain objects. Forms, files and undefined pass as they are.
 */
function plainValue(value: unknown): unknown {
  if (value === undefined || value instanceof FormData || value instanceof Blob) return value;
  return JSON.parse(JSON.stringify(value) ?? "null");
}

/** Headers the browser's router sends with a server action call. */
export function actionHeaders(actionId: string, origin: string, contentType?: string): Record<string, string> {
  return {
    "next-action": actionId,
    accept: "text/x-component",
    origin,
    ...(contentType ? { "content-type": contentType } : {}),
  };
}

/**
 * A server error inside a React Server Components reply: a row like `1:E{"digest":"2435670990"}`.
 * Digests of redirect(), notFound() and forbidden() start with NEXT_ and are not errors.
 */
export function serverErrorDigest(body: string): string | null {
  for (const m of body.matchAll(/:E\{"digest":"([^"]*)"/g)) {
    if (!m[1]!.startsWith("NEXT_")) return m[1]!;
  }
  return null;
}
