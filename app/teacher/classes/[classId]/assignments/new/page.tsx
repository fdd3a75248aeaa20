import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { AssignmentForm } from "@/components/teaching/AssignmentForm";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { requireOwnClass } from "@/lib/classes/class-access";
import { db } from "@/lib/db/client";
import { defaultDueLocal, emptyAssignmentFormValues } from "@/lib/teaching/assignment-schemas";
import { listStudySetChoices } from "@/lib/teaching/assignments";
import { listAssignableCustomSets } from "@/lib/curation/custom-sets";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage(props: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<{ customSetId?: string | string[] }>;
}) {
  const { classId } = await props.params;
  const { customSetId } = await props.searchParams;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/assignments/new`);
  const klass = await forbiddenIfRefused(requireOwnClass(db(), user, classId));
  const sets = listStudySetChoices()
    .filter((set) => set.questionCount > 0)
    .map(({ id, title, questionCount }) => ({ id, title, questionCount }));
  const dueAt = defaultDueLocal(new Date());
  const customSets = await listAssignableCustomSets(db(), user);
  // Arriving from a custom set's "Assign" link: that set, chosen.
  const chosenSet = customSets.find((set) => set.id === customSetId);
  const initialValues = emptyAssignmentFormValues(
    chosenSet ? { dueAt, source: "custom", customSetId: chosenSet.id } : { dueAt },
  );

  return (
    <>
      <BackLink href={`/teacher/classes/${klass.id}`}>{klass.name}</BackLink>
      <h1>New assignment</h1>
      <p>
        For <strong>{klass.name}</strong>. Each student gets questions drawn from the bank for the set or topics you
        choose; use “Preview questions” to see how many match.
      </p>
      <AssignmentForm classId={klass.id} sets={sets} customSets={customSets} initialValues={initialValues} />
    </>
  );
}
