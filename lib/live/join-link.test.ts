import QRCode from "qrcode";
import { describe, expect, it } from "vitest";
import { liveJoinUrl, pinFromQuery, qrCodeSvg, requestOrigin } from "./join-link";

const headersOf = (entries: Record<string, string>) => new Headers(entries);

describe("the live join link", () => {
  it("points at /live with the PIN in the query, on the site the host is using", () => {
    expect(liveJoinUrl("https://study.example.org", "482913")).toBe("https://study.example.org/live?pin=482913");
    expect(liveJoinUrl(requestOrigin(headersOf({ host: "localhost:3000" })), "100000")).toBe("http://localhost:3000/live?pin=100000");
    expect(requestOrigin(headersOf({ host: "10.0.0.5:3001", "x-forwarded-host": "study.example.org", "x-forwarded-proto": "https" }))).toBe(
      "https://study.example.org",
    );
    // A scheme other than http(s) is never put in the link.
    expect(requestOrigin(headersOf({ host: "study.example.org", "x-forwarded-proto": "javascript" }))).toBe("http://study.example.org");
  });

  it("falls back to the path when the Host header cannot make a URL", () => {
    expect(liveJoinUrl("http://exa mple", "482913")).toBe("/live?pin=482913");
  });

  it("prefills only a six-digit PIN from the query", () => {
    expect(pinFromQuery("482913")).toBe("482913");
    expect(pinFromQuery(" 482913 ")).toBe("482913");
    for (const bad of ["12345", "1234567", "abcdef", "<b>12</b>", undefined, ["482913", "1"]]) expect(pinFromQuery(bad)).toBe("");
  });

  it("draws the link as a QR code SVG with one square module per cell of the code", async () => {
    const url = "https://study.example.org/live?pin=482913";
    const svg = await qrCodeSvg(url);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const size = QRCode.create(url, { errorCorrectionLevel: "M" }).modules.size;
    // The quiet zone of 4 modules on each side is part of the drawing.
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).not.toContain("<script");
  });
});
