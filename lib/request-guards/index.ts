/**
 * Requests Next.js itself would answer with a 500 because it cannot decode them,
 * refused with a 4xx before they reach it. The proxy (proxy.ts) calls this first
 * on every request; it reads a body only for server action calls.
 */
import { refuseMalformedServerAction } from "./server-action-call";
import { refuseMalformedPath } from "./url-path";

export async function refuseUndecodableRequest(request: Request): Promise<Response | null> {
  return refuseMalformedPath(request) ?? (await refuseMalformedServerAction(request));
}
