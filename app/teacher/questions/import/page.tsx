import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { ImportForm } from "@/components/curation/authoring/ImportForm";
import { requireAccess } from "@/lib/auth/authorize";
import { authoringCatalog } from "@/lib/curation/authoring/catalog";

export const metadata: Metadata = { title: "Import questions" };

export default async function ImportQuestionsPage() {
  await requireAccess("teaching:use", "/teacher/questions/import");
  return (
    <>
      <BackLink href="/teacher/questions">Questions</BackLink>
      <h1>Import questions</h1>
      <p>
        Paste or upload questions in GIFT or in the question spreadsheet’s CSV layout. You will see every question first, with
        any problem and the line it is on; nothing is saved until you confirm, and then all of them are saved together.
      </p>
      <ImportForm studySets={authoringCatalog().studySets} />
    </>
  );
}
