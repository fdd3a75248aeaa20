/**
 * npm run bench -- live [--record] [--keep] [--reuse DIR]
 *
 * A live class session at full size, across two instances (docs/decisions/019-live-sessions-transport-and-fan-out.md):
 *
 * 1. Two hosts build the same sources each on its own (scripts/bench/support/two-hosts.ts, as
 *    `npm run cluster:check` does); one instance from each runs on one fresh PostgreSQL database, behind
 *    Debian's nginx (round robin, no affinity, no response buffering, hour-long reads).
 * 2. A teacher with a class of 300 students (written straight into the database, with signed session
 *    cookies) starts a live session through nginx from a set of 10 questions of all seven types.
 * 3. 300 players join with the PIN, each opens the player stream through nginx, and answers every
 *    question after a few seconds of thought (about 70 % right) with POST /api/live/:id/answers; a send
 *    that fails or meets a 5xx goes again with the same clientAnswerId. The script, as the host, sends
 *    next and reveal with the version it last saw.
 * 4. Fan-out: from the host's "next" leaving to each player's stream delivering that question.
 *    Budget: 95th percentile under 500 ms.
 * 5. Right after question 5 reached every player, one instance is killed with `kill -9`. Its players'
 *    streams drop and reconnect through nginx with Last-Event-ID; answers in flight are sent again.
 * 6. In the end: every acknowledged answer is stored, once; every reveal gives each player the verdict
 *    their answer deserved.
 *
 * --keep leaves the work folder (builds, logs); --reuse DIR serves the builds a --keep run left there.
 * Ports: nginx 3310, instances 3311 and 3312.
 */
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadKnowledgeBase } from "../../lib/content/load-knowledge-base";
import { createPrismaClient } from "../../lib/db/create-client";
import { seededFloats, simulateAnswer } from "../../lib/demo/simulate-answers";
import { generateQuestionBank } from "../../lib/questions/bank";
import type { Question, QuestionType } from "../../lib/questions/types";
import { ms, summarize, type SuiteResult } from "./report";
import { startInstance, type AppInstance } from "./support/app-instance";
import { sessionCookie } from "./support/bench-students";
import { requireNginx, startNginx, UPSTREAM_HEADER } from "./support/nginx";
import { createScratchPostgresDatabase } from "./support/scratch-postgres";
import { SseClient } from "./support/sse-client";
import { build, builtEncryptionKey, cleanEnv, copySources, HOST_FOLDERS } from "./support/two-hosts";

const NGINX_PORT = 3310;
const INSTANCE_PORTS = [3311, 3312] as const;
const STUDENTS = 300;
/** The question (1-based) after whose delivery one instance is killed. */
const KILL_AFTER_QUESTION = 5;
const FAN_OUT_P95_BUDGET_MS = 500;
const THINK_MS = [500, 4_000] as const;
const P_CORRECT = 0.7;
/** One question of each type, then three more multiple-choice: a class quiz's usual mix. */
const QUESTION_TYPES: QuestionType[] = ["multiple-choice", "true-false", "ordering", "matching", "typed", "numeric", "map-pin", "multiple-choice", "multiple-choice", "true-false"];

const repoRoot = path.resolve(import.meta.dirname, "..", "..");

function log(message: string) {
  console.log(`live: ${message}`);
}

const sleep = (msToWait: number) => new Promise((resolve) => setTimeout(resolve, msToWait));

/** Waits until `done()` holds, checking every 20 ms; throws after `timeoutMs` with `what`. */
async function until(done: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await sleep(20);
  }
}

async function postJson(baseUrl: string, urlPath: string, cookie: string, body: unknown): Promise<{ status: number; data: unknown; upstream: string | null }> {
  const response = await fetch(baseUrl + urlPath, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl, cookie },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let data: unknown = text;
  try {
    data = JSON.parse(text);
  } catch {
    // Not JSON (an nginx error page): keep the text.
  }
  return { status: response.status, data, upstream: response.headers.get(UPSTREAM_HEADER) };
}

