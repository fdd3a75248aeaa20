"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { forbidden, redirect } from "next/navigation";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import type { Actor } from "@/lib/auth/policy";
import { requireOwnAssignment, requireOwnClass } from "@/lib/classes/class-access";
import { createClass, regenerateJoinCode, setJoiningEnabled } from "@/lib/classes/manage-class";
import { removeStudent, restoreStudent } from "@/lib/classes/roster";
import { db } from "@/lib/db/client";
import type { Database } from "@/lib/db/create-client";
import { formFrom, nextVersion, recordIdField, textField as field } from "@/lib/forms/action-input";
import {
  assignmentValuesFromForm,
  extensionValuesFromForm,
  settingsValuesFromForm,
  type AssignmentFormValues,
  type AssignmentSettingsValues,
  type ExtensionValues,
  type FieldErrors,
  type Parsed,
} from "@/lib/teaching/assignment-schemas";
import {
  createAssignment,
  previewAssignmentChoice,
  removeExtension,
  saveExtension,
  updateAssignmentSettings,
  type AssignmentPreview,
} from "@/lib/teaching/assignments";

/**
 * Loads the class named by the form's classId and refuses (403 page) unless the signed-in
 * teacher owns it; a missing or malformed id is refused the same way. Returns the class id,
 * now known to be one of ours, so redirects built from it are safe.
 */
async function authorizeClass(form: FormData) {
  const classId = recordIdField(form, "classId");
  const user = await requireAccess("class:manage", classId ? `/teacher/classes/${classId}` : "/teacher");
  if (!classId) forbidden();
  const klass = await forbiddenIfRefused(requireOwnClass(db(), user, classId));
  return { user, classId: klass.id };
}

/** As authorizeClass, for the assignment named by the form's assignmentId. */
async function authorizeAssignment(form: FormData) {
  const assignmentId = recordIdField(form, "assignmentId");
  const user = await requireAccess("class:manage", "/teacher");
  if (!assignmentId) forbidden();
  return { user, assignment: await forbiddenIfRefused(requireOwnAssignment(db(), user, assignmentId)) };
}

const rosterPath = (classId: string, notice: string) =>
  `/teacher/classes/${encodeURIComponent(classId)}/roster?notice=${encodeURIComponent(notice)}`;

// ---------------------------------------------------------------------------
// Classes

export interface CreateClassState {
  status: "idle" | "invalid";
  errors: FieldErrors;
  values: { name: string };
}

// The previous state is unused but typed `| null`: a hand-made request may send anything there.
export async function createClassAction(_previous: CreateClassState | null, input: FormData): Promise<CreateClassState> {
  const user = await requireAccess("teaching:use", "/teacher");
  const name = field(formFrom(input), "name");
  const result = await createClass(db(), user, { name });
  if (!result.ok) return { status: "invalid", errors: result.errors, values: { name } };
  revalidatePath("/teacher");
  redirect(`/teacher/classes/${encodeURIComponent(result.classId)}/roster?created=1`);
}

export async function regenerateJoinCodeAction(input: FormData): Promise<void> {
  const { user, classId } = await authorizeClass(formFrom(input));
  await regenerateJoinCode(db(), user, classId);
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher");
  redirect(rosterPath(classId, "code"));
}

export async function setJoiningAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const { user, classId } = await authorizeClass(form);
  const enabled = field(form, "enabled") === "true";
  await setJoiningEnabled(db(), user, classId, enabled);
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher");
  redirect(rosterPath(classId, enabled ? "joining-on" : "joining-off"));
}

/**
 * Removes or restores the form's student, then shows the roster with `doneNotice`. A student who is not in the
 * class (a stale page or a hand-made request) changes nothing and says so.
 */
async function changeRoster(input: FormData, change: typeof restoreStudent, doneNotice: "removed" | "restored"): Promise<void> {
  const form = formFrom(input);
  const { user, classId } = await authorizeClass(form);
  const outcome = await change(db(), user, classId, field(form, "studentId"));
  if (outcome === "not-in-class") redirect(rosterPath(classId, "not-in-class"));
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  redirect(rosterPath(classId, doneNotice));
}

export async function removeStudentAction(input: FormData): Promise<void> {
  await changeRoster(input, removeStudent, "removed");
}

