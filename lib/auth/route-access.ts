/**
 * Every protected page and route handler, with the access it requires. The
 * authorization matrix test (tests/e2e/authorization.spec.ts) requests each one
 * as every persona; add new routes here when you add them to app/.
 *
 * Placeholders the test fills in:
 *   :classId       the demo teacher's class
 *   :assignmentId  an assignment in that class
 *   :studentId     a student enrolled in that class
 *   :attemptId     a practice attempt of the matrix's student
 *   :teacherQuestionId  a question the demo teacher wrote ("tq:<id>", URL-encoded)
 *   :customSetId   a custom set the demo teacher made (not shared)
 *   :liveSessionId a live session the demo teacher started for the demo class, joined by the matrix's student
 */
import type { Access } from "./policy";

export interface RouteAccess {
  path: string;
  access: Access;
  kind: "page" | "api";
  method?: "GET" | "POST";
  /**
   * Whose resource the path names. Holding the role is not enough: another
   * teacher (for "demo teacher") or another student (for "student") is refused.
   */
  owner?: "demo teacher" | "student";
  /**
   * Live-session player routes are open to guests, so the role grants nothing and the session decides:
   * "player": only someone who joined the session (the matrix's student) gets 200, anyone else 404;
   * "join": a student of the class gets 200, anyone else 403 (the matrix's session allows no guests).
   */
  live?: "player" | "join";
  /** A Server-Sent Events stream: the matrix reads its status and headers, never waits for its end. */
  stream?: true;
}

