import { withAccess } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client";
import { CSV_CONTENT_TYPE } from "@/lib/teaching/csv";
import { gradebookCsv } from "@/lib/teaching/exports";

export const dynamic = "force-dynamic";

/** The class gradebook as CSV: one row per student, best score per assignment. Teacher of the class only. */
export const GET = withAccess<{ params: Promise<{ classId: string }> }>("class:manage", async (_request, { params, user }) => {
  const { classId } = await params;
  const csv = await gradebookCsv(db(), user!, classId);
  return new Response(csv.body, {
    headers: {
      "Content-Type": CSV_CONTENT_TYPE,
      "Content-Disposition": csv.disposition,
      "Cache-Control": "private, no-store",
    },
  });
});
