import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { csvDownloadResponse, responsesCsv } from "@/lib/teaching/exports";

export const dynamic = "force-dynamic";

/** Every answer of the class as CSV, streamed. Teacher of the class only. */
export const GET = withAccess<{ params: Promise<{ classId: string }> }>("class:manage", async (_request, { params, user }) => {
  const csv = await responsesCsv(db(), user!, (await params).classId);
  return csvDownloadResponse(csv, csv.stream);
});
