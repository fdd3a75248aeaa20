import { withAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { downloadResponse } from "@/lib/exports/download-response";
import { assignmentExport, parseExportFormat } from "@/lib/exports/export-service";

export const dynamic = "force-dynamic";

/** The questions of an assignment, keys included (docs/exports.md). The teacher of its class only. */
export const GET = withAccess<{ params: Promise<{ assignmentId: string; format: string }> }>(
  "class:manage",
  async (_request, { params, user }) => {
    const { assignmentId, format } = await params;
    const exportFormat = parseExportFormat(format);
    return downloadResponse(await assignmentExport(db(), user!, assignmentId, exportFormat));
  },
);
