/**
 * npm run cluster:check [-- --without-shared-key] [--keep] [--reuse DIR] [--source DIR] [--if-postgres]
 *
 * Two hosts that each build the same commit must serve one site behind a balancer without sticky
 * sessions (docs/decisions/013-interchangeable-builds.md). This check does what two such hosts do:
 *
 * 1. Copies the sources into two folders at different paths, each with its own node_modules (hard
 *    links) and its own generated Prisma client, as `npm install` makes them, and runs `next build` in
 *    each with the same settings (APP_MODE=production and one NEXT_SERVER_ACTIONS_ENCRYPTION_KEY).
 * 2. Compares the two builds: build id, every server-action id, every file under _next/static.
 * 3. Starts one instance from each build on a fresh PostgreSQL database, behind Debian's nginx: round
 *    robin, no affinity, a POST never passed on to the other instance.
 * 4. Through nginx, with the instances alternating on every request: a student signs up, starts a quiz
 *    and answers it; a teacher signs up with the teacher sign-up code, creates a class and an assignment.
 *    Every form is rendered by one instance and posted to the other. Each script and stylesheet a page
 *    names is fetched from both instances.
 * 5. Load: 60 students answer 3,000 questions through nginx; one instance is killed with `kill -9` a
 *    third of the way in and started again. Every acknowledged answer must be stored, and only once.
 *
 * --without-shared-key  builds without the shared key (and without APP_MODE=production, which would
 *                       refuse that), as hosts did before decision 013: the check then expects a form
 *                       posted across instances to fail with 409 "Server Action unavailable", and stops.
 * --keep                leaves the work folder (builds, logs) in place and prints where it is.
 * --reuse DIR           skips copying and building: uses the builds a --keep run left in DIR.
 * --source DIR          the checkout to copy (default: this one, its working tree as it is).
 * --if-postgres         (npm test) outside CI, say loudly that the check is skipped when no PostgreSQL
 *                       server answers, instead of failing, as the integration suite does.
 *
 * Needs /usr/sbin/nginx (apt-get install -y nginx) and PostgreSQL at TEST_POSTGRES_URL (default
 * postgresql://postgres@127.0.0.1:5432/postgres). Ports: nginx 3300, instances 3301 and 3302.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledgeBase } from "../lib/content/load-knowledge-base";
import { createPrismaClient } from "../lib/db/create-client";
import { generateQuestionBank } from "../lib/questions/bank";
import { sampleResponse } from "../lib/questions/sample-response";
import type { QuestionBank } from "../lib/questions/types";
import { postgresReachable, testPostgresUrl } from "../tests/support/test-databases";
import { answerAll, compareWithStored, firstStudySetPath, formWith, prepareStudents, signUp, startPracticeQuiz } from "./bench/support/answer-load";
import { startInstance, type AppInstance } from "./bench/support/app-instance";
import { requireNginx, startNginx, type Balancer } from "./bench/support/nginx";
import { createScratchPostgresDatabase } from "./bench/support/scratch-postgres";
import { build, builtEncryptionKey, cleanEnv, copySources, HOST_FOLDERS } from "./bench/support/two-hosts";
import { alertsOf, formActionId, WebClient, type Exchange, type Page } from "./bench/support/web-client";

const NGINX_PORT = 3300;
const INSTANCE_PORTS = [3301, 3302] as const;
const LOAD_STUDENTS = 60;
const LOAD_ANSWERS_EACH = 50;
const LOAD_ANSWERS_PER_SECOND = 120;

const repoRoot = path.resolve(import.meta.dirname, "..");

function log(message: string) {
  console.log(`cluster:check: ${message}`);
}

class CheckFailed extends Error {}

function expect(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailed(message);
}

// ---------------------------------------------------------------------------
// Two checkouts, two builds

interface BuildFacts {
  buildId: string;
  actionIds: Map<string, string>;
  staticFiles: Map<string, Buffer>;
}

function readBuild(dir: string): BuildFacts {
  const next = path.join(dir, ".next");
  const manifest = JSON.parse(fs.readFileSync(path.join(next, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  const actionIds = new Map(Object.entries(manifest.node).map(([id, action]) => [`${action.filename}#${action.exportedName}`, id]));
  const staticFiles = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(next, "static", relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) walk(child);
      else staticFiles.set(child, fs.readFileSync(path.join(next, "static", child)));
    }
  };
  walk("");
  return { buildId: fs.readFileSync(path.join(next, "BUILD_ID"), "utf8").trim(), actionIds, staticFiles };
}

interface BuildComparison {
  buildIds: [string, string];
  actions: number;
  sameActionIds: number;
  example: { action: string; ids: [string, string] } | null;
  staticFiles: [number, number];
  identicalStaticFiles: number;
}

function compareBuilds(a: BuildFacts, b: BuildFacts): BuildComparison {
  const actions = [...a.actionIds.keys()];
  const signUpAction = actions.find((name) => name.includes("sign-up")) ?? actions[0];
  return {
    buildIds: [a.buildId, b.buildId],
    actions: actions.length,
    sameActionIds: actions.filter((name) => a.actionIds.get(name) === b.actionIds.get(name)).length,
    example: signUpAction ? { action: signUpAction, ids: [a.actionIds.get(signUpAction)!, b.actionIds.get(signUpAction) ?? "(missing)"] } : null,
    staticFiles: [a.staticFiles.size, b.staticFiles.size],
    identicalStaticFiles: [...a.staticFiles].filter(([file, bytes]) => b.staticFiles.get(file)?.equals(bytes)).length,
  };
}

// ---------------------------------------------------------------------------
// The walk through the site

/**
 * GET straight from one instance. Sent again once after a network error, as browsers do for a GET: the
 * pooled connection may be one Node's 5 s keep-alive was just closing (seen on the first runs).
 */
