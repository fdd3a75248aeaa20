/**
 * A teacher's class: creating it, and its join code (a new code, joining off and on).
 * Every change checks ownership itself (class-access.ts), even after the page or action has.
 * Bad input comes back as a value; refusals throw HttpError.
 */
import "server-only";
import { isAllowed, type Actor } from "../auth/policy";
import type { Database } from "../db/create-client";
import { HttpError, isUniqueViolation } from "../errors";
import { requireOwnClass } from "./class-access";
import { CreateClassSchema } from "./class-schemas";
import { generateJoinCode } from "./join-code";

const JOIN_CODE_ATTEMPTS = 8;

/** Runs `write` with fresh codes until one is unused (codes are unique across classes). */
async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= JOIN_CODE_ATTEMPTS) throw error;
    }
  }
}

export type CreateClassResult = { ok: true; classId: string; joinCode: string } | { ok: false; errors: { name: string } };

export async function createClass(db: Database, actor: Actor, input: { name: unknown }): Promise<CreateClassResult> {
  if (!isAllowed(actor, "teaching:use")) throw new HttpError(403, "Only teachers can create classes.");
  const parsed = CreateClassSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: { name: parsed.error.issues[0]?.message ?? "Enter a class name." } };
  const created = await withFreshJoinCode((joinCode) =>
    db.class.create({ data: { name: parsed.data.name, teacherId: actor.id, joinCode }, select: { id: true, joinCode: true } }),
  );
  return { ok: true, classId: created.id, joinCode: created.joinCode! };
}

/** A new code; the old one stops working at once. Also turns joining back on. */
export async function regenerateJoinCode(db: Database, actor: Actor, classId: string): Promise<string> {
  await requireOwnClass(db, actor, classId);
  const updated = await withFreshJoinCode((joinCode) =>
    db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }),
  );
  return updated.joinCode!;
}

/** Joining off: the code is dropped (nobody can join). On: a fresh code. Returns the code in force. */
export async function setJoiningEnabled(db: Database, actor: Actor, classId: string, enabled: boolean): Promise<string | null> {
  const klass = await requireOwnClass(db, actor, classId);
  if (!enabled) {
    await db.class.update({ where: { id: classId }, data: { joinCode: null } });
    return null;
  }
  if (klass.joinCode) return klass.joinCode;
  return regenerateJoinCode(db, actor, classId);
}
