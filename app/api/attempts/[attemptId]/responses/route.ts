import { NextResponse } from "next/server";
import { submitResponse } from "@/lib/attempts/submit-answer";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { readJsonBody } from "@/lib/http/read-json-body";

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
    const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the answer" });
    const { attemptId } = await params;
    const result = await submitResponse(db(), user!, attemptId, body);
    return NextResponse.json(result);
  },
);
