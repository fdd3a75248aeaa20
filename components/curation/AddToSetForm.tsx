import { cache } from "react";
import { getCurrentUser } from "@/lib/auth/authorize";
import { listOwnCustomSets } from "@/lib/curation/custom-sets";
import { db } from "@/lib/db/client";
import { AddToSetControls } from "./AddToSetControls";

/** The signed-in teacher's sets, read once per request however many rows show the form. */
const mySets = cache(async () => {
  const user = await getCurrentUser();
  if (!user || user.role !== "teacher") return null;
  const sets = await listOwnCustomSets(db(), user);
  return sets.map((set) => ({ id: set.id, name: set.name }));
});

/**
 * "Add to my set" for one question (bank id, "tq:<id>" or a versioned id): a select of the teacher's
 * sets and an Add button, with a polite status line. Renders nothing for anyone but a teacher.
 */
export async function AddToSetForm({ questionId }: { questionId: string }) {
  const sets = await mySets();
  if (!sets) return null;
  return <AddToSetControls sets={sets} questionId={questionId} />;
}

/** The same, for the ticked rows of a list (checkboxes named "questionIds" with form={formId}). */
export async function AddTickedToSetForm({ formId, label }: { formId: string; label?: string }) {
  const sets = await mySets();
  if (!sets) return null;
  return <AddToSetControls sets={sets} formId={formId} label={label} />;
}