interface PlayerView {
  version: number;
  phase: string;
  questionNumber: number | null;
  question: { id: string } | null;
  myAnswer: unknown;
  reveal: { yourResult: { correct: boolean } | null } | null;
}

interface HostViewLite {
  version: number;
  phase: string;
  questionNumber: number | null;
}

interface Acknowledged {
  playerId: string;
  questionId: string;
  clientAnswerId: string;
}

/** One scripted student: a stream, and an answer to each question as it opens. */
class Player {
  stream: SseClient;
  latest: PlayerView | null = null;
  /** performance.now() when each question (1-based) first reached this player, and its reveal. */
  seenQuestion = new Map<number, number>();
  seenReveal = new Map<number, number>();
  answering = new Set<number>();
  acknowledged = new Map<number, Acknowledged>();
  expectedCorrect = new Map<string, boolean>();
  verdicts = { matched: 0, mismatched: 0 };
  firstUpstream: string | null = null;
  reconnects: { ms: number; upstream: string | null }[] = [];
  private readonly random: () => number;

  constructor(
    readonly index: number,
    readonly playerId: string,
    readonly cookie: string,
    private readonly run: Run,
  ) {
    this.random = seededFloats(index + 1);
    this.stream = new SseClient({
      url: `${run.baseUrl}/api/live/${run.sessionId}/player/stream`,
      cookie,
      onState: (view) => this.onState(view as PlayerView),
      onReconnected: (elapsed, upstream) => this.reconnects.push({ ms: elapsed, upstream }),
    });
  }

  private onState(view: PlayerView): void {
    this.latest = view;
    const n = view.questionNumber;
    if (n === null) return;
    if (view.phase === "question" && !this.seenQuestion.has(n)) this.seenQuestion.set(n, performance.now());
    if (view.phase === "revealed" && !this.seenReveal.has(n)) {
      this.seenReveal.set(n, performance.now());
      const expected = view.question ? this.expectedCorrect.get(view.question.id) : undefined;
      if (expected !== undefined && view.reveal?.yourResult) {
        if (view.reveal.yourResult.correct === expected) this.verdicts.matched++;
        else this.verdicts.mismatched++;
      }
    }
    if (view.phase === "question" && view.question && !this.answering.has(n)) {
      this.answering.add(n);
      void this.answer(n, view.question.id);
    }
  }

  /** Thinks, then sends; after a network error or a 5xx sends the same answer again with the same id. */
  private async answer(n: number, questionId: string): Promise<void> {
    const question = this.run.questions.get(questionId);
    if (!question) throw new Error(`the stream showed a question not in the session: ${questionId}`);
    const simulated = simulateAnswer(question, P_CORRECT, this.random);
    this.expectedCorrect.set(questionId, simulated.correct);
    const clientAnswerId = randomUUID().replaceAll("-", "");
    await sleep(THINK_MS[0] + this.random() * (THINK_MS[1] - THINK_MS[0]));
    for (let attempt = 0; attempt < 40; attempt++) {
      if (attempt > 0) {
        this.run.resends++;
        await sleep(250 + attempt * 100);
      }
      try {
        const reply = await postJson(this.run.baseUrl, `/api/live/${this.run.sessionId}/answers`, this.cookie, { clientAnswerId, questionId, response: simulated.response });
        if (reply.status === 200) {
          if ((reply.data as { recorded?: string }).recorded === "duplicate") this.run.duplicateReplies++;
          this.acknowledged.set(n, { playerId: this.playerId, questionId, clientAnswerId });
          return;
        }
        if (reply.status < 500) {
          this.run.refused.push(`${reply.status} ${JSON.stringify(reply.data).slice(0, 160)}`);
          return;
        }
        this.run.failures[String(reply.status)] = (this.run.failures[String(reply.status)] ?? 0) + 1;
      } catch {
        this.run.failures.network = (this.run.failures.network ?? 0) + 1;
      }
    }
    this.run.refused.push(`gave up on question ${n} after 40 sends`);
  }
}

