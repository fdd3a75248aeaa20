import { withAccess } from "@/lib/auth/authorize";
import { downloadResponse } from "@/lib/exports/download-response";
import { parseExportFormat, studySetExport } from "@/lib/exports/export-service";

export const dynamic = "force-dynamic";

/** A study set's questions, keys included, for another tool (docs/exports.md). Teachers only. */
export const GET = withAccess<{ params: Promise<{ setId: string; format: string }> }>("teaching:use", async (_request, { params }) => {
  const { setId, format } = await params;
  return downloadResponse(studySetExport(setId, parseExportFormat(format)));
});
