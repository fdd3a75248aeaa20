import { describe, expect, it } from "vitest";
import { ACCESS_RULES, canHostLiveSession, canManageClass, canPlayLiveSession, homePathFor, isAllowed, type Access } from "./policy";

const student = { id: "s1", role: "student" as const };
const teacher = { id: "t1", role: "teacher" as const };
const otherTeacher = { id: "t2", role: "teacher" as const };

describe("access rules", () => {
  const expectations: Record<Access, { anonymous: boolean; student: boolean; teacher: boolean }> = {
    public: { anonymous: true, student: true, teacher: true },
    "study:use": { anonymous: false, student: true, teacher: false },
    "class:join": { anonymous: false, student: true, teacher: false },
    "teaching:use": { anonymous: false, student: false, teacher: true },
    "class:manage": { anonymous: false, student: false, teacher: true },
    "teacher:invite": { anonymous: false, student: false, teacher: true },
    "account:use": { anonymous: false, student: true, teacher: true },
    "live:host": { anonymous: false, student: false, teacher: true },
  };

  it("covers every permission in the table", () => {
    expect(Object.keys(expectations).sort()).toEqual([...Object.keys(ACCESS_RULES), "public"].sort());
  });

  for (const [access, expected] of Object.entries(expectations) as [Access, (typeof expectations)[Access]][]) {
    it(`${access}: anonymous ${expected.anonymous}, student ${expected.student}, teacher ${expected.teacher}`, () => {
      expect(isAllowed(null, access)).toBe(expected.anonymous);
      expect(isAllowed(student, access)).toBe(expected.student);
      expect(isAllowed(teacher, access)).toBe(expected.teacher);
    });
  }
});

describe("class ownership", () => {
  const klass = { teacherId: "t1" };
  it("lets the owning teacher manage the class", () => expect(canManageClass(teacher, klass)).toBe(true));
  it("refuses another teacher", () => expect(canManageClass(otherTeacher, klass)).toBe(false));
  it("refuses a student even with a matching id", () =>
    expect(canManageClass({ id: "t1", role: "student" }, klass)).toBe(false));
  it("refuses anonymous visitors", () => expect(canManageClass(null, klass)).toBe(false));
});

describe("live sessions", () => {
  const session = { hostId: "t1", class: { teacherId: "t1" } };
  it.each([
    ["the teacher who started it", teacher, session, true],
    ["another teacher", otherTeacher, session, false],
    ["the host once the class is another teacher's", teacher, { hostId: "t1", class: { teacherId: "t2" } }, false],
    ["a student with the host's id", { id: "t1", role: "student" as const }, session, false],
    ["anonymous", null, session, false],
  ])("hosting: %s → %s", (_name, actor, record, allowed) => {
    expect(canHostLiveSession(actor, record)).toBe(allowed);
  });

  const klass = { enrollments: [{ studentId: "s1", removedAt: null }, { studentId: "s2", removedAt: new Date() }] };
  it.each([
    ["an enrolled student", student, true],
    ["a removed student", { id: "s2", role: "student" as const }, false],
    ["a student of another class", { id: "s3", role: "student" as const }, false],
    ["a teacher", teacher, false],
    ["anonymous (guests are let in by the session's setting instead)", null, false],
  ])("playing signed in: %s → %s", (_name, actor, allowed) => {
    expect(canPlayLiveSession(actor, klass)).toBe(allowed);
  });
});

describe("home path", () => {
  it("sends each role to its own area", () => {
    expect(homePathFor("teacher")).toBe("/teacher");
    expect(homePathFor("student")).toBe("/student");
  });
});
