/**
 * The link and QR code the host projects in the lobby: /live?pin=123456 on this site, so a phone
 * that scans it lands on the join form with the PIN already typed. The QR code is drawn on the
 * server as SVG, so the host page loads no QR code library.
 */
import "server-only";
import QRCode from "qrcode";
import { PIN_LENGTH } from "./live-rules";

/** The absolute join link for a PIN, on the site at `origin` ("https://study.example.org"). */
export function liveJoinUrl(origin: string, pin: string): string {
  const path = `/live?pin=${encodeURIComponent(pin)}`;
  try {
    return new URL(path, origin).toString();
  } catch {
    // A Host header no URL can hold: the path still works when typed on this site.
    return path;
  }
}

/** The origin the request came to, as the browser sees it (behind a proxy, its forwarded host and scheme). */
export function requestOrigin(headers: Pick<Headers, "get">): string {
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || "localhost";
  const local = host.startsWith("localhost") || host.startsWith("127.") || host.startsWith("[::1]");
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || (local ? "http" : "https");
  return `${proto === "https" ? "https" : "http"}://${host}`;
}

/** A QR code of `text` as an SVG document: dark modules on white with the standard quiet zone. */
export async function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}

/** The PIN a join link carries, if it is one (six digits); anything else is ignored. */
export function pinFromQuery(value: string | string[] | undefined): string {
  const pin = typeof value === "string" ? value.trim() : "";
  return new RegExp(`^\\d{${PIN_LENGTH}}$`).test(pin) ? pin : "";
}
