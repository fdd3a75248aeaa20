/**
 * A student's time accommodation for live countdowns (×1.25, ×1.5 or ×2 of every countdown), kept on
 * their enrollment so it holds for every live session of the class, and applied at once to the
 * sessions of the class still open.
 */
import "server-only";
import { z } from "zod";
import type { Actor } from "../auth/policy";
import { requireOwnClass } from "../classes/class-access";
import type { Database } from "../db/create-client";
import { HttpError } from "../errors";
import { EXTRA_TIME_CHOICES_TEXT, EXTRA_TIME_MULTIPLIERS } from "./time-accommodation-options";

const EXTRA_TIME_MESSAGE = `Extra time is ${EXTRA_TIME_CHOICES_TEXT}.`;

export const TimeMultiplierSchema = z.coerce
  .number({ error: EXTRA_TIME_MESSAGE })
  .refine((value) => (EXTRA_TIME_MULTIPLIERS as readonly number[]).includes(value), EXTRA_TIME_MESSAGE);

export async function setLiveTimeAccommodation(
  db: Database,
  teacher: Actor,
  input: { classId: string; studentId: string; multiplier: unknown },
): Promise<void> {
  await requireOwnClass(db, teacher, input.classId);
  const multiplier = TimeMultiplierSchema.safeParse(input.multiplier);
  if (!multiplier.success) throw new HttpError(400, EXTRA_TIME_MESSAGE);
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

/** Student id → their live-countdown multiplier, for the roster (the class must be the teacher's). */
export async function loadLiveTimeMultipliers(db: Database, teacher: Actor, classId: string): Promise<Map<string, number>> {
  await requireOwnClass(db, teacher, classId);
  const rows = await db.enrollment.findMany({ where: { classId }, select: { studentId: true, liveTimeMultiplier: true } });
  return new Map(rows.map((row) => [row.studentId, row.liveTimeMultiplier]));
}