interface Run {
  baseUrl: string;
  sessionId: string;
  questions: Map<string, Question>;
  resends: number;
  duplicateReplies: number;
  failures: Record<string, number>;
  refused: string[];
}

/** The host: a stream of the host view, and commands naming the version last seen. */
class Host {
  latest: HostViewLite | null = null;
  version = 0;
  stream: SseClient;

  constructor(
    private readonly run: Run,
    private readonly cookie: string,
  ) {
    this.stream = new SseClient({
      url: `${run.baseUrl}/api/live/${run.sessionId}/host/stream`,
      cookie,
      onState: (view) => {
        this.latest = view as HostViewLite;
        this.version = Math.max(this.version, this.latest.version);
      },
    });
  }

  /**
   * Sends `command`; returns performance.now() of the first send. A send that fails on the way (the
   * instance died) is sent again; a 409 after such a send means the first one was applied when the
   * host's stream already shows `applied`.
   */
  async command(command: "next" | "reveal" | "end", applied: (view: HostViewLite) => boolean): Promise<number> {
    const firstSent = performance.now();
    for (let attempt = 0; attempt < 20; attempt++) {
      if (attempt > 0) await sleep(300);
      try {
        const reply = await postJson(this.run.baseUrl, `/api/live/${this.run.sessionId}/host/commands`, this.cookie, { command, version: this.version });
        if (reply.status === 200) {
          this.version = Math.max(this.version, (reply.data as { version: number }).version);
          return firstSent;
        }
        if (reply.status === 409 && this.latest && applied(this.latest)) return firstSent;
        if (reply.status < 500 && reply.status !== 409) throw new Error(`host ${command}: ${reply.status} ${JSON.stringify(reply.data)}`);
      } catch (error) {
        if ((error as Error).message.startsWith("host ")) throw error;
      }
    }
    throw new Error(`host ${command} was never applied`);
  }
}

/** One question of each listed type from the bank (single-answer multiple choice). */
function pickQuestions(questions: readonly Question[]): Question[] {
  const used = new Set<string>();
  return QUESTION_TYPES.map((type) => {
    const found = questions.find((q) => q.type === type && !used.has(q.id) && (q.type !== "multiple-choice" || !q.selectMany));
    if (!found) throw new Error(`no ${type} question in the bank`);
    used.add(found.id);
    return found;
  });
}

async function seedClass(databaseUrl: string, secret: string, questions: Question[]) {
  const db = createPrismaClient(databaseUrl);
  try {
    const run = randomBytes(3).toString("hex");
    const teacher = await db.user.create({ data: { email: `live-teacher-${run}@example.com`, name: "Live bench teacher", role: "teacher", passwordHash: "not-used" } });
    const klass = await db.class.create({ data: { name: `Live bench class (${STUDENTS})`, teacherId: teacher.id } });
    const students = Array.from({ length: STUDENTS }, (_, n) => ({
      id: `live-${run}-${n}`,
      email: `live-${run}-${n}@example.com`,
      name: `Student ${n + 1}`,
      role: "student",
      passwordHash: "not-used",
    }));
    await db.user.createMany({ data: students });
    await db.enrollment.createMany({ data: students.map((s) => ({ classId: klass.id, studentId: s.id })) });
    const set = await db.customSet.create({
      data: { ownerId: teacher.id, name: "Live bench: all seven types", items: { create: questions.map((q, position) => ({ questionId: q.id, position })) } },
    });
    const cookies: string[] = [];
    for (const student of students) cookies.push(await sessionCookie(db, secret, student));
    return { classId: klass.id, customSetId: set.id, teacherCookie: await sessionCookie(db, secret, teacher), studentCookies: cookies };
  } finally {
    await db.$disconnect();
  }
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) await work(items[next++]!);
    }),
  );
}

const seconds = (n: number) => `${(n / 1000).toFixed(1)} s`;

