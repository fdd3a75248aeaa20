import { NextResponse } from "next/server";
import { finishAttempt } from "@/lib/attempts/finish-attempt";
import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/**
 * POST /api/attempts/:attemptId/finish → 200 AttemptSummary (finishing twice is harmless).
 * 404 not your attempt.
 */
export const POST = withAccess<{ params: Promise<{ attemptId: string }> }>("study:use", async (_request, { params, user }) => {
  const { attemptId } = await params;
  return NextResponse.json(await finishAttempt(db(), user!, attemptId));
});
