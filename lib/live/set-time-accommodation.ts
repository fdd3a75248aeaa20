/**
 * A student's time accommodation for live countdowns (×1.5 of every countdown), kept on their
 * enrollment so it holds for every live session of the class, and applied at once to the sessions
 * of the class still open.
 */
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { requireOwnClass } from "../classes/class-access";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { TIME_MULTIPLIERS } from "./live-rules";

export const TimeMultiplierSchema = z
  .number()
  .refine((value) => (TIME_MULTIPLIERS as readonly number[]).includes(value), "Extra time is ×1 (none) or ×1.5.");

export async function setLiveTimeAccommodation(
  db: Database,
  teacher: Actor,
  input: { classId: string; studentId: string; multiplier: unknown },
): Promise<void> {
  await requireOwnClass(db, teacher, input.classId);
  const multiplier = TimeMultiplierSchema.safeParse(input.multiplier);
  if (!multiplier.success) throw new HttpError(400, multiplier.error.issues[0]?.message ?? "Extra time is ×1 or ×1.5.");
  const changed = await db.enrollment.updateMany({
    where: { classId: input.classId, studentId: input.studentId },
    data: { liveTimeMultiplier: multiplier.data },
  });
  if (changed.count === 0) throw new HttpError(404, "This student is not in this class.");
  await db.livePlayer.updateMany({
    where: { userId: input.studentId, session: { classId: input.classId, phase: { not: "ended" } } },
    data: { timeMultiplier: multiplier.data },
  });
}
