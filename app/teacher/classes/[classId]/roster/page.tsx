import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import {
  regenerateJoinCodeAction,
  removeStudentAction,
  restoreStudentAction,
  setJoiningAction,
} from "@/app/teacher/actions";
import { setLiveExtraTimeAction } from "@/app/teacher/live/actions";
import { ActionButton } from "@/components/teaching/ActionButton";
import { JoinLink } from "@/components/teaching/JoinLink";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import styles from "@/components/teaching/Teaching.module.css";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { requireOwnClass } from "@/lib/classes/class-access";
import { loadRoster } from "@/lib/classes/roster";
import { db } from "@/lib/db/client";
import { loadLiveTimeMultipliers } from "@/lib/live/set-time-accommodation";
import { EXTRA_TIME_MULTIPLIERS, extraTimeLabel } from "@/lib/live/time-accommodation-options";
import { DashboardTable } from "@/components/teaching/dashboard/ScrollTable";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Roster" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const NOTICES: Record<string, string> = {
  created: "Class created. Give your students the join code or the join link below.",
  code: "New join code made. The old code no longer works.",
  "joining-on": "Joining is on: students can join with the code below.",
  "joining-off": "Joining is off: nobody can join until you turn it back on.",
  removed: "Student removed. Their past work is kept; they no longer see this class's assignments.",
  restored: "Student restored to the class.",
  "not-in-class": "That student is not in this class, so nothing changed. The list below is up to date.",
  "extra-time": "Extra time saved. It applies to every live session of this class, including one running now.",
  "extra-time-invalid": "Choose the extra time from the list: ×1 (none), ×1.25, ×1.5 or ×2.",
};

export default async function RosterPage(props: {
  params: Promise<{ classId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { classId } = await props.params;
  const searchParams = await props.searchParams;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/roster`);
  await forbiddenIfRefused(requireOwnClass(db(), user, classId));
  const roster = await loadRoster(db(), classId);
  // Only if the class was deleted since the line above.
  if (!roster) notFound();
  const multipliers = await loadLiveTimeMultipliers(db(), user, classId);
  const noticeKey = searchParams.created === "1" ? "created" : typeof searchParams.notice === "string" ? searchParams.notice : "";
  const notice = pageNotice(NOTICES, noticeKey);

  return (
    <>
      <p className={styles.inline}>
        <Link href="/teacher">← My classes</Link>
        <Link href={`/teacher/classes/${roster.id}`}>Class overview</Link>
        <Link href={`/teacher/classes/${roster.id}/assignments/new`}>New assignment</Link>
      </p>
      <h1>
        {roster.name}
        <span className="hint">: roster</span>
      </h1>
      <div role="status">{notice ? <p className="notice">{notice}</p> : null}</div>

      <section aria-labelledby="joining-heading">
        <h2 id="joining-heading">Joining</h2>
        {roster.joinCode ? (
          <>
            <p>
              Join code: <span className="code">{roster.joinCode}</span>
            </p>
            <JoinLink code={roster.joinCode} id="join-link" />
            <div className={styles.inline}>
              <ActionButton action={regenerateJoinCodeAction} fields={{ classId: roster.id }}>
                Make a new code
              </ActionButton>
              <ActionButton action={setJoiningAction} fields={{ classId: roster.id, enabled: "false" }}>
                Turn joining off
              </ActionButton>
            </div>
            <p className="hint">A new code replaces the old one at once. Students already in the class stay in it.</p>
          </>
        ) : (
          <>
            <p>Joining is off: nobody can join this class with a code.</p>
            <ActionButton action={setJoiningAction} fields={{ classId: roster.id, enabled: "true" }}>
              Turn joining on with a new code
            </ActionButton>
          </>
        )}
      </section>

      <section aria-labelledby="students-heading">
        <h2 id="students-heading">Students ({roster.active.length})</h2>
        {roster.active.length > 0 ? (
          <p className="hint">
            Extra time in live sessions multiplies every live countdown for that student, for example ×1.5 turns 20 seconds into 30.
          </p>
        ) : null}
        {roster.active.length === 0 ? (
          <p>No students yet. They join with the code above.</p>
        ) : (
          <DashboardTable label="Students" columns={["Name", "Email", "Joined (UTC)", "Last active (UTC)", "Extra time in live sessions", "Remove"]}>
            <tbody>
              {roster.active.map((student) => (
                <tr key={student.id}>
                  <td>{student.name}</td>
                  <td>{student.email}</td>
                  <td>{dateFormat.format(student.joinedAt)}</td>
                  <td>{student.lastActiveAt ? dateFormat.format(student.lastActiveAt) : "Never"}</td>
                  <td>
                    <form action={setLiveExtraTimeAction} className={styles.inline}>
                      <input type="hidden" name="classId" value={roster.id} />
                      <input type="hidden" name="studentId" value={student.id} />
                      <label htmlFor={`extra-time-${student.id}`}>
                        <VisuallyHidden>Extra time in live sessions for {student.name}</VisuallyHidden>
                      </label>
                      <select
                        id={`extra-time-${student.id}`}
                        name="multiplier"
                        defaultValue={String(multipliers.get(student.id) ?? 1)}
                      >
                        {EXTRA_TIME_MULTIPLIERS.map((multiplier) => (
                          <option key={multiplier} value={String(multiplier)}>
                            {extraTimeLabel(multiplier)}
                          </option>
                        ))}
                      </select>
                      <button type="submit" className="button secondary">
                        Save<VisuallyHidden> extra time for {student.name}</VisuallyHidden>
                      </button>
                    </form>
                  </td>
                  <td className={styles.actionsCell}>
                    <details className={styles.details}>
                      <summary>
                        Remove<VisuallyHidden> {student.name}</VisuallyHidden>…
                      </summary>
                      <form action={removeStudentAction}>
                        <input type="hidden" name="classId" value={roster.id} />
                        <input type="hidden" name="studentId" value={student.id} />
                        <p className="hint">Their past work stays; they lose access to this class.</p>
                        <button type="submit" className={`button ${styles.danger}`}>
                          Remove {student.name}
                        </button>
                      </form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </DashboardTable>
        )}
      </section>

      {roster.removed.length > 0 ? (
        <section aria-labelledby="removed-heading">
          <h2 id="removed-heading">Removed students ({roster.removed.length})</h2>
          <DashboardTable label="Removed students" columns={["Name", "Email", "Removed (UTC)", "Restore"]}>
            <tbody>
              {roster.removed.map((student) => (
                <tr key={student.id}>
                  <td>{student.name}</td>
                  <td>{student.email}</td>
                  <td>{student.removedAt ? dateFormat.format(student.removedAt) : ""}</td>
                  <td>
                    <ActionButton action={restoreStudentAction} fields={{ classId: roster.id, studentId: student.id }}>
                      Restore {student.name}
                    </ActionButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </DashboardTable>
        </section>
      ) : null}
    </>
  );
}
