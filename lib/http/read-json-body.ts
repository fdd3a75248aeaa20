import { HttpError } from "../errors";

/**
 * Reads a small JSON request body, refusing anything over `maxBytes` (413) before parsing it and
 * anything that is not JSON (400). Both checks come first, so a route never parses an oversized body.
 * `what` names the body in the messages: "The answer is too large."
 */
export async function readJsonBody(request: Request, options: { maxBytes: number; what: string }): Promise<unknown> {
  const tooLarge = () => new HttpError(413, `${capitalize(options.what)} is too large.`);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > options.maxBytes) throw tooLarge();
  const text = await request.text();
  // The length test is cheap and exact for ASCII; the byte count catches multi-byte text.
  if (text.length > options.maxBytes || Buffer.byteLength(text) > options.maxBytes) throw tooLarge();
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, `${capitalize(options.what)} must be JSON.`);
  }
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