export async function restoreStudentAction(input: FormData): Promise<void> {
  await changeRoster(input, restoreStudent, "restored");
}

// ---------------------------------------------------------------------------
// Assignments

/**
 * `version` changes on every answer. The forms key their <select>s on it so they
 * remount with the new value as default: React's automatic form reset after an
 * action would otherwise put them back on the value they first rendered with.
 */
export interface AssignmentFormState {
  version: number;
  status: "idle" | "invalid" | "preview";
  errors: FieldErrors;
  values: AssignmentFormValues;
  preview: AssignmentPreview | null;
}

/**
 * One form, two buttons: "Preview" re-renders with sample questions; "Create assignment" saves.
 * The previous state comes from the client and may be null (then the version starts again at 1).
 */
export async function assignmentFormAction(previous: AssignmentFormState | null, input: FormData): Promise<AssignmentFormState> {
  const form = formFrom(input);
  const { user, classId } = await authorizeClass(form);
  const values = assignmentValuesFromForm(form);
  const version = nextVersion(previous);
  if (field(form, "intent") === "preview") {
    const preview = await previewAssignmentChoice(db(), user, values, randomBytes(6).toString("hex"));
    return preview.ok
      ? { version, status: "preview", errors: {}, values, preview: preview.value }
      : { version, status: "invalid", errors: preview.errors, values, preview: null };
  }
  const result = await createAssignment(db(), user, classId, values);
  if (!result.ok) {
    // The sample questions stay on screen while the teacher fixes the dates or limits.
    return { version, status: "invalid", errors: result.errors, values, preview: previous?.preview ?? null };
  }
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  redirect(
    `/teacher/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(result.value.assignmentId)}/settings?created=1`,
  );
}

/** What a form that edits one assignment (its settings, a student's extension) gets back. */
export interface AssignmentEditState<Values> {
  status: "idle" | "invalid" | "saved";
  errors: FieldErrors;
  values: Values;
  /** See AssignmentFormState. */
  version: number;
}

export type SettingsFormState = AssignmentEditState<AssignmentSettingsValues>;
export type ExtensionFormState = AssignmentEditState<ExtensionValues>;

/**
 * One edit of an assignment from its form: authorize, read the values, save them, and after a save refresh the
 * class's pages and hand the form `valuesAfterSave`.
 */
async function saveAssignmentEdit<Values>(
  previous: AssignmentEditState<Values> | null,
  input: FormData,
  edit: {
    read: (form: FormData) => Values;
    save: (database: Database, actor: Actor, assignmentId: string, values: Values) => Promise<Parsed<unknown>>;
    valuesAfterSave: (values: Values) => Values;
  },
): Promise<AssignmentEditState<Values>> {
  const form = formFrom(input);
  const { user, assignment } = await authorizeAssignment(form);
  const values = edit.read(form);
  const result = await edit.save(db(), user, assignment.id, values);
  const version = nextVersion(previous);
  if (!result.ok) return { status: "invalid", errors: result.errors, values, version };
  revalidatePath(`/teacher/classes/${assignment.classId}`, "layout");
  return { status: "saved", errors: {}, values: edit.valuesAfterSave(values), version };
}

export async function updateSettingsAction(previous: SettingsFormState | null, input: FormData): Promise<SettingsFormState> {
  return saveAssignmentEdit(previous, input, {
    read: settingsValuesFromForm,
    save: updateAssignmentSettings,
    valuesAfterSave: (values) => values,
  });
}

export async function saveExtensionAction(previous: ExtensionFormState | null, input: FormData): Promise<ExtensionFormState> {
  // A saved extension empties the form for the next student.
  return saveAssignmentEdit(previous, input, {
    read: extensionValuesFromForm,
    save: saveExtension,
    valuesAfterSave: () => ({ studentId: "", dueAt: "", extraMinutes: "" }),
  });
}

export async function removeExtensionAction(input: FormData): Promise<void> {
  const form = formFrom(input);
  const { user, assignment } = await authorizeAssignment(form);
  await removeExtension(db(), user, assignment.id, field(form, "studentId"));
  revalidatePath(`/teacher/classes/${assignment.classId}`, "layout");
  const settings = `/teacher/classes/${encodeURIComponent(assignment.classId)}/assignments/${encodeURIComponent(assignment.id)}/settings`;
  redirect(`${settings}?notice=extension-removed`);
}