async function getDirect(url: string): Promise<Response> {
  try {
    return await fetch(url);
  } catch {
    return fetch(url);
  }
}

/** Every script and stylesheet a page names, fetched from each instance directly: all must be there. */
async function checkStaticAssets(page: Page, instances: AppInstance[]): Promise<number> {
  const assets = [...new Set([...page.html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)].map((m) => m[1]!))];
  expect(assets.length > 0, `${page.path} names no /_next/static files`);
  for (const asset of assets) {
    for (const instance of instances) {
      const response = await getDirect(instance.baseUrl + asset);
      await response.arrayBuffer();
      expect(response.status === 200, `${asset}, named by ${page.path} as served by ${page.upstream}, is ${response.status} on ${instance.name}`);
    }
  }
  return assets.length;
}

/**
 * Files made at build time that browsers keep (the service worker and its precache list, the map): each
 * instance must serve the same bytes, or a browser would see a new version at every other request.
 * A path neither instance serves is skipped, so the check outlives a renamed feature.
 */
const BUILT_FILES = ["/serwist/sw.js", "/api/map/governorates"];

async function checkBuiltFilesMatch(instances: AppInstance[]): Promise<string[]> {
  const compared: string[] = [];
  for (const file of BUILT_FILES) {
    const bodies = await Promise.all(
      instances.map(async (instance) => {
        try {
          const response = await getDirect(instance.baseUrl + file);
          return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
        } catch (error) {
          throw new CheckFailed(`GET ${file} from ${instance.name} failed: ${String((error as Error).cause ?? error)}`);
        }
      }),
    );
    if (bodies.every((body) => body.status === 404)) continue;
    expect(bodies.every((body) => body.status === 200), `${file}: ${bodies.map((body) => body.status).join(" / ")} from the two instances`);
    expect(bodies.every((body) => body.bytes.equals(bodies[0]!.bytes)), `${file} differs between the two instances`);
    compared.push(file);
  }
  return compared;
}

interface FormPost {
  what: string;
  renderedBy: string | null;
  postedTo: string | null;
  actionId: string | null;
  status: number;
}

