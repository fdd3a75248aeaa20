/**
 * Sessions that end, and teacher accounts only by invitation, code or the operator's command,
 * on SQLite and PostgreSQL. The browser-level proof (an old cookie refused by the answer endpoint
 * and a page after sign-out) is tests/e2e/sessions.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount, TEACHER_NEEDS_INVITATION } from "../../lib/accounts/create-account";
import {
  checkInvitation,
  createTeacherInvitation,
  listPendingInvitations,
  NotATeacherError,
  revokeInvitation,
} from "../../lib/accounts/invitations";
import { changePassword, deleteAccount } from "../../lib/accounts/manage-account";
import {
  describeUserAgent,
  isSessionActive,
  listActiveSessions,
  revokeAllSessions,
  revokeSession,
  SESSION_TOUCH_INTERVAL_MS,
  startSession,
} from "../../lib/accounts/sessions";
import { createOrPromoteTeacher } from "../../lib/accounts/teacher-accounts";
import { verifyCredentials } from "../../lib/accounts/verify-credentials";
import type { Role } from "../../lib/auth/roles";
import { createClass, createUser, enrollStudents } from "../../lib/demo/factories";
import { createTestAttempt, createTestResponse } from "../support/factories";
import { createTestDatabase, testProviders, type TestDatabase } from "../support/test-databases";

const DAY_SECONDS = 24 * 60 * 60;
const MAX_AGE = 30 * DAY_SECONDS;
const T0 = new Date("2026-03-02T08:00:00Z");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const TEACHER_CODE = "staff-room-7319";
const CHROME_ON_LINUX = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36";

describe.each(testProviders())("sessions and teacher accounts on %s", (provider) => {
  let database: TestDatabase;
  let counter = 0;
  const uniqueEmail = (label: string) => `${label}.${++counter}@school.example`;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => database?.drop());

  async function userWithPassword(role: Role, password = "the-right-password") {
    return createUser(database.db, { email: uniqueEmail(role), name: `A ${role}`, role, password });
  }

  /** Signs in as next-auth would: a session row, and the claims its JWT would carry. */
  async function signIn(user: { id: string; role: string }, now = T0) {
    const role = user.role as Role;
    const sessionId = await startSession(database.db, { userId: user.id, role, userAgent: CHROME_ON_LINUX }, { maxAgeSeconds: MAX_AGE, now });
    return { sessionId, userId: user.id, role };
  }

  const active = (claims: Awaited<ReturnType<typeof signIn>>, now = at(1)) =>
    isSessionActive(database.db, claims, { maxAgeSeconds: MAX_AGE, now });

  describe("sessions", () => {
    it("a session works until it is signed out, and only that one ends", async () => {
      const student = await userWithPassword("student");
      const laptop = await signIn(student);
      const phone = await signIn(student);
      expect(laptop.sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(await active(laptop)).toBe(true);

      await revokeSession(database.db, laptop.sessionId, at(2));
      expect(await active(laptop, at(3))).toBe(false);
      expect(await active(phone, at(3))).toBe(true);
    });

    it("refuses a token whose session is unknown, or that names another user or role", async () => {
      const student = await userWithPassword("student");
      const other = await userWithPassword("student");
      const session = await signIn(student);
      expect(await active({ ...session, sessionId: "made-up-session-id" })).toBe(false);
      expect(await active({ ...session, userId: other.id })).toBe(false);
      expect(await active({ ...session, role: "teacher" })).toBe(false);
    });

    it("slides: use keeps a session alive, writing at most every few minutes; disuse ends it", async () => {
      const student = await userWithPassword("student");
      const session = await signIn(student);
      const row = () => database.db.session.findUniqueOrThrow({ where: { id: session.sessionId } });

      // Used again within the touch interval: a read, no write.
      expect(await active(session, new Date(T0.getTime() + SESSION_TOUCH_INTERVAL_MS - 1000))).toBe(true);
      expect((await row()).lastSeenAt).toEqual(T0);

      // Used 29 days later: still alive, and its expiry moves to 30 days from then.
      const day29 = new Date(T0.getTime() + 29 * DAY_SECONDS * 1000);
      expect(await active(session, day29)).toBe(true);
      expect((await row()).lastSeenAt).toEqual(day29);
      expect((await row()).expiresAt).toEqual(new Date(day29.getTime() + MAX_AGE * 1000));

      // Then left alone for more than 30 days: over.
      expect(await active(session, new Date(day29.getTime() + MAX_AGE * 1000 + 1000))).toBe(false);
    });

    it("sign out everywhere ends every session of that user and nobody else's", async () => {
      const student = await userWithPassword("student");
      const bystander = await userWithPassword("student");
      const sessions = [await signIn(student), await signIn(student), await signIn(student)];
      const theirs = await signIn(bystander);

      expect(await revokeAllSessions(database.db, student.id, { now: at(5) })).toBe(3);
      for (const session of sessions) expect(await active(session, at(6))).toBe(false);
      expect(await active(theirs, at(6))).toBe(true);
      expect(await listActiveSessions(database.db, student.id, at(6))).toEqual([]);
    });

    it("lists the signed-in browsers by a short label, not the whole User-Agent header", async () => {
      const student = await userWithPassword("student");
      await signIn(student);
      const [listed] = await listActiveSessions(database.db, student.id, at(1));
      expect(listed?.userAgent).toBe("Chrome on Linux");
      expect(describeUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0")).toBe(
        "Firefox on Windows",
      );
      expect(describeUserAgent(null)).toBe("Unknown browser");
    });
  });

  describe("the account page's changes", () => {
    it("a password change needs the current password, keeps this session and ends the others", async () => {
      const student = await userWithPassword("student", "old-password-123");
      const here = await signIn(student);
      const elsewhere = await signIn(student);

      const wrong = await changePassword(database.db, {
        userId: student.id,
        currentSessionId: here.sessionId,
        form: { currentPassword: "not-my-password", newPassword: "new-password-456", confirmPassword: "new-password-456" },
      });
      expect(wrong).toEqual({ ok: false, errors: { currentPassword: expect.stringMatching(/not your current password/) } });
      expect(await active(elsewhere)).toBe(true);

      const mismatch = await changePassword(database.db, {
        userId: student.id,
        currentSessionId: here.sessionId,
        form: { currentPassword: "old-password-123", newPassword: "new-password-456", confirmPassword: "new-password-789" },
      });
      expect(mismatch).toMatchObject({ ok: false, errors: { confirmPassword: expect.stringMatching(/do not match/) } });

      const changed = await changePassword(database.db, {
        userId: student.id,
        currentSessionId: here.sessionId,
        form: { currentPassword: "old-password-123", newPassword: "new-password-456", confirmPassword: "new-password-456" },
      });
      expect(changed).toEqual({ ok: true, endedSessions: 1 });
      expect(await active(here)).toBe(true);
      expect(await active(elsewhere)).toBe(false);

      const signInWith = (password: string) => verifyCredentials(database.db, { email: student.email, password }, null);
      expect((await signInWith("old-password-123")).ok).toBe(false);
      expect((await signInWith("new-password-456")).ok).toBe(true);
    });

    it("deleting a student needs their password, then removes them, their sessions and their answers", async () => {
      const teacher = await userWithPassword("teacher");
      const student = await userWithPassword("student", "student-password-1");
      const klass = await createClass(database.db, { teacherId: teacher.id, name: "Deletion class" });
      await enrollStudents(database.db, klass.id, [student.id]);
      const attempt = await createTestAttempt(database.db, student.id);
      await createTestResponse(database.db, attempt.id, JSON.parse(attempt.questionIds)[0]);
      const session = await signIn(student);

      const refused = await deleteAccount(database.db, { userId: student.id, form: { password: "a-wrong-guess" } });
      expect(refused).toMatchObject({ ok: false, errors: { password: expect.stringMatching(/nothing was deleted/) } });
      expect(await database.db.user.count({ where: { id: student.id } })).toBe(1);

      expect(await deleteAccount(database.db, { userId: student.id, form: { password: "student-password-1" } })).toEqual({
        ok: true,
        endedSessions: 1,
      });
      expect(await database.db.user.count({ where: { id: student.id } })).toBe(0);
      expect(await active(session)).toBe(false);
      expect(await database.db.session.count({ where: { userId: student.id } })).toBe(0);
      expect(await database.db.response.count({ where: { attemptId: attempt.id } })).toBe(0);
      expect(await database.db.enrollment.count({ where: { studentId: student.id } })).toBe(0);
      // The class is the teacher's and stays.
      expect(await database.db.class.count({ where: { id: klass.id } })).toBe(1);
    });

    it("deleting a teacher removes their classes and their pending invitations, as the account page says", async () => {
      const teacher = await userWithPassword("teacher", "teacher-password-1");
      const klass = await createClass(database.db, { teacherId: teacher.id, name: "Gone with the teacher" });
      await createTeacherInvitation(database.db, { createdById: teacher.id }, T0);
      expect((await deleteAccount(database.db, { userId: teacher.id, form: { password: "teacher-password-1" } })).ok).toBe(true);
      expect(await database.db.class.count({ where: { id: klass.id } })).toBe(0);
      expect(await database.db.teacherInvitation.count({ where: { createdById: teacher.id } })).toBe(0);
    });
  });

  describe("making teachers", () => {
    const signUp = (input: Record<string, unknown>, options: { teacherSignupCode?: string | null; now?: Date } = {}) =>
      createAccount(database.db, { name: "New Person", password: "long-enough-pass", ...input }, { now: at(10), ...options });

    it("refuses a teacher sign-up with neither an invitation nor a code, and creates nothing", async () => {
      const email = uniqueEmail("no-invite");
      expect(await signUp({ email, role: "teacher" }, { teacherSignupCode: TEACHER_CODE })).toEqual({
        ok: false,
        errors: { role: TEACHER_NEEDS_INVITATION },
      });
      expect(await database.db.user.count({ where: { email } })).toBe(0);
      // Students need nothing.
      expect(await signUp({ email, role: "student" })).toMatchObject({ ok: true, user: { role: "student" } });
    });

    it("accepts the operator's code, and only the right one, and none when the operator set none", async () => {
      const wrong = await signUp({ email: uniqueEmail("code"), role: "teacher", teacherCode: "staff-room-0000" }, { teacherSignupCode: TEACHER_CODE });
      expect(wrong).toMatchObject({ ok: false, errors: { teacherCode: expect.stringMatching(/not right/) } });
      const unset = await signUp({ email: uniqueEmail("code"), role: "teacher", teacherCode: TEACHER_CODE }, { teacherSignupCode: null });
      expect(unset).toMatchObject({ ok: false, errors: { teacherCode: expect.any(String) } });
      const right = await signUp({ email: uniqueEmail("code"), role: "teacher", teacherCode: ` ${TEACHER_CODE} ` }, { teacherSignupCode: TEACHER_CODE });
      expect(right).toMatchObject({ ok: true, user: { role: "teacher" } });
    });

    it("an invitation makes one teacher, once; the second use is refused", async () => {
      const inviter = await userWithPassword("teacher");
      const { token, id } = await createTeacherInvitation(database.db, { createdById: inviter.id }, T0);
      expect(await checkInvitation(database.db, token, at(5))).toEqual({ status: "valid", email: null });
      expect((await listPendingInvitations(database.db, inviter.id, at(5))).map((i) => i.id)).toEqual([id]);

      const first = await signUp({ email: uniqueEmail("invited"), role: "teacher", invite: token });
      expect(first).toMatchObject({ ok: true, user: { role: "teacher" } });
      const stored = await database.db.teacherInvitation.findUniqueOrThrow({ where: { id } });
      expect(stored.usedById).toBe(first.ok ? first.user.id : "");
      expect(stored.tokenHash).not.toContain(token);

      const second = await signUp({ email: uniqueEmail("invited"), role: "teacher", invite: token });
      expect(second).toEqual({ ok: false, errors: { invite: expect.stringMatching(/already been used/) } });
      expect(await listPendingInvitations(database.db, inviter.id, at(11))).toEqual([]);
    });

    it("two sign-ups racing with one invitation make exactly one teacher", async () => {
      const inviter = await userWithPassword("teacher");
      const { token } = await createTeacherInvitation(database.db, { createdById: inviter.id }, T0);
      const results = await Promise.all(
        [uniqueEmail("racer"), uniqueEmail("racer")].map((email) => signUp({ email, role: "teacher", invite: token })),
      );
      expect(results.filter((result) => result.ok)).toHaveLength(1);
    });

    it("refuses an expired or withdrawn invitation, and one made for another address", async () => {
      const inviter = await userWithPassword("teacher");
      const expiring = await createTeacherInvitation(database.db, { createdById: inviter.id }, T0);
      const eightDaysLater = new Date(T0.getTime() + 8 * DAY_SECONDS * 1000);
      expect(await signUp({ email: uniqueEmail("late"), role: "teacher", invite: expiring.token }, { now: eightDaysLater })).toEqual({
        ok: false,
        errors: { invite: expect.stringMatching(/expired/) },
      });

      const withdrawn = await createTeacherInvitation(database.db, { createdById: inviter.id }, T0);
      const otherTeacher = await userWithPassword("teacher");
      expect(await revokeInvitation(database.db, { invitationId: withdrawn.id, teacherId: otherTeacher.id })).toBe(false);
      expect(await revokeInvitation(database.db, { invitationId: withdrawn.id, teacherId: inviter.id })).toBe(true);
      expect(await signUp({ email: uniqueEmail("withdrawn"), role: "teacher", invite: withdrawn.token })).toEqual({
        ok: false,
        errors: { invite: expect.stringMatching(/withdrawn/) },
      });

      const personal = await createTeacherInvitation(database.db, { createdById: inviter.id, email: "invited.one@school.example" }, T0);
      expect(await signUp({ email: "someone.else@school.example", role: "teacher", invite: personal.token })).toMatchObject({
        ok: false,
        errors: { email: expect.stringMatching(/different email address/) },
      });
      expect(await signUp({ email: "Invited.One@school.example", role: "teacher", invite: personal.token })).toMatchObject({
        ok: true,
        user: { role: "teacher" },
      });

      expect(await signUp({ email: uniqueEmail("forged"), role: "teacher", invite: "a-forged-token" })).toMatchObject({
        ok: false,
        errors: { invite: expect.stringMatching(/not valid/) },
      });
    });

    it("only teachers can invite", async () => {
      const student = await userWithPassword("student");
      await expect(createTeacherInvitation(database.db, { createdById: student.id }, T0)).rejects.toBeInstanceOf(NotATeacherError);
    });

    it("the operator's command makes the first teacher, and promotes a student only when told to, ending their sessions", async () => {
      const created = await createOrPromoteTeacher(database.db, { email: "First.Teacher@school.example", name: "First Teacher" });
      expect(created).toMatchObject({ outcome: "created", email: "first.teacher@school.example" });
      const password = created.outcome === "created" ? created.generatedPassword! : "";
      expect(password.length).toBeGreaterThanOrEqual(20);
      expect(await verifyCredentials(database.db, { email: "first.teacher@school.example", password }, null)).toMatchObject({
        ok: true,
        user: { role: "teacher" },
      });
      expect(await createOrPromoteTeacher(database.db, { email: "first.teacher@school.example" })).toEqual({
        outcome: "already-teacher",
        email: "first.teacher@school.example",
      });

      const student = await userWithPassword("student");
      const session = await signIn(student);
      expect(await createOrPromoteTeacher(database.db, { email: student.email })).toMatchObject({ outcome: "needs-promote-flag" });
      expect(await active(session)).toBe(true);

      expect(await createOrPromoteTeacher(database.db, { email: student.email, promote: true })).toMatchObject({
        outcome: "promoted",
        endedSessions: 1,
      });
      expect((await database.db.user.findUniqueOrThrow({ where: { id: student.id } })).role).toBe("teacher");
      // The old cookie says "student": refused, even if it named the new role.
      expect(await active(session)).toBe(false);
      expect(await active({ ...session, role: "teacher" })).toBe(false);

      expect(await createOrPromoteTeacher(database.db, { email: "not-an-email", name: "X" })).toMatchObject({ outcome: "invalid" });
    });
  });
});
