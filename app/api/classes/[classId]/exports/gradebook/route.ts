import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { csvDownloadResponse, gradebookCsv } from "@/lib/teaching/exports";

export const dynamic = "force-dynamic";

/** The class gradebook as CSV: one row per student, best score per assignment and score per ended live session. Teacher of the class only. */
export const GET = withAccess<{ params: Promise<{ classId: string }> }>("class:manage", async (_request, { params, user }) => {
  const csv = await gradebookCsv(db(), user!, (await params).classId);
  return csvDownloadResponse(csv, csv.body);
});