async function walkThrough(options: {
  balancer: Balancer;
  instances: AppInstance[];
  databaseUrl: string;
  bank: QuestionBank;
  teacherCode: string;
  exchanges: Exchange[];
}): Promise<{ posts: FormPost[]; assetsChecked: number; answers: number }> {
  const posts: FormPost[] = [];
  const note = (what: string, form: Page, result: Page, actionId: string | null) => {
    posts.push({ what, renderedBy: form.upstream, postedTo: result.upstream, actionId, status: result.status });
    log(`  ${what}: form from ${form.upstream}, posted to ${result.upstream} → ${result.status}`);
  };
  const run = randomBytes(3).toString("hex");
  let assetsChecked = 0;

  // A student signs up, starts a quiz and answers every question.
  const student = new WebClient(options.balancer.baseUrl, options.exchanges);
  const signedUp = await signUp(student, { name: "Cluster student", email: `cluster-student-${run}@example.com`, password: "cluster-check-pass-2012" });
  note("student sign-up", signedUp.form, signedUp.result, formActionId(formWith(signedUp.form, ["email"])));
  assetsChecked += await checkStaticAssets(signedUp.form, options.instances);
  const setPath = await firstStudySetPath(student);
  const started = await startPracticeQuiz(student, setPath, { length: "5" });
  note("start a practice quiz", started.form, started.result, formActionId(formWith(started.form, ["length"])));
  const quizPage = await student.followRedirects(started.result);
  expect(quizPage.status === 200, `the quiz page answered ${quizPage.status}`);
  assetsChecked += await checkStaticAssets(quizPage, options.instances);

  const db = createPrismaClient(options.databaseUrl);
  let questionIds: string[];
  try {
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.attemptId }, select: { questionIds: true } });
    questionIds = JSON.parse(attempt.questionIds) as string[];
  } finally {
    await db.$disconnect();
  }
  for (const questionId of questionIds) {
    const question = options.bank.questions.find((q) => q.id === questionId)!;
    const reply = await student.json("POST", `/api/attempts/${started.attemptId}/responses`, {
      clientResponseId: randomBytes(16).toString("hex"),
      questionId,
      response: sampleResponse(question),
      timeSpentMs: 3000,
    });
    expect(reply.status === 200, `answering ${questionId} through ${reply.upstream}: ${reply.status} ${JSON.stringify(reply.data).slice(0, 200)}`);
  }
  const finished = await student.json("POST", `/api/attempts/${started.attemptId}/finish`);
  expect(finished.status === 200, `finishing the quiz: ${finished.status}`);
  const summary = await student.get(`/student/quiz/${started.attemptId}/summary`);
  expect(summary.status === 200, `the results page answered ${summary.status}`);
  log(`  answered ${questionIds.length} questions and finished the quiz`);

  // A teacher signs up with the operator's code, creates a class and an assignment in it.
  const teacher = new WebClient(options.balancer.baseUrl, options.exchanges);
  const teacherSignUp = await signUp(teacher, {
    name: "Cluster teacher",
    email: `cluster-teacher-${run}@example.com`,
    password: "cluster-check-pass-2012",
    role: "teacher",
    teacherCode: options.teacherCode,
  });
  note("teacher sign-up", teacherSignUp.form, teacherSignUp.result, formActionId(formWith(teacherSignUp.form, ["email"])));
  const classes = await teacher.get("/teacher");
  expect(classes.status === 200, `GET /teacher answered ${classes.status} (did the teacher sign-up make a teacher?)`);
  const classForm = formWith(classes, ["name"]);
  const classCreated = await teacher.submit(classes, classForm, { name: `Cluster check ${run}` });
  note("create a class", classes, classCreated, formActionId(classForm));
  const classId = /^\/teacher\/classes\/([^/?]+)/.exec(classCreated.location ?? "")?.[1];
  expect(classCreated.status === 303 && classId, `creating a class: ${classCreated.status} to ${classCreated.location}: ${alertsOf(classCreated.html).join(" / ") || classCreated.html.slice(0, 200)}`);
  expect((await teacher.followRedirects(classCreated)).status === 200, "the new class's page did not load");

  const newAssignment = await teacher.get(`/teacher/classes/${classId}/assignments/new`);
  expect(newAssignment.status === 200, `the new-assignment page answered ${newAssignment.status}`);
  assetsChecked += await checkStaticAssets(newAssignment, options.instances);
  const assignmentForm = formWith(newAssignment, ["title", "setId", "dueAt"]);
  const setId = assignmentForm.choices.get("setId")?.find(Boolean);
  expect(setId, "the new-assignment form offers no study set");
  const due = new Date(Date.now() + 7 * 24 * 3600_000).toISOString().slice(0, 10);
  const assignmentCreated = await teacher.submit(
    newAssignment,
    assignmentForm,
    { title: `Cluster check assignment ${run}`, source: "set", setId, dueAt: `${due}T17:00` },
    { name: "intent", value: "create" },
  );
  note("create an assignment", newAssignment, assignmentCreated, formActionId(assignmentForm));
  expect(
    assignmentCreated.status === 303 && /\/assignments\/[^/]+\/settings/.test(assignmentCreated.location ?? ""),
    `creating an assignment: ${assignmentCreated.status} to ${assignmentCreated.location}: ${alertsOf(assignmentCreated.html).join(" / ") || assignmentCreated.html.slice(0, 300)}`,
  );
  expect((await teacher.followRedirects(assignmentCreated)).status === 200, "the new assignment's settings page did not load");

  for (const post of posts) {
    expect(post.status < 400, `${post.what} failed with ${post.status}`);
    expect(post.renderedBy && post.postedTo && post.renderedBy !== post.postedTo, `${post.what}: the form was not posted across instances`);
  }
  return { posts, assetsChecked, answers: questionIds.length };
}

