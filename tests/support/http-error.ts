import { expect } from "vitest";
import { HttpError } from "../../lib/errors";

/** Awaits a promise that must fail with an HttpError, and returns that error for its status and message. */
export async function rejection(promise: Promise<unknown>): Promise<HttpError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return error as HttpError;
}
