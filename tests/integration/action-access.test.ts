/**
 * Who may call each server action: every action the production build has, called over HTTP as
 * each persona who must be refused, with well-formed arguments aimed at the owner's real records
 * (the demo teacher's class, assignment, set, question, invitation and students' report; the demo
 * student's attempt). Each call must be refused without a 5xx, and leave the database as it was.
 *
 * The routes' matrix is tests/e2e/authorization.spec.ts (lib/auth/route-access.ts). Actions are
 * read from the build, and ACTION_ACCESS below must list each one: a new action fails this file
 * until someone says who may call it.
 *
 *   NEXT_DIST_DIR  the build to serve (default .next; run `next build` first)
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTeacherInvitation } from "../../lib/accounts/invitations";
import { ACCESS_RULES, type Access } from "../../lib/auth/policy";
import type { Role } from "../../lib/auth/roles";
import { addQuestionToSet, createCustomSet } from "../../lib/curation/custom-sets";
import { hideQuestion } from "../../lib/curation/hiding";
import { teacherQuestionId } from "../../lib/curation/question-ids";
import { submitQuestionReport } from "../../lib/curation/reports";
import { createPrismaClient, type Database } from "../../lib/db/create-client";
import { startLiveSession } from "../../lib/live/start-live-session";
import { DEMO_CLASS_NAME, DEMO_PASSWORD, DEMO_TEACHER_EMAIL, demoStudentEmail } from "../../lib/demo/seed-demo-data";
import { loadQuestionBank } from "../../lib/questions/load-bank";
import {
  actionHeaders,
  discoverServerActions,
  encodeActionArguments,
  fillPattern,
  serverErrorDigest,
  type ServerAction,
} from "../support/app-surface";
import { createTestAttempt, createTestResponse, createTestStudent, createTestTeacher } from "../support/factories";
import { clip } from "../support/fuzz-report";
import { HttpSession } from "../support/http-session";
import { productionDistDir, requireProductionBuild, startProductionServer, type ProductionServer } from "../support/production-server";
import { insertTeacherQuestion, sampleTeacherQuestion } from "../support/teacher-questions";

const distDir = productionDistDir();
// Fails the file at once, with the command to run, when there is no build to serve.
requireProductionBuild(distDir);
const ACTIONS = discoverServerActions(distDir);
const STUDY_SET_ID = "siege-of-wadi-deif";
const OTHER_PASSWORD = "another-persona-password";

type Persona = "anonymous" | "student" | "otherStudent" | "teacher" | "otherTeacher";

/** The owner's records the arguments point at. */
interface Records {
  classId: string;
  joinCode: string;
  assignmentId: string;
  /** The owner student, enrolled in the class. */
  studentId: string;
  /** The owner student's finished practice quiz, with a missed answer. */
  attemptId: string;
  /** A bank question the owner student answered (and reported), and the teacher hid. */
  questionId: string;
  teacherQuestionId: string;
  customSetId: string;
  invitationId: string;
  /** An ended live session the teacher hosted for the class. */
  liveSessionId: string;
  reportId: string;
}

/** How a persona who passes the role check, but does not own the record, is refused. */
type OwnerRefusal =
  | "forbidden"
  /** Back to a page, with an error or "not found" notice in its query. */
  | { redirect: RegExp }
  /** The form comes back with its error state. */
  | { state: RegExp };

interface ActionAccess {
  access: Access;
  /** Whose record the arguments name: another teacher or another student is refused too. */
  owner?: { who: "teacher" | "student"; refusal: OwnerRefusal };
  args: (records: Records) => unknown[];
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) data.append(name, one);
  return data;
}

const ofTeacher = (refusal: OwnerRefusal = "forbidden") => ({ who: "teacher" as const, refusal });
const invalidState = { state: /"status":"invalid"/ };

