import { NextResponse } from "next/server";
import { submitResponse } from "@/lib/attempts/attempt-service";
import { HttpError, withAccess } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** An answer is a few short fields; the largest (an ordering or matching) is well under this. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * POST /api/attempts/:attemptId/responses  { clientResponseId, questionId, response, timeSpentMs? }
 * → 200 SubmitResult (the same clientResponseId again: recorded "duplicate", same feedback).
 * 400 bad JSON or shape, unknown question or not in this attempt; 403 after the deadline;
 * 404 not your attempt; 409 attempt finished or question already answered; 413 too large.
 */
export const POST = withAccess<{ params: Promise<{ attemptId: string }> }>(
  "study:use",
  async (request, { params, user }) => {
    const declared = Number(request.headers.get("content-length") ?? 0);
    if (declared > MAX_BODY_BYTES) throw new HttpError(413, "The answer is too large.");
    const text = await request.text();
    if (text.length > MAX_BODY_BYTES || Buffer.byteLength(text) > MAX_BODY_BYTES) {
      throw new HttpError(413, "The answer is too large.");
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new HttpError(400, "The request body must be JSON.");
    }
    const { attemptId } = await params;
    const result = await submitResponse(db(), user!, attemptId, body);
    return NextResponse.json(result);
  },
);