export async function liveSuite(options: { keep?: boolean; reuse?: string } = {}): Promise<SuiteResult> {
  requireNginx();
  const started = Date.now();
  const workDir = options.reuse ? path.resolve(options.reuse) : fs.mkdtempSync(path.join(os.tmpdir(), "bench-live-"));
  const hostDirs = HOST_FOLDERS.map((folder) => path.join(workDir, folder));
  const cleanups: (() => Promise<void>)[] = [];
  let instances: AppInstance[] = [];
  try {
    const database = await createScratchPostgresDatabase("bench_live");
    cleanups.push(() => database.drop());
    const secret = randomBytes(32).toString("base64");
    const hostEnv = cleanEnv({
      APP_MODE: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${NGINX_PORT}`,
      TRUST_PROXY_HOPS: "1",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    if (options.reuse) {
      for (const dir of hostDirs) if (!fs.existsSync(path.join(dir, ".next", "BUILD_ID"))) throw new Error(`--reuse: no build in ${dir}`);
      log(`reusing the builds in ${workDir}`);
    } else {
      for (const dir of hostDirs) {
        copySources(repoRoot, dir);
        log(`building ${path.relative(workDir, dir)}/ …`);
        log(`  built in ${build(dir, hostEnv).toFixed(0)} s`);
      }
    }
    const serveEnv = { ...hostEnv, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: builtEncryptionKey(hostDirs[0]!) };
    instances = await Promise.all(
      hostDirs.map((dir, i) =>
        startInstance({ name: `host ${"ab"[i]} (127.0.0.1:${INSTANCE_PORTS[i]})`, cwd: dir, port: INSTANCE_PORTS[i]!, env: { ...serveEnv, DATA_DIR: path.join(dir, "data") } }),
      ),
    );
    cleanups.push(async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
    });
    const balancer = await startNginx({ dir: path.join(workDir, "nginx"), port: NGINX_PORT, upstreamPorts: [...INSTANCE_PORTS], streaming: true });
    cleanups.push(() => balancer.stop());
    log(`two instances (ports ${INSTANCE_PORTS.join(", ")}) behind nginx on ${NGINX_PORT}`);

    // The class, its session, its players.
    const bank = generateQuestionBank(loadKnowledgeBase());
    const picked = pickQuestions(bank.questions);
    const seeded = await seedClass(database.url, secret, picked);
    const baseUrl = balancer.baseUrl;
    const opened = await postJson(baseUrl, "/api/live/sessions", seeded.teacherCookie, { classId: seeded.classId, source: { kind: "custom-set", customSetId: seeded.customSetId } });
    if (opened.status !== 200) throw new Error(`starting the session: ${opened.status} ${JSON.stringify(opened.data)}`);
    const { sessionId, pin } = opened.data as { sessionId: string; pin: string };
    const run: Run = { baseUrl, sessionId, questions: new Map(picked.map((q) => [q.id, q])), resends: 0, duplicateReplies: 0, failures: {}, refused: [] };
    const host = new Host(run, seeded.teacherCookie);
    await host.stream.start();

    const players: Player[] = [];
    await inParallel(
      seeded.studentCookies.map((cookie, index) => ({ cookie, index })),
      20,
      async ({ cookie, index }) => {
        const joined = await postJson(baseUrl, "/api/live/join", cookie, { pin });
        if (joined.status !== 200) throw new Error(`student ${index + 1} joining: ${joined.status} ${JSON.stringify(joined.data)}`);
        players[index] = new Player(index, (joined.data as { playerId: string }).playerId, cookie, run);
      },
    );
    await inParallel(players, 20, async (player) => {
      await player.stream.start();
      player.firstUpstream = player.stream.upstream;
    });
    await until(() => players.every((p) => p.latest !== null), 30_000, () => "every player's first event");
    const perUpstream = new Map<string, number>();
    for (const player of players) perUpstream.set(player.firstUpstream ?? "unknown", (perUpstream.get(player.firstUpstream ?? "unknown") ?? 0) + 1);
    const spread = [...perUpstream].map(([upstream, count]) => `${upstream}: ${count}`);
    log(`${players.length} players joined session ${pin}; their streams: ${spread.join(", ")}`);

    // The game.
    const nextSentAt = new Map<number, number>();
    const revealSentAt = new Map<number, number>();
    const victim = instances[1]!;
    const victimAddress = `127.0.0.1:${victim.port}`;
    let killedAt = 0;
    for (let n = 1; n <= picked.length; n++) {
      nextSentAt.set(n, await host.command("next", (view) => view.phase === "question" && view.questionNumber === n));
      await until(() => players.every((p) => p.seenQuestion.has(n)), 30_000, () => `question ${n} on every stream (${players.filter((p) => p.seenQuestion.has(n)).length} have it)`);
      if (n === KILL_AFTER_QUESTION) {
        await victim.kill9();
        killedAt = performance.now();
        log(`question ${n}: killed ${victim.name} with SIGKILL; ${players.filter((p) => p.stream.upstream === victimAddress).length} streams were on it`);
      }
      await until(
        () => players.every((p) => p.acknowledged.has(n)) || run.refused.length > 0,
        90_000,
        () => `every answer to question ${n} (${players.filter((p) => p.acknowledged.has(n)).length} acknowledged)`,
      );
      if (run.refused.length > 0) throw new Error(`answers refused: ${run.refused.slice(0, 5).join(" / ")}`);
      revealSentAt.set(n, await host.command("reveal", (view) => view.phase === "revealed" && view.questionNumber === n));
      await until(() => players.every((p) => p.seenReveal.has(n)), 30_000, () => `the reveal of question ${n} on every stream`);
      log(`question ${n} (${picked[n - 1]!.type}): delivered, answered and revealed on all ${players.length} streams`);
    }
    await host.command("end", (view) => view.phase === "ended");
    await until(() => players.every((p) => p.latest?.phase === "ended"), 30_000, () => "the end on every stream");
    for (const player of [...players, host]) player.stream.close();

    // What was measured.
    const fanOut: number[] = [];
    const revealFanOut: number[] = [];
    for (const player of players) {
      for (const [n, at] of player.seenQuestion) fanOut.push(at - nextSentAt.get(n)!);
      for (const [n, at] of player.seenReveal) revealFanOut.push(at - revealSentAt.get(n)!);
    }
    const fan = summarize(fanOut);
    const perQuestion = picked.map((_, i) => summarize(players.map((p) => p.seenQuestion.get(i + 1)! - nextSentAt.get(i + 1)!)));
    const reveal = summarize(revealFanOut);
    const reconnects = players.flatMap((p) => p.reconnects);
    const reconnect = reconnects.length > 0 ? summarize(reconnects.map((r) => r.ms)) : null;
    const acknowledged = players.flatMap((p) => [...p.acknowledged.values()]);
    const db = createPrismaClient(database.url);
    const stored = await db.liveAnswer
      .findMany({ where: { sessionId }, select: { playerId: true, questionId: true, clientAnswerId: true } })
      .finally(() => db.$disconnect());
    const storedKeys = new Map<string, number>();
    for (const row of stored) storedKeys.set(`${row.playerId} ${row.clientAnswerId}`, (storedKeys.get(`${row.playerId} ${row.clientAnswerId}`) ?? 0) + 1);
    const lost = acknowledged.filter((a) => !storedKeys.has(`${a.playerId} ${a.clientAnswerId}`)).length;
    const duplicated = [...storedKeys.values()].filter((count) => count > 1).length;
    const verdicts = players.reduce((sum, p) => ({ matched: sum.matched + p.verdicts.matched, mismatched: sum.mismatched + p.verdicts.mismatched }), { matched: 0, mismatched: 0 });
    const rightAnswers = players.reduce((sum, p) => sum + [...p.expectedCorrect.values()].filter(Boolean).length, 0);
    const planned = STUDENTS * picked.length;

    const rows: SuiteResult["rows"] = [
      { measure: `"next" to the question on each player's stream, p50 (${fanOut.length} deliveries)`, value: ms(fan.median) },
      { measure: `"next" to the question on each player's stream, p95`, value: ms(fan.p95), budget: `< ${FAN_OUT_P95_BUDGET_MS} ms`, pass: fan.p95 < FAN_OUT_P95_BUDGET_MS },
      { measure: `"next" to the question on each player's stream, slowest`, value: ms(fan.max) },
      { measure: `"reveal" to the verdict on each player's stream, p50 / p95 / slowest`, value: `${ms(reveal.median)} / ${ms(reveal.p95)} / ${ms(reveal.max)}` },
      { measure: "every question reached every player", value: `${fanOut.length} of ${planned}`, budget: String(planned), pass: fanOut.length === planned },
      { measure: "answers acknowledged (2xx) / stored", value: `${acknowledged.length} / ${stored.length}`, budget: `${planned} / ${planned}`, pass: acknowledged.length === planned && stored.length === planned },
      { measure: "acknowledged answers lost / stored twice", value: `${lost} / ${duplicated}`, budget: "0 / 0", pass: lost === 0 && duplicated === 0 },
      { measure: "answers sent again (after a 502 or a dropped connection) / of them already stored", value: `${run.resends} / ${run.duplicateReplies}` },
      { measure: `verdicts at the reveal as expected (${rightAnswers} right answers sent)`, value: `${verdicts.matched} of ${verdicts.matched + verdicts.mismatched}`, budget: String(planned), pass: verdicts.matched === planned && verdicts.mismatched === 0 },
      {
        measure: `streams reconnected after the kill -9 (of ${players.filter((p) => p.firstUpstream === victimAddress).length} on the killed instance)`,
        value: String(reconnects.length),
      },
      {
        measure: "reconnect: drop to first event from the survivor, p50 / p95 / slowest",
        value: reconnect ? `${seconds(reconnect.median)} / ${seconds(reconnect.p95)} / ${seconds(reconnect.max)}` : "none",
        budget: "all back",
        pass: reconnects.length > 0 && players.every((p) => p.latest?.phase === "ended"),
      },
    ];
    log(`failed sends: ${JSON.stringify(run.failures)}; killed ${((performance.now() - killedAt) / 1000).toFixed(0)} s before the end; run took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return {
      title: `Live session: ${STUDENTS} players, ${picked.length} questions, two instances behind nginx, one killed`,
      rows,
      notes: [
        `Two builds of the same sources, one instance each (production mode) on one PostgreSQL database, Debian nginx round robin without affinity or buffering; ${STUDENTS} students of one class, each on their own SSE stream through nginx, ${spread.join(", ")}.`,
        `Questions: ${picked.map((q) => q.type).join(", ")}. Players think ${THINK_MS[0] / 1000}–${THINK_MS[1] / 1000} s and are right about ${P_CORRECT * 100} % of the time; the host reveals once every answer is in.`,
        `Fan-out is timed from the moment the host's "next" leaves the script to the moment the player's stream hands over the new question, all in one Node process. Per question, p50 / p95 / slowest: ${perQuestion.map((q, i) => `${i + 1}: ${q.median.toFixed(0)} / ${q.p95.toFixed(0)} / ${q.max.toFixed(0)} ms`).join("; ")}.`,
        `After question ${KILL_AFTER_QUESTION} reached every player, the instance on port ${victim.port} was killed with SIGKILL and not restarted: its players reconnected through nginx (each stream retries after 1–3 s at random, with Last-Event-ID) and finished the session on the other.`,
      ],
    };
  } finally {
    for (const instance of instances) fs.writeFileSync(path.join(workDir, `${instance.name.split(" (")[0]!.replace(" ", "-")}.log`), instance.output());
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    if (options.keep || options.reuse) log(`work folder kept: ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}