/** Every server action, who may call it, and a well-formed call aimed at the owner's records. */
const ACTION_ACCESS: Record<string, ActionAccess> = {
  // Anyone may sign up; there is nobody to refuse.
  signUpAction: { access: "public", args: () => [null, form({ name: "New", email: "new@example.com", password: "long-enough-password-1" })] },

  changePasswordAction: {
    access: "account:use",
    args: () => [null, form({ currentPassword: DEMO_PASSWORD, newPassword: "a-new-password-123", confirmPassword: "a-new-password-123" })],
  },
  signOutEverywhereAction: { access: "account:use", args: () => [] },
  deleteAccountAction: { access: "account:use", args: () => [null, form({ password: DEMO_PASSWORD })] },

  joinClassAction: { access: "class:join", args: (r) => [null, form({ code: r.joinCode })] },
  startPracticeQuizAction: { access: "study:use", args: () => [form({ setId: STUDY_SET_ID, length: "5" })] },
  retryMissedAction: {
    access: "study:use",
    owner: { who: "student", refusal: { redirect: /\?error=/ } },
    args: (r) => [form({ attemptId: r.attemptId })],
  },
  // "Another student" is in no class: the assignment is not theirs to take.
  startAssignmentAction: {
    access: "study:use",
    owner: { who: "student", refusal: { redirect: /^\/student\/assignments\?error=/ } },
    args: (r) => [form({ assignmentId: r.assignmentId })],
  },
  // Another student has not seen the question's feedback, so may not report it.
  reportQuestionAction: {
    access: "study:use",
    owner: { who: "student", refusal: invalidState },
    args: (r) => [null, form({ questionId: r.questionId, reason: "typo", comment: "", attemptId: r.attemptId })],
  },

  createClassAction: { access: "teaching:use", args: () => [null, form({ name: "Not my class" })] },
  regenerateJoinCodeAction: { access: "class:manage", owner: ofTeacher(), args: (r) => [form({ classId: r.classId })] },
  setJoiningAction: { access: "class:manage", owner: ofTeacher(), args: (r) => [form({ classId: r.classId, enabled: "false" })] },
  removeStudentAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [form({ classId: r.classId, studentId: r.studentId })],
  },
  restoreStudentAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [form({ classId: r.classId, studentId: r.studentId })],
  },
  assignmentFormAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [
      null,
      form({
        classId: r.classId,
        intent: "create",
        title: "Not my assignment",
        setId: STUDY_SET_ID,
        length: "5",
        opensAt: "2031-01-15T09:00",
        dueAt: "2031-01-22T09:00",
        timeZone: "UTC",
        feedbackPolicy: "immediately",
      }),
    ],
  },
  updateSettingsAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [
      null,
      form({ assignmentId: r.assignmentId, title: "Renamed", dueAt: "2031-01-22T09:00", timeZone: "UTC", feedbackPolicy: "never" }),
    ],
  },
  saveExtensionAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [null, form({ assignmentId: r.assignmentId, studentId: r.studentId, extraMinutes: "30" })],
  },
  removeExtensionAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [form({ assignmentId: r.assignmentId, studentId: r.studentId })],
  },

  inviteTeacherAction: { access: "teacher:invite", args: () => [null, form({ email: "colleague@example.com" })] },
  // Only the teacher who sent an invitation withdraws it; anyone else's attempt finds none.
  revokeInvitationAction: {
    access: "teacher:invite",
    owner: ofTeacher({ redirect: /notice=not-found/ }),
    args: (r) => [form({ invitationId: r.invitationId })],
  },

  // Hiding is per teacher: another teacher hides or shows a question for their own classes only.
  hideQuestionAction: { access: "teaching:use", args: (r) => [null, form({ questionId: r.questionId, reason: "Not for us" })] },
  unhideQuestionAction: { access: "teaching:use", args: (r) => [null, form({ questionId: r.questionId })] },
  dismissReportAction: { access: "teaching:use", owner: ofTeacher(), args: (r) => [form({ reportId: r.reportId })] },
  hideReportedQuestionAction: { access: "teaching:use", owner: ofTeacher(), args: (r) => [form({ reportId: r.reportId })] },

  saveQuestionAction: {
    access: "teaching:use",
    owner: ofTeacher(),
    args: (r) => [
      null,
      form({
        questionId: r.teacherQuestionId,
        type: "true-false",
        category: "places",
        skill: "locate",
        difficulty: "2",
        prompt: "Maarat al-Numan lies on the M5 highway.",
        explanation: "It sits on the M5 between Hama and Aleppo.",
        citationText: "Class notes",
        statementTrue: "true",
      }),
    ],
  },
  archiveQuestionAction: { access: "teaching:use", owner: ofTeacher(), args: (r) => [form({ questionId: r.teacherQuestionId })] },
  importQuestionsAction: {
    access: "teaching:use",
    args: () => [null, form({ format: "gift", intent: "confirm", source: "::Q1:: Aleppo is in Syria. {T}", category: "places", skill: "recall" })],
  },

  createSetAction: { access: "teaching:use", args: () => [null, form({ name: "Not my set", description: "" })] },
  updateSetDetailsAction: {
    access: "teaching:use",
    owner: ofTeacher(),
    args: (r) => [null, form({ setId: r.customSetId, name: "Renamed", description: "by someone else" })],
  },
  deleteSetAction: { access: "teaching:use", owner: ofTeacher(), args: (r) => [form({ setId: r.customSetId })] },
  shareSetAction: { access: "teaching:use", owner: ofTeacher(), args: (r) => [form({ setId: r.customSetId, shared: "true" })] },
  // The set is not shared, so another teacher may not even read (and copy) it.
  copySetAction: { access: "teaching:use", owner: ofTeacher(), args: (r) => [form({ setId: r.customSetId })] },
  removeQuestionAction: {
    access: "teaching:use",
    owner: ofTeacher(),
    args: (r) => [form({ setId: r.customSetId, questionId: r.questionId })],
  },
  moveQuestionAction: {
    access: "teaching:use",
    owner: ofTeacher(),
    args: (r) => [form({ setId: r.customSetId, questionId: r.questionId, direction: "down" })],
  },
  addByIdAction: {
    access: "teaching:use",
    owner: ofTeacher(),
    args: (r) => [null, form({ setId: r.customSetId, questionId: loadQuestionBank().questions[5]!.id })],
  },
  addToSetAction: {
    access: "teaching:use",
    owner: ofTeacher(invalidState),
    args: (r) => [null, form({ setId: r.customSetId, questionId: loadQuestionBank().questions[5]!.id })],
  },
  makeMissedSetAction: { access: "live:host", owner: ofTeacher(), args: (r) => [form({ sessionId: r.liveSessionId })] },
  assignMissedAction: { access: "live:host", owner: ofTeacher(), args: (r) => [form({ sessionId: r.liveSessionId })] },
  setLiveExtraTimeAction: {
    access: "class:manage",
    owner: ofTeacher(),
    args: (r) => [form({ classId: r.classId, studentId: r.studentId, multiplier: "1.5" })],
  },
  addManyToSetAction: {
    access: "teaching:use",
    owner: ofTeacher(invalidState),
    args: (r) => [null, form({ setId: r.customSetId, questionIds: loadQuestionBank().questions.slice(5, 8).map((q) => q.id) })],
  },
};