/** Consecutive requests through the balancer must have gone to different instances, each about half. */
function checkAlternation(exchanges: Exchange[]): Record<string, number> {
  const counts: Record<string, number> = {};
  exchanges.forEach((exchange, i) => {
    expect(exchange.upstream, `${exchange.method} ${exchange.path} came back without ${"X-Upstream-Addr"}`);
    counts[exchange.upstream] = (counts[exchange.upstream] ?? 0) + 1;
    const previous = exchanges[i - 1];
    expect(
      !previous || previous.upstream !== exchange.upstream,
      `${previous?.method} ${previous?.path} and ${exchange.method} ${exchange.path} both went to ${exchange.upstream}`,
    );
  });
  return counts;
}

// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      "without-shared-key": { type: "boolean", default: false },
      keep: { type: "boolean", default: false },
      reuse: { type: "string" },
      source: { type: "string" },
      "if-postgres": { type: "boolean", default: false },
    },
  });
  const withoutSharedKey = values["without-shared-key"]!;
  requireNginx();
  if (values["if-postgres"] && !process.env.CI && !(await postgresReachable())) {
    console.warn(
      `\n*** PostgreSQL at ${new URL(testPostgresUrl()).host} is not reachable: the cluster check is SKIPPED. ` +
        "Set TEST_POSTGRES_URL or start PostgreSQL to run it. ***\n",
    );
    return 0;
  }
  const started = Date.now();
  const workDir = values.reuse ? path.resolve(values.reuse) : fs.mkdtempSync(path.join(os.tmpdir(), "cluster-check-"));
  const hostDirs = HOST_FOLDERS.map((folder) => path.join(workDir, folder)) as [string, string];
  const sharedKey = randomBytes(32).toString("base64");
  const cleanups: (() => Promise<void>)[] = [];
  let instances: AppInstance[] = [];

  try {
    // The operator's settings, the same on both hosts, for `npm run build` and `npm run serve` alike
    // (README, "PostgreSQL and several instances"). The database exists before the builds, as it would.
    const database = await createScratchPostgresDatabase("cluster_check");
    cleanups.push(() => database.drop());
    const teacherCode = randomBytes(9).toString("base64url");
    const hostEnv = cleanEnv({
      APP_MODE: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXTAUTH_URL: `http://127.0.0.1:${NGINX_PORT}`,
      TRUST_PROXY_HOPS: "1",
      TEACHER_SIGNUP_CODE: teacherCode,
      ...(withoutSharedKey ? {} : { NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: sharedKey }),
    });
    // Before decision 013 hosts built without a key; next.config.js now refuses that in production mode.
    const buildEnv = withoutSharedKey ? { ...hostEnv, APP_MODE: "embedded" } : hostEnv;

    // 1. Two checkouts, each built on its own.
    if (values.reuse) {
      for (const dir of hostDirs) expect(fs.existsSync(path.join(dir, ".next", "BUILD_ID")), `--reuse: no build in ${dir}`);
      log(`reusing the builds in ${workDir}`);
    } else {
      const source = path.resolve(values.source ?? repoRoot);
      for (const dir of hostDirs) {
        const copyStarted = Date.now();
        copySources(source, dir);
        log(`copied the sources to ${path.relative(workDir, dir)}/ and generated its Prisma clients (${((Date.now() - copyStarted) / 1000).toFixed(0)} s)`);
        log(`building ${path.relative(workDir, dir)}/ (next build${withoutSharedKey ? ", no shared key" : ", shared key"})…`);
        log(`  built in ${build(dir, buildEnv).toFixed(0)} s`);
      }
    }

    // 2. Compare what each build gave every action, and the files browsers load.
    const comparison = compareBuilds(readBuild(hostDirs[0]), readBuild(hostDirs[1]));
    log(`build ids: ${comparison.buildIds.join(" / ")}`);
    log(`server actions with the same id in both builds: ${comparison.sameActionIds} of ${comparison.actions}`);
    if (comparison.example) log(`  e.g. ${comparison.example.action}: ${comparison.example.ids.join(" / ")}`);
    log(
      `_next/static files identical in both builds: ${comparison.identicalStaticFiles} of ${comparison.staticFiles[0]} / ${comparison.staticFiles[1]}`,
    );

    // 3. One instance from each build, nginx in front. Both start at once: their migrations race for
    // PostgreSQL's advisory lock, as on a real rollout. Reused builds are served with the key they were made with.
    const builtKey = builtEncryptionKey(hostDirs[0]);
    const serveEnv = withoutSharedKey ? hostEnv : { ...hostEnv, NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: builtKey };
    instances = await Promise.all(
      hostDirs.map((dir, i) =>
        startInstance({ name: `host ${"ab"[i]} (127.0.0.1:${INSTANCE_PORTS[i]})`, cwd: dir, port: INSTANCE_PORTS[i]!, env: { ...serveEnv, DATA_DIR: path.join(dir, "data") } }),
      ),
    );
    cleanups.push(async () => {
      await Promise.all(instances.map((instance) => instance.stop()));
    });
    log(`instances up on ports ${INSTANCE_PORTS.join(" and ")} (PostgreSQL, production mode)`);
    const balancer = await startNginx({ dir: path.join(workDir, "nginx"), port: NGINX_PORT, upstreamPorts: [...INSTANCE_PORTS] });
    cleanups.push(() => balancer.stop());
    log(`nginx on port ${NGINX_PORT}: round robin, no sticky sessions`);

    const bank = generateQuestionBank(loadKnowledgeBase());

    if (withoutSharedKey) {
      // 4'. The problem this check exists for: a form from one build posted to the other.
      expect(comparison.sameActionIds < comparison.actions, "without a shared key the builds still agree on the action ids; nothing to show");
      const client = new WebClient(balancer.baseUrl);
      const form = await client.get("/sign-up");
      const result = await client.submit(form, formWith(form, ["email"]), {
        name: "Cross-host student",
        email: `cross-host-${randomBytes(3).toString("hex")}@example.com`,
        password: "cluster-check-pass-2012",
      });
      log(`sign-up form from ${form.upstream}, posted to ${result.upstream}: ${result.status} ${result.html.trim().slice(0, 60)}`);
      expect(result.status === 409, `expected 409 "Server Action unavailable" from the other build, got ${result.status}`);
      log(`as expected without a shared key: the other build does not know the action (409). Took ${((Date.now() - started) / 1000).toFixed(0)} s.`);
      return 0;
    }

    // 4. Every step of a student's and a teacher's visit, alternating instances.
    expect(comparison.buildIds[0] === comparison.buildIds[1], "the two builds have different build ids");
    expect(comparison.sameActionIds === comparison.actions, "the two builds gave some server actions different ids");
    const builtFiles = await checkBuiltFilesMatch(instances);
    if (builtFiles.length > 0) log(`same bytes from both instances: ${builtFiles.join(", ")}`);
    const exchanges: Exchange[] = [];
    log("a student and a teacher, through nginx:");
    const walk = await walkThrough({ balancer, instances, databaseUrl: database.url, bank, teacherCode, exchanges });
    const perInstance = checkAlternation(exchanges);
    log(
      `  ${exchanges.length} requests, every one to the other instance than the one before (${Object.entries(perInstance)
        .map(([upstream, n]) => `${upstream}: ${n}`)
        .join(", ")}); ${walk.assetsChecked} static files served by both instances`,
    );

    // 5. Load, and kill -9 one instance a third of the way in.
    log(`load: ${LOAD_STUDENTS} students sign up and start quizzes through nginx…`);
    const students = await prepareStudents({
      baseUrl: balancer.baseUrl,
      databaseUrl: database.url,
      bank,
      count: LOAD_STUDENTS,
      answersEach: LOAD_ANSWERS_EACH,
    });
    const total = LOAD_STUDENTS * LOAD_ANSWERS_EACH;
    const victim = instances[1]!;
    let outage: Promise<{ downSeconds: number }> | undefined;
    log(`load: ${total} answers at about ${LOAD_ANSWERS_PER_SECOND}/s; kill -9 ${victim.name} after ${Math.round(total / 3)} acknowledged`);
    const run = await answerAll(students, {
      answersPerSecond: LOAD_ANSWERS_PER_SECOND,
      onAcknowledged: (count) => {
        if (count === Math.round(total / 3) && !outage) {
          outage = (async () => {
            const killedAt = Date.now();
            await victim.kill9();
            log(`  killed ${victim.name} with SIGKILL at ${count} acknowledged; starting it again`);
            await victim.restart();
            const downSeconds = (Date.now() - killedAt) / 1000;
            log(`  ${victim.name} is back after ${downSeconds.toFixed(1)} s`);
            return { downSeconds };
          })();
        }
      },
    });
    expect(outage, "the run ended before the instance could be killed");
    const { downSeconds } = await outage;
    const stored = await compareWithStored(database.url, students, run);
    log(
      `load: ${run.planned} answers in ${run.seconds.toFixed(1)} s; ${run.resent} sends failed and were sent again ` +
        `(${JSON.stringify(run.failures)}), ${run.duplicateReplies} of them had arrived before ("duplicate")`,
    );
    for (const sample of run.failureSamples) log(`  failed send: ${sample}`);
    log(
      `load: acknowledged ${stored.acknowledged}, stored ${stored.stored}, lost ${stored.lost}, duplicated ${stored.duplicated}` +
        ` (instance down ${downSeconds.toFixed(1)} s)`,
    );
    expect(stored.acknowledged === total, `only ${stored.acknowledged} of ${total} answers were acknowledged (${run.abandoned} abandoned)`);
    expect(stored.stored === total && stored.lost === 0 && stored.duplicated === 0, "acknowledged and stored answers differ");

    log(`passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  } catch (error) {
    console.error(`cluster:check FAILED: ${error instanceof CheckFailed ? error.message : (error as Error).stack}`);
    for (const instance of instances) console.error(`--- last output of ${instance.name} ---\n${instance.output().slice(-3000)}`);
    return 1;
  } finally {
    for (const instance of instances) fs.writeFileSync(path.join(workDir, `${instance.name.split(" (")[0]!.replace(" ", "-")}.log`), instance.output());
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error(`cleanup: ${String(error)}`));
    if (values.keep || values.reuse) log(`work folder kept: ${workDir}`);
    else fs.rmSync(workDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
