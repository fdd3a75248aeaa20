import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { downloadResponse } from "@/lib/exports/download-response";
import { customSetExport, parseExportFormat } from "@/lib/exports/export-service";

export const dynamic = "force-dynamic";

/** A custom set's questions, keys included (docs/exports.md). Its owner, or any teacher when it is shared. */
export const GET = withAccess<{ params: Promise<{ setId: string; format: string }> }>("teaching:use", async (_request, { params, user }) => {
  const { setId, format } = await params;
  const exportFormat = parseExportFormat(format);
  return downloadResponse(await customSetExport(db(), user!, setId, exportFormat));
});
