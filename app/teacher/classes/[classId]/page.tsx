import type { Metadata } from "next";
import Link from "next/link";
import { requireAccess, requireResource } from "@/lib/auth/authorize.server";
import { canManageClass } from "@/lib/auth/policy";
import { getClassWithRoster } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Class" };

const lastActiveFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export default async function ClassPage(props: { params: Promise<{ classId: string }> }) {
  const { classId } = await props.params;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}`);
  const klass = requireResource(await getClassWithRoster(db(), classId), (found) => canManageClass(user, found));
  return (
    <>
      <p>
        <Link href="/teacher">← My classes</Link>
      </p>
      <h1>{klass.name}</h1>
      <p>
        {klass.joinCode ? (
          <>
            Join code: <span className="code">{klass.joinCode}</span>
          </>
        ) : (
          "Joining is turned off for this class."
        )}
      </p>
      <h2>Students ({klass.enrollments.length})</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Last active (UTC)</th>
          </tr>
        </thead>
        <tbody>
          {klass.enrollments.map(({ student }) => (
            <tr key={student.id}>
              <td>{student.name}</td>
              <td>{student.email}</td>
              <td>{student.lastActiveAt ? lastActiveFormat.format(student.lastActiveAt) : "Never"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
