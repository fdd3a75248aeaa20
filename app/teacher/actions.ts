"use server";

import { randomBytes } from "node:crypto";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAccess, requireResource } from "@/lib/auth/authorize.server";
import { canManageAssignment, canManageClass } from "@/lib/auth/policy";
import { db } from "@/lib/db/client";
import {
  assignmentValuesFromForm,
  extensionValuesFromForm,
  settingsValuesFromForm,
  type AssignmentFormValues,
  type AssignmentSettingsValues,
  type ExtensionValues,
  type FieldErrors,
} from "@/lib/teaching/assignment-schemas";
import {
  createAssignment,
  previewAssignment,
  removeExtension,
  saveExtension,
  updateAssignmentSettings,
  type AssignmentPreview,
} from "@/lib/teaching/assignments";
import { createClass, regenerateJoinCode, removeStudent, restoreStudent, setJoiningEnabled } from "@/lib/teaching/classes";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** Loads the class and refuses (403 page) unless the signed-in teacher owns it. */
async function authorizeClass(classId: string) {
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}`);
  const klass = classId
    ? await db().class.findUnique({ where: { id: classId }, select: { id: true, teacherId: true } })
    : null;
  requireResource(klass, (found) => canManageClass(user, found));
  return user;
}

async function authorizeAssignment(assignmentId: string) {
  const user = await requireAccess("class:manage", "/teacher");
  const assignment = assignmentId
    ? await db().assignment.findUnique({
        where: { id: assignmentId },
        select: { id: true, classId: true, class: { select: { teacherId: true } } },
      })
    : null;
  return { user, assignment: requireResource(assignment, (found) => canManageAssignment(user, found)) };
}

// ---------------------------------------------------------------------------
// Classes

export interface CreateClassState {
  status: "idle" | "invalid";
  errors: FieldErrors;
  values: { name: string };
}

export async function createClassAction(_previous: CreateClassState, form: FormData): Promise<CreateClassState> {
  const user = await requireAccess("teaching:use", "/teacher");
  const name = field(form, "name");
  const result = await createClass(db(), user, { name });
  if (!result.ok) return { status: "invalid", errors: result.errors, values: { name } };
  revalidatePath("/teacher");
  redirect(`/teacher/classes/${result.classId}/roster?created=1`);
}

export async function regenerateJoinCodeAction(form: FormData): Promise<void> {
  const classId = field(form, "classId");
  const user = await authorizeClass(classId);
  await regenerateJoinCode(db(), user, classId);
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher");
  redirect(`/teacher/classes/${classId}/roster?notice=code`);
}

export async function setJoiningAction(form: FormData): Promise<void> {
  const classId = field(form, "classId");
  const user = await authorizeClass(classId);
  const enabled = field(form, "enabled") === "true";
  await setJoiningEnabled(db(), user, classId, enabled);
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  revalidatePath("/teacher");
  redirect(`/teacher/classes/${classId}/roster?notice=${enabled ? "joining-on" : "joining-off"}`);
}

export async function removeStudentAction(form: FormData): Promise<void> {
  const classId = field(form, "classId");
  const user = await authorizeClass(classId);
  await removeStudent(db(), user, classId, field(form, "studentId"));
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  redirect(`/teacher/classes/${classId}/roster?notice=removed`);
}

export async function restoreStudentAction(form: FormData): Promise<void> {
  const classId = field(form, "classId");
  const user = await authorizeClass(classId);
  await restoreStudent(db(), user, classId, field(form, "studentId"));
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  redirect(`/teacher/classes/${classId}/roster?notice=restored`);
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

/** One form, two buttons: "Preview" re-renders with sample questions; "Create assignment" saves. */
export async function assignmentFormAction(previous: AssignmentFormState, form: FormData): Promise<AssignmentFormState> {
  const classId = field(form, "classId");
  const user = await authorizeClass(classId);
  const values = assignmentValuesFromForm(form);
  if (field(form, "intent") === "preview") {
    const preview = previewAssignment(values, randomBytes(6).toString("hex"));
    const version = previous.version + 1;
    return preview.ok
      ? { version, status: "preview", errors: {}, values, preview: preview.value }
      : { version, status: "invalid", errors: preview.errors, values, preview: null };
  }
  const result = await createAssignment(db(), user, classId, values);
  if (!result.ok) {
    return { version: previous.version + 1, status: "invalid", errors: result.errors, values, preview: previous.preview };
  }
  revalidatePath(`/teacher/classes/${classId}`, "layout");
  redirect(`/teacher/classes/${classId}/assignments/${result.value.assignmentId}/settings?created=1`);
}

export interface SettingsFormState {
  version: number;
  status: "idle" | "invalid" | "saved";
  errors: FieldErrors;
  values: AssignmentSettingsValues;
}

export async function updateSettingsAction(previous: SettingsFormState, form: FormData): Promise<SettingsFormState> {
  const { user, assignment } = await authorizeAssignment(field(form, "assignmentId"));
  const values = settingsValuesFromForm(form);
  const result = await updateAssignmentSettings(db(), user, assignment.id, values);
  const version = previous.version + 1;
  if (!result.ok) return { version, status: "invalid", errors: result.errors, values };
  revalidatePath(`/teacher/classes/${assignment.classId}`, "layout");
  return { version, status: "saved", errors: {}, values };
}

export interface ExtensionFormState {
  status: "idle" | "invalid" | "saved";
  errors: FieldErrors;
  values: ExtensionValues;
  /** See AssignmentFormState. */
  version: number;
}

export async function saveExtensionAction(previous: ExtensionFormState, form: FormData): Promise<ExtensionFormState> {
  const { user, assignment } = await authorizeAssignment(field(form, "assignmentId"));
  const values = extensionValuesFromForm(form);
  const result = await saveExtension(db(), user, assignment.id, values);
  if (!result.ok) return { status: "invalid", errors: result.errors, values, version: previous.version + 1 };
  revalidatePath(`/teacher/classes/${assignment.classId}`, "layout");
  return {
    status: "saved",
    errors: {},
    values: { studentId: "", dueAt: "", extraMinutes: "" },
    version: previous.version + 1,
  };
}

export async function removeExtensionAction(form: FormData): Promise<void> {
  const { user, assignment } = await authorizeAssignment(field(form, "assignmentId"));
  await removeExtension(db(), user, assignment.id, field(form, "studentId"));
  revalidatePath(`/teacher/classes/${assignment.classId}`, "layout");
  redirect(`/teacher/classes/${assignment.classId}/assignments/${assignment.id}/settings?notice=extension-removed`);
}
