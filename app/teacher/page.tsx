import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { CreateClassForm } from "@/components/teaching/CreateClassForm";
import { requireAccess } from "@/lib/auth/authorize";
import { listTeacherClasses } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";
import styles from "@/components/teaching/Teaching.module.css";

export const metadata: Metadata = { title: "My classes" };

export default async function TeacherHomePage() {
  const user = await requireAccess("teaching:use", "/teacher");
  const classes = await listTeacherClasses(db(), user.id);
  return (
    <>
      <h1>My classes</h1>
      <p className={styles.inline}>
        <Link href="/teacher/live">Live session</Link>
        <Link href="/teacher/questions">Question browser</Link>
        <Link href="/teacher/questions/new">Write a question</Link>
        <Link href="/teacher/questions/import">Import questions</Link>
        <Link href="/teacher/sets">Custom sets</Link>
        <Link href="/teacher/reports">Reports from students</Link>
        <Link href="/teacher/study-sets">Study sets and exports</Link>
      </p>
      {classes.length === 0 ? (
        <p>You have no classes yet. Create one below, then give your students its join code.</p>
      ) : (
        <ul className="card-list">
          {classes.map((klass) => (
            <li key={klass.id} className="card">
              <Link href={`/teacher/classes/${klass.id}`}>{klass.name}</Link>
              <br />
              <span className="hint">
                {klass._count.enrollments} student{klass._count.enrollments === 1 ? "" : "s"}
                {klass.joinCode ? (
                  <>
                    {" "}
                    · join code <span className="code">{klass.joinCode}</span>
                  </>
                ) : (
                  " · joining is off"
                )}
              </span>
              <div className={styles.inline}>
                <Link href={`/teacher/classes/${klass.id}/roster`}>
                  Roster and join code
                </Link>
                <Link href={`/teacher/classes/${klass.id}/assignments/new`}>
                  New assignment
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2 id="create-class-heading">Create a class</h2>
      <CreateClassForm />
    </>
  );
}
