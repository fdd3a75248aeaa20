"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { formFrom, textField } from "@/lib/forms/action-input";
import { clientAddress } from "@/lib/http/client-address";
import { serverEnv } from "@/lib/server-env";
import { joinClassWithCode } from "@/lib/classes/joining";

export interface JoinState {
  status: "idle" | "error";
  message: string;
  code: string;
}

/**
 * A student joins a class with its code (always a POST; the join pages only show the class).
 * Codes that match no class are throttled per student and per address (lookUpJoinCode).
 */
export async function joinClassAction(_previous: JoinState | null, sent: FormData): Promise<JoinState> {
  const code = textField(formFrom(sent), "code");
  const user = await requireAccess("class:join", "/join");
  const address = clientAddress(await headers(), serverEnv().trustProxyHops);
  const result = await joinClassWithCode(db(), user, code, { address });
  if (!result.ok) return { status: "error", message: result.message, code };
  revalidatePath("/student", "layout");
  redirect(`/student/assignments?joined=${encodeURIComponent(result.classId)}${result.alreadyMember ? "&already=1" : ""}`);
}
