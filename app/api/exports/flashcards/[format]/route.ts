import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { downloadResponse } from "@/lib/exports/download-response";
import { parseDeckFormat, studentDeckExport } from "@/lib/exports/export-service";

export const dynamic = "force-dynamic";

/** The student's own flashcards (?set= one study set) for Anki or Quizlet, without held-back cards. */
export const GET = withAccess<{ params: Promise<{ format: string }> }>("study:use", async (request, { params, user }) => {
  const { format } = await params;
  const deckFormat = parseDeckFormat(format);
  const setId = new URL(request.url).searchParams.get("set")?.trim() || undefined;
  return downloadResponse(await studentDeckExport(db(), user!.id, deckFormat, setId));
});