export const ROUTE_ACCESS: RouteAccess[] = [
  { path: "/", access: "public", kind: "page" },
  { path: "/sign-in", access: "public", kind: "page" },
  { path: "/sign-up", access: "public", kind: "page" },
  { path: "/api/health", access: "public", kind: "api" },
  { path: "/api/map/governorates", access: "public", kind: "api" },
  // The service worker and the page it shows offline (docs/decisions/012-offline-app-shell.md).
  { path: "/serwist/sw.js", access: "public", kind: "api" },
  { path: "/offline", access: "public", kind: "page" },
  { path: "/sign-out", access: "account:use", kind: "page" },
  { path: "/account", access: "account:use", kind: "page" },
  // Where a deleted account lands: there is no session left to check.
  { path: "/account/deleted", access: "public", kind: "page" },

  // Students
  { path: "/student", access: "study:use", kind: "page" },
  { path: "/student/assignments", access: "study:use", kind: "page" },
  { path: "/student/sets/siege-of-wadi-deif", access: "study:use", kind: "page" },
  { path: "/student/flashcards", access: "study:use", kind: "page" },
  { path: "/student/timeline", access: "study:use", kind: "page" },
  { path: "/student/map", access: "study:use", kind: "page" },
  { path: "/student/map/places", access: "study:use", kind: "page" },
  { path: "/student/progress", access: "study:use", kind: "page" },
  { path: "/student/quiz/:attemptId", access: "study:use", kind: "page", owner: "student" },
  { path: "/student/quiz/:attemptId/summary", access: "study:use", kind: "page", owner: "student" },
  { path: "/join", access: "class:join", kind: "page" },
  { path: "/join/ABC234", access: "class:join", kind: "page" },
  { path: "/api/flashcards/reviews", access: "study:use", kind: "api", method: "POST" },
  { path: "/api/attempts/:attemptId/responses", access: "study:use", kind: "api", method: "POST", owner: "student" },
  // Finishing ends the attempt, so the matrix requests it after everything else.
  { path: "/api/attempts/:attemptId/finish", access: "study:use", kind: "api", method: "POST", owner: "student" },

  // Teachers
  { path: "/teacher", access: "teaching:use", kind: "page" },
  { path: "/teacher/invitations", access: "teacher:invite", kind: "page" },
  // Custom sets and students' reports (docs/curation.md). Sharing a set with colleagues is covered by the
  // integration tests (tests/integration/custom-sets.test.ts); here the set is not shared.
  { path: "/teacher/sets", access: "teaching:use", kind: "page" },
  { path: "/teacher/sets/:customSetId", access: "teaching:use", kind: "page", owner: "demo teacher" },
  { path: "/api/exports/custom-sets/:customSetId/csv", access: "teaching:use", kind: "api", owner: "demo teacher" },
  { path: "/teacher/reports", access: "teaching:use", kind: "page" },
  // The question browser and one generated question's page (docs/curation.md).
  { path: "/teacher/questions", access: "teaching:use", kind: "page" },
  { path: "/teacher/questions?q=aleppo&scope=core&hidden=1", access: "teaching:use", kind: "page" },
  { path: "/teacher/questions/before-true-false-0179da70c7", access: "teaching:use", kind: "page" },
  // Writing, editing and importing questions. :teacherQuestionId is a question the demo teacher wrote
  // (the matrix test writes one first); only its author may edit it.
  { path: "/teacher/questions/new", access: "teaching:use", kind: "page" },
  { path: "/teacher/questions/:teacherQuestionId/edit", access: "teaching:use", kind: "page", owner: "demo teacher" },
  { path: "/teacher/questions/new?type=map-pin", access: "teaching:use", kind: "page" },
  { path: "/teacher/questions/import", access: "teaching:use", kind: "page" },
  { path: "/teacher/classes/:classId", access: "class:manage", kind: "page", owner: "demo teacher" },
  { path: "/teacher/classes/:classId/roster", access: "class:manage", kind: "page", owner: "demo teacher" },
  { path: "/teacher/classes/:classId/missed", access: "class:manage", kind: "page", owner: "demo teacher" },
  { path: "/teacher/classes/:classId/assignments/new", access: "class:manage", kind: "page", owner: "demo teacher" },
  { path: "/teacher/classes/:classId/assignments/:assignmentId", access: "class:manage", kind: "page", owner: "demo teacher" },
  {
    path: "/teacher/classes/:classId/assignments/:assignmentId/settings",
    access: "class:manage",
    kind: "page",
    owner: "demo teacher",
  },
  { path: "/teacher/classes/:classId/students/:studentId", access: "class:manage", kind: "page", owner: "demo teacher" },
  // A live session's results (still running for the matrix's session: the answers so far).
  { path: "/teacher/classes/:classId/live/:liveSessionId", access: "class:manage", kind: "page", owner: "demo teacher" },
  { path: "/api/classes/:classId/exports/gradebook", access: "class:manage", kind: "api", owner: "demo teacher" },
  { path: "/api/classes/:classId/exports/responses", access: "class:manage", kind: "api", owner: "demo teacher" },
  // Question exports for other tools (docs/exports.md): a study set's, an assignment's; a student's own flashcards.
  { path: "/teacher/study-sets", access: "teaching:use", kind: "page" },
  { path: "/teacher/study-sets/siege-of-wadi-deif", access: "teaching:use", kind: "page" },
  { path: "/api/exports/study-sets/siege-of-wadi-deif/gift", access: "teaching:use", kind: "api" },
  { path: "/api/exports/assignments/:assignmentId/qti", access: "class:manage", kind: "api", owner: "demo teacher" },
  { path: "/api/exports/flashcards/quizlet", access: "study:use", kind: "api" },

  // Live class sessions (docs/decisions/019-live-sessions-transport-and-fan-out.md). The matrix starts
  // one for the demo class (and opens its first question) before requesting these; the host's command
  // is the reveal, so it comes after the answer.
  { path: "/teacher/live", access: "live:host", kind: "page" },
  { path: "/teacher/live/:liveSessionId", access: "live:host", kind: "page", owner: "demo teacher" },
  { path: "/live", access: "public", kind: "page" },
  { path: "/live/:liveSessionId", access: "public", kind: "page", live: "player" },
  { path: "/api/live/:liveSessionId/player/stream", access: "public", kind: "api", live: "player", stream: true },
  { path: "/api/live/:liveSessionId/answers", access: "public", kind: "api", method: "POST", live: "player" },
  // After the player rows: the other student joining here makes them a player too.
  { path: "/api/live/join", access: "public", kind: "api", method: "POST", live: "join" },
  { path: "/api/live/sessions", access: "live:host", kind: "api", method: "POST", owner: "demo teacher" },
  { path: "/api/live/:liveSessionId/host/stream", access: "live:host", kind: "api", owner: "demo teacher", stream: true },
  { path: "/api/live/:liveSessionId/host/commands", access: "live:host", kind: "api", method: "POST", owner: "demo teacher" },
];
