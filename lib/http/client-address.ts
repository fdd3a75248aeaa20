/**
 * The client address that sign-in and join throttling count against
 * (docs/decisions/009-sign-in-and-join-throttling.md).
 *
 * What `next start` hands a route handler or server action (measured on Next.js 16.4):
 * it sets `X-Forwarded-For` to the socket's remote address only when the request has
 * none (`??=`), and otherwise passes the client's header through untouched, without
 * appending anything. So the header alone can always be forged, and the socket address
 * is lost whenever a client sends one. `installPeerAddressHeader` (called once from
 * instrumentation.ts) recovers it: Node's `http.server.request.start` diagnostics channel
 * fires before Next.js sees the request, and we overwrite `PEER_ADDRESS_HEADER` with the
 * socket's remote address, so a client cannot choose its value either.
 *
 * `clientAddress` then follows TRUST_PROXY_HOPS: 0 (the default) uses the socket address
 * and ignores X-Forwarded-For; N > 0 takes the entry the N-th proxy from the app appended,
 * i.e. the N-th from the right (one load balancer: the rightmost), ignoring whatever the
 * client put to its left.
 */
import { subscribe } from "node:diagnostics_channel";
import type { IncomingMessage } from "node:http";
import { isIP, type Socket } from "node:net";

/** Set by installPeerAddressHeader on every request, overwriting anything the client sent. */
export const PEER_ADDRESS_HEADER = "x-app-peer-address";

/**
 * The bucket for a request whose address cannot be known (the hook is not installed, or a
 * trusted proxy wrote something that is not an address). Shared, so it never escapes throttling.
 */
export const UNKNOWN_CLIENT_ADDRESS = "unknown";

// One flag per process, on globalThis: instrumentation and each route bundle load their own copy of this module.
const HOOK_INSTALLED = Symbol.for("idlib-aleppo-study.peer-address-header");
type HookFlag = { [HOOK_INSTALLED]?: boolean };

/** Stamps every incoming request with its socket's remote address. Idempotent; Node.js servers only. */
export function installPeerAddressHeader(): void {
  const flag = globalThis as HookFlag;
  if (flag[HOOK_INSTALLED]) return;
  subscribe("http.server.request.start", (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_ADDRESS_HEADER] = socket.remoteAddress ?? UNKNOWN_CLIENT_ADDRESS;
  });
  flag[HOOK_INSTALLED] = true;
}

function peerAddressHeaderIsTrusted(): boolean {
  // Without the hook nothing overwrites the header, so a client could have set it.
  return (globalThis as HookFlag)[HOOK_INSTALLED] === true;
}

/**
 * A throttling key for one address: IPv4 as is (IPv4-mapped IPv6 unwrapped), IPv6 by its /64
 * prefix, since one home or phone connection is handed a whole /64 to rotate through.
 * Accepts the forms proxies write: `1.2.3.4:5678`, `[2001:db8::1]:443`. Null when not an address.
 */
export function normalizeAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = value.replace(/%.*$/, ""); // zone index (fe80::1%eth0)
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const mapped = /^::ffff:(\d{1,3}(\.\d{1,3}){3})$/i.exec(value);
  if (mapped) return mapped[1]!;
  return `${ipv6Groups(value).slice(0, 4).join(":")}::/64`;
}

/** The eight 16-bit groups of a valid IPv6 address, lower-case, without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address.toLowerCase();
  const embeddedIpv4 = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (embeddedIpv4) {
    const [a, b, c, d] = embeddedIpv4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, embeddedIpv4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - headGroups.length - tailGroups.length).fill("0");
  return [...headGroups, ...zeros, ...tailGroups].map((group) => parseInt(group, 16).toString(16));
}

/** The decision itself, on plain values (see the module comment). */
export function resolveClientAddress(input: {
  forwardedFor: string | null | undefined;
  peerAddress: string | null | undefined;
  trustProxyHops: number;
}): string {
  const peer = normalizeAddress(input.peerAddress);
  if (input.trustProxyHops <= 0) return peer ?? UNKNOWN_CLIENT_ADDRESS;
  // Each proxy appends the address it received the request from, so the right end is
  // what our own proxies wrote and everything further left is the client's to invent.
  const entries = (input.forwardedFor ?? "").split(",").map((entry) => entry.trim());
  if (entries.length === 1 && entries[0] === "") return peer ?? UNKNOWN_CLIENT_ADDRESS;
  // Fewer entries than hops: the request skipped a proxy; the furthest entry is the best we have.
  const index = Math.max(0, entries.length - input.trustProxyHops);
  return normalizeAddress(entries[index]) ?? UNKNOWN_CLIENT_ADDRESS;
}

type HeaderSource = Headers | Record<string, unknown> | undefined | null;

function headerValue(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.join(", ");
  return undefined;
}

/**
 * The address to throttle a request on, from its headers (a `Headers` from next/headers, or the
 * plain object next-auth passes to `authorize`) and TRUST_PROXY_HOPS (`serverEnv().trustProxyHops`).
 */
export function clientAddress(headers: HeaderSource, trustProxyHops: number): string {
  return resolveClientAddress({
    forwardedFor: headerValue(headers, "x-forwarded-for"),
    peerAddress: peerAddressHeaderIsTrusted() ? headerValue(headers, PEER_ADDRESS_HEADER) : undefined,
    trustProxyHops,
  });
}