const ROLE_OF: Record<Exclude<Persona, "anonymous">, Role> = {
  student: "student",
  otherStudent: "student",
  teacher: "teacher",
  otherTeacher: "teacher",
};

/** Who must be refused, and why: not signed in, the wrong role, or not the owner. */
function refusedPersonas(entry: ActionAccess): { persona: Persona; reason: "signed out" | "role" | "owner" }[] {
  if (entry.access === "public") return [];
  const allowedRoles: readonly Role[] = ACCESS_RULES[entry.access];
  const refused: { persona: Persona; reason: "signed out" | "role" | "owner" }[] = [{ persona: "anonymous", reason: "signed out" }];
  for (const [persona, role] of Object.entries(ROLE_OF) as [Exclude<Persona, "anonymous">, Role][]) {
    if (!allowedRoles.includes(role)) refused.push({ persona, reason: "role" });
  }
  if (entry.owner?.who === "teacher") refused.push({ persona: "otherTeacher", reason: "owner" });
  if (entry.owner?.who === "student") refused.push({ persona: "otherStudent", reason: "owner" });
  return refused;
}

let server: ProductionServer;
let database: Database;
let sessions: Record<Persona, HttpSession>;
let records: Records;

interface Reply {
  status: number;
  text: string;
  redirect: string | null;
}

