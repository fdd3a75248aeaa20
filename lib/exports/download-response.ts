/** An export as an HTTP download, streamed as it is written. */
import { Readable } from "node:stream";
import { attachmentDisposition } from "../teaching/csv";
import type { ExportFile } from "./export-questions";

export function downloadResponse(file: ExportFile): Response {
  return new Response(Readable.toWeb(file.body) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": attachmentDisposition(file.filename),
      "Cache-Control": "private, no-store",
      // The report's counts, for scripts; the pages show the full report beside each link.
      "X-Export-Exported": String(file.report.exported),
      "X-Export-Left-Out": String(file.report.leftOut.length),
    },
  });
}
