/**
 * Students with quiz attempts for the load benchmarks, written straight into
 * the benchmark server's database, and signed session cookies for them (a
 * session row and a JWT naming it, made with the server's own secret, exactly
 * what next-auth issues at sign-in; signing in 300 times over HTTP would only
 * trip the sign-in throttle).
 */
import { randomInt } from "node:crypto";
import { encode } from "next-auth/jwt";
import { startSession } from "../../../lib/accounts/sessions";
import type { Role } from "../../../lib/auth/roles";
import { createPrismaClient, type Database } from "../../../lib/db/create-client";
import type { Question, QuestionBank, QuestionType } from "../../../lib/questions/types";

export interface BenchStudent {
  userId: string;
  cookie: string;
  attempts: { id: string; questions: Question[] }[];
}

const SESSION_COOKIE = "next-auth.session-token";

export async function sessionCookie(db: Database, secret: string, user: { id: string; name: string; email: string; role: string }) {
  const role = user.role as Role;
  const sid = await startSession(db, { userId: user.id, role, userAgent: "benchmark" }, { maxAgeSeconds: 24 * 60 * 60 });
  const token = await encode({ token: { sub: user.id, name: user.name, email: user.email, role, sid }, secret });
  return `${SESSION_COOKIE}=${token}`;
}

/** Creates `count` students, each with `attemptsEach` practice attempts of `questionsEach` questions. */
export async function createBenchStudents(options: {
  databaseUrl: string;
  secret: string;
  bank: QuestionBank;
  count: number;
  attemptsEach: number;
  questionsEach: number;
  /** Put a question of this type first in every attempt (for page-weight runs). */
  firstType?: QuestionType;
}): Promise<BenchStudent[]> {
  const db = createPrismaClient(options.databaseUrl);
  const questions = options.bank.questions;
  const students: BenchStudent[] = [];
  try {
    for (let n = 0; n < options.count; n++) {
      const email = `bench-${Date.now()}-${n}@example.com`;
      const user = await db.user.create({
        data: { email, name: `Bench student ${n + 1}`, role: "student", passwordHash: "not-used-by-the-benchmark" },
      });
      const attempts = [];
      for (let a = 0; a < options.attemptsEach; a++) {
        const start = randomInt(questions.length);
        const picked = Array.from({ length: options.questionsEach }, (_, i) => questions[(start + i * 7) % questions.length]!);
        if (options.firstType) {
          const first = questions.find((q) => q.type === options.firstType)!;
          picked[0] = first;
        }
        const unique = [...new Map(picked.map((q) => [q.id, q])).values()];
        const attempt = await db.attempt.create({
          data: {
            userId: user.id,
            kind: "practice",
            setDefinition: JSON.stringify({ length: unique.length }),
            questionIds: JSON.stringify(unique.map((q) => q.id)),
            seed: randomInt(1_000_000),
            bankVersion: options.bank.version,
          },
        });
        attempts.push({ id: attempt.id, questions: unique });
      }
      students.push({ userId: user.id, cookie: await sessionCookie(db, options.secret, { ...user }), attempts });
    }
  } finally {
    await db.$disconnect();
  }
  return students;
}
