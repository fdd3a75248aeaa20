import type { Metadata } from "next";
import { requireAccess } from "@/lib/auth/authorize.server";
import { listStudentClasses } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Study" };

export default async function StudentHomePage() {
  const user = await requireAccess("study:use", "/student");
  const enrollments = await listStudentClasses(db(), user.id);
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <h2>Your classes</h2>
      {enrollments.length === 0 ? (
        <p>You have not joined a class yet. Ask your teacher for a join code.</p>
      ) : (
        <ul className="card-list">
          {enrollments.map(({ class: klass }) => (
            <li key={klass.id} className="card">
              <strong>{klass.name}</strong>
              <br />
              <span className="hint">Teacher: {klass.teacher.name}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