/** A page that runs the action, its segments filled with the owner's records. */
function pageFor(action: ServerAction): string {
  const page = [...action.pages].sort((a, b) => (a.match(/\[/g)?.length ?? 0) - (b.match(/\[/g)?.length ?? 0))[0]!;
  return fillPattern(page, {
    classId: records.classId,
    assignmentId: records.assignmentId,
    studentId: records.studentId,
    attemptId: records.attemptId,
    questionId: page.startsWith("/teacher/questions") ? records.teacherQuestionId : records.questionId,
    setId: page.startsWith("/teacher") ? records.customSetId : STUDY_SET_ID,
    code: records.joinCode,
    sessionId: records.liveSessionId,
  });
}

async function callAction(persona: Persona, action: ServerAction, args: unknown[]): Promise<Reply> {
  const { body, contentType } = await encodeActionArguments(args);
  const response = await sessions[persona].fetch(pageFor(action), {
    method: "POST",
    headers: actionHeaders(action.id, server.baseUrl, contentType),
    body,
    keepCookies: false,
  });
  const text = await response.text();
  const redirect = response.headers.get("x-action-redirect") ?? response.headers.get("location");
  return { status: response.status, text, redirect: redirect?.split(";")[0] ?? null };
}

/** Every row a refused call could have changed, without the times that merely being signed in moves. */
async function snapshot() {
  const byId = { orderBy: { id: "asc" as const } };
  const [users, sessionRows, classes, enrollments, assignments, extensions, attempts, responses] = await Promise.all([
    database.user.findMany({ ...byId, omit: { lastActiveAt: true } }),
    database.session.findMany({ ...byId, omit: { lastSeenAt: true, expiresAt: true } }),
    database.class.findMany(byId),
    database.enrollment.findMany(byId),
    database.assignment.findMany(byId),
    database.assignmentExtension.findMany(byId),
    database.attempt.findMany(byId),
    database.response.findMany(byId),
  ]);
  const [invitations, teacherQuestions, versions, hides, sets, setItems, reports, cardStates] = await Promise.all([
    database.teacherInvitation.findMany(byId),
    database.teacherQuestion.findMany(byId),
    database.teacherQuestionVersion.findMany({ orderBy: [{ questionId: "asc" }, { version: "asc" }] }),
    database.questionHide.findMany(byId),
    database.customSet.findMany(byId),
    database.customSetItem.findMany(byId),
    database.questionReport.findMany(byId),
    database.cardState.findMany(byId),
  ]);
  return {
    users,
    sessionRows,
    classes,
    enrollments,
    assignments,
    extensions,
    attempts,
    responses,
    invitations,
    teacherQuestions,
    versions,
    hides,
    sets,
    setItems,
    reports,
    cardStates,
  };
}

async function signedIn(label: string, email: string, password: string) {
  const session = new HttpSession(server.baseUrl, label);
  await session.signIn(email, password);
  return session;
}

async function createRecords(): Promise<Records> {
  const teacher = await database.user.findUniqueOrThrow({ where: { email: DEMO_TEACHER_EMAIL } });
  const student = await database.user.findUniqueOrThrow({ where: { email: demoStudentEmail(1) } });
  const owner = { teacher: { id: teacher.id, role: "teacher" as const }, student: { id: student.id, role: "student" as const } };
  const klass = await database.class.findFirstOrThrow({
    where: { name: DEMO_CLASS_NAME, teacherId: teacher.id },
    include: { assignments: { take: 1, orderBy: { createdAt: "asc" } } },
  });
  const assignmentId = klass.assignments[0]!.id;
  await database.assignmentExtension.create({ data: { assignmentId, studentId: student.id, extraSeconds: 600 } });

  // A finished practice quiz: one question answered wrong (so there is something to retry), one right.
  const [missed, answered] = loadQuestionBank().questions.filter((q) => q.type === "true-false");
  const attempt = await createTestAttempt(database, student.id, { questionIds: [missed!.id, answered!.id], finishedAt: new Date() });
  await createTestResponse(database, attempt.id, missed!.id, { right: false });
  await createTestResponse(database, attempt.id, answered!.id);
  const reported = await submitQuestionReport(database, owner.student, { questionId: missed!.id, reason: "typo", comment: "", attemptId: attempt.id });
  expect(reported).toEqual({ ok: true, outcome: "sent" });
  const report = await database.questionReport.findUniqueOrThrow({
    where: { studentId_questionId: { studentId: student.id, questionId: missed!.id } },
  });
  expect(await hideQuestion(database, owner.teacher, missed!.id, "Being reworded")).toMatchObject({ ok: true });

  const set = await createCustomSet(database, owner.teacher, { name: "Revision", description: "Not shared" });
  if (!set.ok) throw new Error(JSON.stringify(set.errors));
  for (const question of [missed!, answered!]) await addQuestionToSet(database, owner.teacher, set.value.setId, question.id);
  const questionRow = await insertTeacherQuestion(database, teacher.id, sampleTeacherQuestion());
  const invitation = await createTeacherInvitation(database, { createdById: teacher.id, email: "invited@example.com" });
  const live = await startLiveSession(database, owner.teacher, { classId: klass.id, source: { kind: "custom-set", customSetId: set.value.setId } });
  await database.liveSession.update({ where: { id: live.sessionId }, data: { phase: "ended", endedAt: new Date(), pin: null } });

  return {
    classId: klass.id,
    joinCode: klass.joinCode!,
    assignmentId,
    studentId: student.id,
    attemptId: attempt.id,
    questionId: missed!.id,
    teacherQuestionId: teacherQuestionId(questionRow),
    customSetId: set.value.setId,
    invitationId: invitation.id,
    reportId: report.id,
    liveSessionId: live.sessionId,
  };
}

beforeAll(async () => {
  server = await startProductionServer("action-access");
  database = createPrismaClient(server.databaseUrl);
  const otherTeacher = await createTestTeacher(database, { name: "Other Teacher", password: OTHER_PASSWORD });
  const otherStudent = await createTestStudent(database, { name: "Student in no class", password: OTHER_PASSWORD });
  sessions = {
    anonymous: new HttpSession(server.baseUrl, "anonymous"),
    student: await signedIn("student", demoStudentEmail(1), DEMO_PASSWORD),
    otherStudent: await signedIn("another student", otherStudent.email, OTHER_PASSWORD),
    teacher: await signedIn("teacher", DEMO_TEACHER_EMAIL, DEMO_PASSWORD),
    otherTeacher: await signedIn("another teacher", otherTeacher.email, OTHER_PASSWORD),
  };
  records = await createRecords();
}, 180_000);

afterAll(async () => {
  await database?.$disconnect();
  await server?.stop();
}, 30_000);

describe("server actions' access matrix", () => {
  it("lists every server action in the build, and no other", () => {
    expect(ACTIONS.length).toBeGreaterThan(0);
    expect(ACTIONS.map((action) => action.name).sort()).toEqual(Object.keys(ACTION_ACCESS).sort());
  });

  it.each(ACTIONS.map((action) => [action.name, action] as const))(
    "%s refuses everyone who may not call it and changes nothing",
    async (name, action) => {
      const entry = ACTION_ACCESS[name];
      if (!entry) throw new Error(`${name} (${action.file}) is not in ACTION_ACCESS: say who may call it.`);
      const args = entry.args(records);
      for (const { persona, reason } of refusedPersonas(entry)) {
        const what = `${name} as ${persona} (${reason})`;
        const before = await snapshot();
        const reply = await callAction(persona, action, args);
        expect(reply.status, `${what}: ${clip(reply.text)}`).toBeLessThan(500);
        expect(serverErrorDigest(reply.text), what).toBeNull();
        if (reason === "signed out") {
          expect(reply.redirect, what).toMatch(/^\/sign-in(\?|$)/);
        } else if (reason === "role" || entry.owner!.refusal === "forbidden") {
          expect(reply.status, `${what}: ${clip(reply.text)}`).toBe(403);
        } else if ("redirect" in entry.owner!.refusal) {
          expect(reply.redirect, what).toMatch(entry.owner!.refusal.redirect);
        } else {
          expect(reply.text, what).toMatch(entry.owner!.refusal.state);
        }
        expect(await snapshot(), `${what} changed the database`).toEqual(before);
      }
    },
    60_000,
  );
});
