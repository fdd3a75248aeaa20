"use server";

import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import {
  addQuestionsToSet,
  addQuestionToSet,
  copyCustomSet,
  createCustomSet,
  deleteCustomSet,
  findEditableSet,
  moveQuestionInSet,
  removeQuestionFromSet,
  requireEditableSet,
  requireViewableSet,
  setCustomSetShared,
  updateCustomSetDetails,
  type CustomSetDetailsValues,
  type SetFieldErrors,
} from "@/lib/curation/custom-sets";
import { db } from "@/lib/db/client";
import { formFrom, nextVersion, recordIdField, textField } from "@/lib/forms/action-input";

const SETS_PATH = "/teacher/sets";
const setPath = (setId: string, notice?: string) =>
  `${SETS_PATH}/${encodeURIComponent(setId)}${notice ? `?notice=${encodeURIComponent(notice)}` : ""}`;

/**
 * The set named by the form's setId, refused (403 page) unless the signed-in teacher may edit it
 * (`edit`) or read it; a missing or malformed id is refused the same way.
 */
async function authorizeSet(form: FormData, need: "edit" | "view") {
  const setId = recordIdField(form, "setId");
  const user = await requireAccess("teaching:use", setId ? setPath(setId) : SETS_PATH);
  if (!setId) forbidden();
  const requireSet = need === "edit" ? requireEditableSet : requireViewableSet;
  const found = await forbiddenIfRefused(requireSet(db(), user, setId));
  return { user, setId: found.id };
}

function detailsFrom(form: FormData): CustomSetDetailsValues {
  return { name: textField(form, "name"), description: textField(form, "description") };
}

export interface SetDetailsState {
  version: number;
  status: "idle" | "invalid" | "saved";
  errors: SetFieldErrors;
  values: CustomSetDetailsValues;
}

export async function createSetAction(previous: SetDetailsState | null, input: FormData): Promise<SetDetailsState> {
  const user = await requireAccess("teaching:use", SETS_PATH);
  const form = formFrom(input);
  const values = detailsFrom(form);
  const result = await createCustomSet(db(), user, values);
  if (!result.ok) return { version: nextVersion(previous), status: "invalid", errors: result.errors, values };
  revalidatePath(SETS_PATH);
  redirect(setPath(result.value.setId, "created"));
}

export async function updateSetDetailsAction(previous: SetDetailsState | null, input: FormData): Promise<SetDetailsState> {
  const form = formFrom(input);
  const { user, setId } = await authorizeSet(form, "edit");
  const values = detailsFrom(form);
  const result = await updateCustomSetDetails(db(), user, setId, values);
  const version = nextVersion(previous);
  if (!result.ok) return { version, status: "invalid", errors: result.errors, values };
  revalidatePath(SETS_PATH, "layout");
  return { version, status: "saved", errors: {}, values };
}

export async function deleteSetAction(input: FormData): Promise<void> {
  const { user, setId } = await authorizeSet(formFrom(input), "edit");
  await deleteCustomSet(db(), user, setId);
  revalidatePath(SETS_PATH, "layout");
  redirect(`${SETS_PATH}?notice=deleted`);
}

export async function shareSetAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const { user, setId } = await authorizeSet(form, "edit");
  const shared = textField(form, "shared") === "true";
  await setCustomSetShared(db(), user, setId, shared);
  revalidatePath(SETS_PATH, "layout");
  redirect(setPath(setId, shared ? "shared" : "unshared"));
}

export async function copySetAction(input: FormData): Promise<void> {
  const { user, setId } = await authorizeSet(formFrom(input), "view");
  const copy = await copyCustomSet(db(), user, setId);
  revalidatePath(SETS_PATH, "layout");
  redirect(setPath(copy.setId, "copied"));
}

export async function removeQuestionAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const { user, setId } = await authorizeSet(form, "edit");
  const removed = await removeQuestionFromSet(db(), user, setId, textField(form, "questionId").slice(0, 120));
  revalidatePath(SETS_PATH, "layout");
  redirect(setPath(setId, removed ? "removed" : "not-in-set"));
}

export async function moveQuestionAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const { user, setId } = await authorizeSet(form, "edit");
  const direction = textField(form, "direction") === "up" ? "up" : "down";
  const questionId = textField(form, "questionId").slice(0, 120);
  const moved = await moveQuestionInSet(db(), user, setId, questionId, direction);
  revalidatePath(SETS_PATH, "layout");
  if (!moved) redirect(setPath(setId, "not-moved"));
  // Back to the moved question, so a keyboard user can keep moving it.
  redirect(`${setPath(setId, direction === "up" ? "moved-up" : "moved-down")}#item-${encodeURIComponent(questionId)}`);
}

export interface AddToSetState {
  version: number;
  status: "idle" | "added" | "already" | "invalid";
  message: string;
}

/** The set chosen in an "add to set" form, if the teacher may change it; null asks them to choose again. */
async function chosenEditableSet(form: FormData) {
  const user = await requireAccess("teaching:use", SETS_PATH);
  const setId = recordIdField(form, "setId");
  return { user, set: setId ? await findEditableSet(db(), user, setId) : null };
}

/** One question into one of the teacher's sets; answers with a message for a polite status line. */
export async function addToSetAction(previous: AddToSetState | null, input: FormData): Promise<AddToSetState> {
  const form = formFrom(input);
  const version = nextVersion(previous);
  const { user, set } = await chosenEditableSet(form);
  if (!set) return { version, status: "invalid", message: "Choose one of your sets." };
  const result = await addQuestionToSet(db(), user, set.id, textField(form, "questionId"));
  if (!result.ok) return { version, status: "invalid", message: Object.values(result.errors)[0] ?? "That question could not be added." };
  revalidatePath(SETS_PATH, "layout");
  return result.value === "added"
    ? { version, status: "added", message: `Added to “${set.name}”.` }
    : { version, status: "already", message: `It is already in “${set.name}”.` };
}

/** Several questions (checkboxes named questionIds) into one set, from an assignment's item analysis. */
export async function addManyToSetAction(previous: AddToSetState | null, input: FormData): Promise<AddToSetState> {
  const form = formFrom(input);
  const version = nextVersion(previous);
  const { user, set } = await chosenEditableSet(form);
  if (!set) return { version, status: "invalid", message: "Choose one of your sets." };
  const ids = form
    .getAll("questionIds")
    .filter((value): value is string => typeof value === "string" && value !== "")
    .slice(0, 100);
  if (ids.length === 0) return { version, status: "invalid", message: "Tick at least one question to add." };
  const { added, error } = await addQuestionsToSet(db(), user, set.id, ids);
  revalidatePath(SETS_PATH, "layout");
  if (error) return { version, status: "invalid", message: `${added} added to “${set.name}”; then: ${error}` };
  return { version, status: "added", message: `${added} question${added === 1 ? "" : "s"} added to “${set.name}”${added < ids.length ? " (the others were already in it)" : ""}.` };
}

/** The set page's own "add by id" form. */
export async function addByIdAction(previous: AddToSetState | null, input: FormData): Promise<AddToSetState> {
  const form = formFrom(input);
  const { user, setId } = await authorizeSet(form, "edit");
  const version = nextVersion(previous);
  const result = await addQuestionToSet(db(), user, setId, textField(form, "questionId"));
  if (!result.ok) return { version, status: "invalid", message: Object.values(result.errors)[0] ?? "That question could not be added." };
  revalidatePath(SETS_PATH, "layout");
  return result.value === "added"
    ? { version, status: "added", message: "Question added at the end of the set." }
    : { version, status: "already", message: "That question is already in this set." };
}
