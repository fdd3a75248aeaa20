/**
 * Every protected page and route handler, with the access it requires. The
 * authorization matrix test (tests/e2e/authorization.spec.ts) visits each one
 * as every role; add new routes here when you add them to app/.
 */
import type { Access } from "./policy";

export interface RouteAccess {
  /** Path; `:classId` is replaced with a class owned by the demo teacher. */
  path: string;
  access: Access;
  kind: "page" | "api";
  /** The resource belongs to one teacher: another teacher must be refused too. */
  ownedByDemoTeacher?: boolean;
}

export const ROUTE_ACCESS: RouteAccess[] = [
  { path: "/", access: "public", kind: "page" },
  { path: "/sign-in", access: "public", kind: "page" },
  { path: "/sign-up", access: "public", kind: "page" },
  { path: "/api/health", access: "public", kind: "api" },
  { path: "/sign-out", access: "account:use", kind: "page" },
  { path: "/student", access: "study:use", kind: "page" },
  { path: "/teacher", access: "teaching:use", kind: "page" },
  { path: "/teacher/classes/:classId", access: "class:manage", kind: "page", ownedByDemoTeacher: true },
];
