import { NextResponse } from "next/server";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { recordReview } from "@/lib/flashcards/flashcard-service";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** A review is a few short fields; anything larger is not one. */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * POST /api/flashcards/reviews  { clientReviewId, cardId, rating: 1-4 }
 * → 200 ReviewResult (a repeated clientReviewId returns the stored result, recorded: "duplicate").
 * 400 bad JSON, unknown card or rating outside 1-4; 409 review id reused for a different review; 413 too large.
 */
export const POST = withAccess("study:use", async (request, { user }) => {
  const body = await readJsonBody(request, { maxBytes: MAX_BODY_BYTES, what: "the review" });
  const result = await recordReview(db(), user!, body);
  return NextResponse.json(result);
});
