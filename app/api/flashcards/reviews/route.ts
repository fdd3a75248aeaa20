import { NextResponse } from "next/server";
import { HttpError, withAccess } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client";
import { recordReview } from "@/lib/flashcards/flashcard-service";

export const dynamic = "force-dynamic";

/** A review is a few short fields; anything larger is not one. */
const MAX_BODY_BYTES = 4 * 1024;

/**
 * POST /api/flashcards/reviews  { clientReviewId, cardId, rating: 1-4 }
 * → 200 ReviewResult (a repeated clientReviewId returns the stored result, recorded: "duplicate").
 * 400 bad JSON, unknown card or rating outside 1-4; 409 review id reused for a different review; 413 too large.
 */
export const POST = withAccess("study:use", async (request, { user }) => {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, "The review is too large.");
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) throw new HttpError(413, "The review is too large.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new HttpError(400, "The review must be JSON.");
  }
  const result = await recordReview(db(), user!, body);
  return NextResponse.json(result);
});
