import { describe, expect, it } from "vitest";
import { HttpError } from "../errors";
import { readJsonBody } from "./read-json-body";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://localhost/api/example", { method: "POST", body, headers });

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}

describe("readJsonBody", () => {
  const options = { maxBytes: 32, what: "the answer" };

  it("returns the parsed body", async () => {
    expect(await readJsonBody(post('{"value":3}'), options)).toEqual({ value: 3 });
  });

  it("refuses a body that declares more than the limit with 413, before reading it", async () => {
    const error = await failure(readJsonBody(post("{}", { "content-length": "100000" }), options));
    expect([error.status, error.message]).toEqual([413, "The answer is too large."]);
  });

  it("counts bytes, not characters: 20 Arabic letters (40 bytes) are too many for 32, 12 (24 bytes) fit", async () => {
    const arabic = "ب".repeat(20);
    const error = await failure(readJsonBody(post(JSON.stringify({ text: arabic })), options));
    expect(error.status).toBe(413);
    expect(await readJsonBody(post(JSON.stringify({ t: "ب".repeat(12) })), options)).toEqual({ t: "ب".repeat(12) });
  });

  it("answers text that is not JSON with 400 and says what was expected", async () => {
    const error = await failure(readJsonBody(post("abc"), options));
    expect([error.status, error.message]).toEqual([400, "The answer must be JSON."]);
  });
});
