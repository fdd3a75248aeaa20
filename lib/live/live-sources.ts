/**
 * What a teacher can start a live session from, for the start form: their custom sets that hold
 * questions, colleagues' shared sets, and the assignments of their classes (each with its class, so
 * the form offers only the chosen class's assignments).
 */
import "server-only";
import type { Actor } from "../auth/policy";
import { listAssignableCustomSets, listColleaguesSharedSets } from "../curation/custom-sets";
import type { Database } from "../db/create-client";

export interface LiveSourceOption {
  id: string;
  label: string;
}

export interface LiveAssignmentOption extends LiveSourceOption {
  classId: string;
}

export async function listLiveSources(
  db: Database,
  teacher: Actor,
): Promise<{ customSets: LiveSourceOption[]; assignments: LiveAssignmentOption[] }> {
  const [own, shared, assignments] = await Promise.all([
    listAssignableCustomSets(db, teacher),
    listColleaguesSharedSets(db, teacher),
    db.assignment.findMany({
      where: { class: { teacherId: teacher.id, archivedAt: null } },
      orderBy: [{ dueAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, classId: true },
    }),
  ]);
  const count = (n: number) => `${n} question${n === 1 ? "" : "s"}`;
  return {
    customSets: [
      ...own.map((set) => ({ id: set.id, label: `${set.name} (${count(set.questionCount)})` })),
      ...shared
        .filter((set) => set.questionCount > 0)
        .map((set) => ({ id: set.id, label: `${set.name} (shared by ${set.ownerName}, ${count(set.questionCount)})` })),
    ],
    assignments: assignments.map((a) => ({ id: a.id, label: a.title, classId: a.classId })),
  };
}
