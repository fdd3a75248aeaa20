"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireAccess } from "@/lib/auth/authorize.server";
import { db } from "@/lib/db/client";
import { joinClassWithCode } from "@/lib/teaching/classes";

export interface JoinState {
  status: "idle" | "error";
  message: string;
  code: string;
}

/** A student joins a class with its code (always a POST; the join pages only show the class). */
export async function joinClassAction(_previous: JoinState, form: FormData): Promise<JoinState> {
  const raw = form.get("code");
  const code = typeof raw === "string" ? raw : "";
  const user = await requireAccess("class:join", "/join");
  const result = await joinClassWithCode(db(), user, code);
  if (!result.ok) return { status: "error", message: result.message, code };
  revalidatePath("/student", "layout");
  redirect(`/student/assignments?joined=${encodeURIComponent(result.classId)}${result.alreadyMember ? "&already=1" : ""}`);
}
