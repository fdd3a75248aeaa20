import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  clientAddress,
  installPeerAddressHeader,
  normalizeAddress,
  PEER_ADDRESS_HEADER,
  resolveClientAddress,
  UNKNOWN_CLIENT_ADDRESS,
} from "./client-address";

/** The key normalizeAddress gives an address, by the behaviour it shows. */
const ADDRESS_KEYS: Record<string, { address: string; key: string }[]> = {
  "keeps IPv4, unwraps IPv4-mapped IPv6 and strips the ports and brackets proxies add": [
    { address: "203.0.113.7", key: "203.0.113.7" },
    { address: " ::ffff:203.0.113.7 ", key: "203.0.113.7" },
    { address: "203.0.113.7:51234", key: "203.0.113.7" },
    { address: "[2001:db8::1]:443", key: "2001:db8:0:0::/64" },
  ],
  "groups IPv6 by /64, so one connection cannot rotate through its prefix": [
    { address: "2001:db8:1:2:aaaa::1", key: "2001:db8:1:2::/64" },
    { address: "2001:0DB8:0001:0002:ffff:ffff:ffff:ffff", key: "2001:db8:1:2::/64" },
    { address: "::1", key: "0:0:0:0::/64" },
    { address: "fe80::1%eth0", key: "fe80:0:0:0::/64" },
  ],
};

describe("normalizeAddress", () => {
  for (const [behaviour, cases] of Object.entries(ADDRESS_KEYS)) {
    it.each(cases)(`${behaviour}: $address → $key`, ({ address, key }) => {
      expect(normalizeAddress(address)).toBe(key);
    });
  }

  it.each(["", "unknown", "example.org", "1.2.3", "999.1.1.1", "1.2.3.4, 5.6.7.8", undefined, null])(
    "refuses what is not an address: %j",
    (junk) => {
      expect(normalizeAddress(junk)).toBeNull();
    },
  );
});

describe("resolveClientAddress", () => {
  it("with no trusted proxy, uses the socket address whatever X-Forwarded-For says", () => {
    const seen = new Set(
      ["1.1.1.1", "2.2.2.2, 3.3.3.3", "", "garbage"].map((forwardedFor) =>
        resolveClientAddress({ forwardedFor, peerAddress: "::ffff:198.51.100.20", trustProxyHops: 0 }),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.20"]);
  });

  it("behind one proxy, takes the entry that proxy appended (the rightmost), not the client's", () => {
    const behindBalancer = (forwardedFor: string) =>
      resolveClientAddress({ forwardedFor, peerAddress: "10.0.0.2", trustProxyHops: 1 });
    expect(behindBalancer("203.0.113.7")).toBe("203.0.113.7");
    expect(behindBalancer("6.6.6.6, 203.0.113.7")).toBe("203.0.113.7");
    expect(behindBalancer("7.7.7.7, 8.8.8.8, 203.0.113.7")).toBe("203.0.113.7");
  });

  it("behind two proxies, takes the second entry from the right", () => {
    expect(
      resolveClientAddress({ forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.9", peerAddress: "10.0.0.2", trustProxyHops: 2 }),
    ).toBe("203.0.113.7");
    // A request that skipped the outer proxy has one entry too few: the furthest one is used.
    expect(resolveClientAddress({ forwardedFor: "203.0.113.7", peerAddress: "10.0.0.2", trustProxyHops: 2 })).toBe("203.0.113.7");
  });

  it("falls back to the socket address when a proxy sent no header, and to one shared bucket when nothing is known", () => {
    expect(resolveClientAddress({ forwardedFor: undefined, peerAddress: "10.0.0.2", trustProxyHops: 1 })).toBe("10.0.0.2");
    expect(resolveClientAddress({ forwardedFor: "1.1.1.1", peerAddress: undefined, trustProxyHops: 0 })).toBe(UNKNOWN_CLIENT_ADDRESS);
    expect(resolveClientAddress({ forwardedFor: "6.6.6.6, unknown", peerAddress: "10.0.0.2", trustProxyHops: 1 })).toBe(
      UNKNOWN_CLIENT_ADDRESS,
    );
  });
});

// Runs before the hook is installed below: until then, the peer header could have come from the client.
describe("clientAddress without the hook", () => {
  it("ignores a peer-address header nobody stamped", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "203.0.113.7" }, 0)).toBe(UNKNOWN_CLIENT_ADDRESS);
  });
});

describe("clientAddress on a real Node.js HTTP server", () => {
  let server: http.Server;
  let port: number;
  const seen: string[] = [];
  beforeAll(async () => {
    installPeerAddressHeader();
    installPeerAddressHeader(); // idempotent: instrumentation may run more than once in dev
    server = http.createServer((request, response) => {
      seen.push(request.headers[PEER_ADDRESS_HEADER] as string);
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ hops0: clientAddress(request.headers, 0), hops1: clientAddress(request.headers, 1) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  async function ask(headers: Record<string, string>): Promise<{ hops0: string; hops1: string }> {
    const response = await fetch(`http://127.0.0.1:${port}/`, { headers });
    return (await response.json()) as { hops0: string; hops1: string };
  }

  it("stamps the socket address over anything the client sent, so forged headers change nothing at hops=0", async () => {
    const answers = await Promise.all([
      ask({}),
      ask({ "X-Forwarded-For": "6.6.6.6" }),
      ask({ "X-Forwarded-For": "7.7.7.7, 8.8.8.8" }),
      ask({ [PEER_ADDRESS_HEADER]: "9.9.9.9", "X-Forwarded-For": "9.9.9.9" }),
    ]);
    expect(answers.map((answer) => answer.hops0)).toEqual(["127.0.0.1", "127.0.0.1", "127.0.0.1", "127.0.0.1"]);
    expect(seen.every((value) => value.endsWith("127.0.0.1"))).toBe(true);
    // Behind one proxy, the proxy's own entry is the rightmost one.
    expect(answers.map((answer) => answer.hops1)).toEqual(["127.0.0.1", "6.6.6.6", "8.8.8.8", "9.9.9.9"]);
  });
});
