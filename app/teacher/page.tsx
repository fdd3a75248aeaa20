import type { Metadata } from "next";
import Link from "next/link";
import { requireAccess } from "@/lib/auth/authorize.server";
import { listTeacherClasses } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "My classes" };

export default async function TeacherHomePage() {
  const user = await requireAccess("teaching:use", "/teacher");
  const classes = await listTeacherClasses(db(), user.id);
  return (
    <>
      <h1>My classes</h1>
      {classes.length === 0 ? (
        <p>You have no classes yet.</p>
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
                ) : null}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
