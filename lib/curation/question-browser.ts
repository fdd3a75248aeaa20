/**
 * The question browser's read model (/teacher/questions): one list of generated and teacher-written
 * questions, searched and filtered by what the URL asks, paginated on the server.
 *
 * Generated questions are searched in memory: each gets a lower-cased search text (prompt, options,
 * key, accepted answers, explanation) once per process and bank version. Teacher questions are searched
 * in the database: the current, not archived version of each, by TeacherQuestionVersion's filter
 * columns and `searchText`, without reading their bodies except for the page shown (and for the filters
 * only a body answers: study set, core, source document). The two lists are merged, teachers' questions
 * first (newest first), then the bank in its own order, so a page is stable between requests.
 * Measured in docs/benchmarks.md ("Question browser").
 */
import "server-only";
import { z } from "zod";
import { loadKnowledgeBase } from "../content/load-knowledge-base";
import type { Database } from "../db/create-client";
import { Prisma } from "../generated/sqlite/client";
import { loadQuestionBank } from "../questions/load-bank";
import { QUESTION_CATEGORIES, QUESTION_TYPES, SKILLS, type Question, type QuestionBank } from "../questions/types";
import { answerKeyText } from "../questions/answer-key-text";
import { parseStoredQuestion } from "./question-source";
import { parseQuestionId, teacherQuestionId, unversionedQuestionId } from "./question-ids";

export const BROWSER_PAGE_SIZE = 25;
const MAX_IDS_IN_SQL = 500;
const MAX_WORDS = 8;

const flag = z
  .string()
  .optional()
  .transform((v) => v === "1" || v === "on" || v === "true");

/** The URL's query as filters; anything malformed falls back to "no filter", never an error. */
export const BrowserQuerySchema = z.object({
  q: z.string().max(200).catch("").default(""),
  set: z.string().max(100).optional().catch(undefined),
  category: z.enum(QUESTION_CATEGORIES).optional().catch(undefined),
  type: z.enum(QUESTION_TYPES).optional().catch(undefined),
  skill: z.enum(SKILLS).optional().catch(undefined),
  difficulty: z.coerce.number().int().min(1).max(3).optional().catch(undefined),
  scope: z.enum(["core", "all"]).catch("all").default("all"),
  doc: z.string().max(100).optional().catch(undefined),
  hidden: flag.catch(false),
  reported: flag.catch(false),
  mine: flag.catch(false),
  page: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});
export type BrowserQuery = z.infer<typeof BrowserQuerySchema>;

/** Search params as Next.js hands them over (a repeated key gives its first value). */
export function browserQueryFrom(params: Record<string, string | string[] | undefined>): BrowserQuery {
  const single = Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""),
  );
  return BrowserQuerySchema.parse(single);
}

export interface BrowserRow {
  /** Unversioned: a bank id or "tq:<id>"; the detail page's id. */
  id: string;
  origin: "generated" | "teacher";
  prompt: string;
  type: Question["type"];
  category: Question["category"];
  core: boolean;
  hiddenByMe: boolean;
  openReports: number;
  mine: boolean;
}

export interface BrowserPage {
  rows: BrowserRow[];
  total: number;
  page: number;
  pageCount: number;
}

// ---------------------------------------------------------------------------
// Generated questions: search text once per bank version

const bankIndex = new Map<string, { question: Question; text: string }[]>();

/** Everything a teacher might type to find a question, lower-cased. */
export function searchTextOf(q: Question): string {
  const parts = [q.prompt, q.explanation, answerKeyText(q)];
  if ("options" in q) for (const o of q.options) parts.push(o.text);
  if (q.type === "matching") for (const p of q.premises) parts.push(p.text);
  if (q.type === "typed") parts.push(...q.accept);
  return normalizeSearch(parts.join("\n"));
}

function normalizeSearch(text: string): string {
  return text.normalize("NFC").toLowerCase();
}

function indexedBank(bank: QuestionBank) {
  let index = bankIndex.get(bank.version);
  if (!index) {
    index = bank.questions.map((question) => ({ question, text: searchTextOf(question) }));
    bankIndex.clear();
    bankIndex.set(bank.version, index);
  }
  return index;
}

/** Up to MAX_WORDS distinct words; quotes and extra spaces do not matter. */
export function searchWords(q: string): string[] {
  const words = normalizeSearch(q)
    .split(/[\s"“”]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** The file name of the source document with this id (filters take ids; citations hold file names). */
function documentFile(docId: string | undefined): string | undefined | null {
  if (!docId) return undefined;
  return loadKnowledgeBase().sources.find((s) => s.id === docId)?.file ?? null;
}

function matchesBodyFilters(
  q: Pick<Question, "topics" | "coreIn" | "sources">,
  query: BrowserQuery,
  docFile: string | undefined,
): boolean {
  const sets = query.scope === "core" ? q.coreIn : q.topics;
  if (query.set && !sets.includes(query.set)) return false;
  if (!query.set && query.scope === "core" && q.coreIn.length === 0) return false;
  if (docFile && !q.sources.some((s) => s.doc === docFile)) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Teacher questions: filtered in SQL

/** LIKE pattern for a word, with the wildcards escaped (ESCAPE '\'). */
function likeContains(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE clause for the current, not archived versions matching the query's column filters, or
 * null when nothing can match (e.g. "hidden by me" and none of the hidden questions is a teacher's).
 */
function teacherConditions(teacherId: string, query: BrowserQuery, words: string[], onlyRowIds: string[] | null): Prisma.Sql | null {
  if (onlyRowIds !== null && onlyRowIds.length === 0) return null;
  const conditions: Prisma.Sql[] = [Prisma.sql`q."archivedAt" IS NULL`, Prisma.sql`v."version" = q."currentVersion"`];
  if (query.type) conditions.push(Prisma.sql`v."type" = ${query.type}`);
  if (query.category) conditions.push(Prisma.sql`v."category" = ${query.category}`);
  if (query.skill) conditions.push(Prisma.sql`v."skill" = ${query.skill}`);
  if (query.difficulty) conditions.push(Prisma.sql`v."difficulty" = ${query.difficulty}`);
  if (query.mine) conditions.push(Prisma.sql`q."authorId" = ${teacherId}`);
  if (onlyRowIds !== null) conditions.push(Prisma.sql`q."id" IN (${Prisma.join(onlyRowIds)})`);
  for (const word of words) conditions.push(Prisma.sql`v."searchText" LIKE ${likeContains(word)} ESCAPE '\\'`);
  return Prisma.join(conditions, " AND ");
}

// Newest first; the id breaks ties so pages never overlap.
const TEACHER_ORDER = Prisma.sql`ORDER BY q."createdAt" DESC, q."id" DESC`;

/**
 * Every matching row id, in order: one scan gives both the count and any page's slice (a COUNT plus a
 * LIMIT/OFFSET query would scan twice, and ids are small even for thousands of rows).
 */
async function teacherRowIds(db: Database, where: Prisma.Sql): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT q."id" AS "id" FROM "TeacherQuestion" q JOIN "TeacherQuestionVersion" v ON v."questionId" = q."id"
    WHERE ${where} ${TEACHER_ORDER}`;
  return rows.map((r) => r.id);
}

type BodyFacts = Pick<Question, "topics" | "coreIn" | "sources">;

/**
 * What the body-only filters need, per question row and the stamp of its current version. Versions
 * nobody has had are rewritten in place, which moves TeacherQuestion.updatedAt, so the key changes
 * whenever the body may have; an entry is never stale, on any server process.
 */
const bodyFactsCache = new Map<string, BodyFacts | null>();
const BODY_FACTS_CACHE_LIMIT = 50_000;

/** Row ids (in order) whose current body passes the study-set, core and document filters. */
async function filterByBody(db: Database, where: Prisma.Sql, query: BrowserQuery, docFile: string | undefined): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string; version: number | bigint; updatedAt: Date | string }[]>`
    SELECT q."id" AS "id", v."version" AS "version", q."updatedAt" AS "updatedAt"
    FROM "TeacherQuestion" q JOIN "TeacherQuestionVersion" v ON v."questionId" = q."id"
    WHERE ${where} ${TEACHER_ORDER}`;
  const keyOf = (r: (typeof rows)[number]) => `${r.id}@${Number(r.version)}@${new Date(r.updatedAt).getTime()}`;
  const misses = rows.filter((r) => !bodyFactsCache.has(keyOf(r)));
  if (misses.length > 0) {
    if (bodyFactsCache.size + misses.length > BODY_FACTS_CACHE_LIMIT) bodyFactsCache.clear();
    // One bound parameter per question (SQLite allows 999 a statement); every version of it comes back,
    // and the one the first query saw is picked.
    for (let i = 0; i < misses.length; i += 400) {
      const chunk = misses.slice(i, i + 400);
      const bodies = await db.$queryRaw<{ questionId: string; version: number | bigint; body: string }[]>`
        SELECT v."questionId" AS "questionId", v."version" AS "version", v."body" AS "body"
        FROM "TeacherQuestionVersion" v WHERE v."questionId" IN (${Prisma.join(chunk.map((r) => r.id))})`;
      const byKey = new Map(bodies.map((b) => [`${b.questionId}@${Number(b.version)}`, b.body]));
      for (const r of chunk) {
        const body = byKey.get(`${r.id}@${Number(r.version)}`);
        const q = body ? parseStoredQuestion(body, teacherQuestionId(r.id, Number(r.version))) : null;
        bodyFactsCache.set(keyOf(r), q ? { topics: q.topics, coreIn: q.coreIn, sources: q.sources } : null);
      }
    }
  }
  return rows.filter((r) => {
    const facts = bodyFactsCache.get(keyOf(r));
    return facts ? matchesBodyFilters(facts, query, docFile) : false;
  }).map((r) => r.id);
}

interface TeacherPageRow {
  id: string;
  version: number | bigint;
  authorId: string;
  body: string;
}

/** The rows shown on the page, by primary key, in the order asked. */
async function teacherPageRows(db: Database, rowIds: string[]): Promise<TeacherPageRow[]> {
  if (rowIds.length === 0) return [];
  const rows = await db.$queryRaw<TeacherPageRow[]>`
    SELECT q."id" AS "id", v."version" AS "version", q."authorId" AS "authorId", v."body" AS "body"
    FROM "TeacherQuestion" q JOIN "TeacherQuestionVersion" v ON v."questionId" = q."id" AND v."version" = q."currentVersion"
    WHERE q."id" IN (${Prisma.join(rowIds)})`;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return rowIds.flatMap((id) => byId.get(id) ?? []);
}

// ---------------------------------------------------------------------------
// Per-teacher marks: hides and open reports

/** Unversioned ids this teacher hid. */
export async function hiddenByTeacher(db: Database, teacherId: string): Promise<Map<string, string | null>> {
  const rows = await db.questionHide.findMany({ where: { teacherId }, select: { questionId: true, reason: true } });
  return new Map(rows.map((r) => [r.questionId, r.reason]));
}

/** Open reports from this teacher's students (enrolled in one of their classes), by unversioned id. */
export async function openReportCounts(db: Database, teacherId: string): Promise<Map<string, number>> {
  const rows = await db.questionReport.groupBy({
    by: ["questionId"],
    where: { status: "open", student: { enrollments: { some: { class: { teacherId } } } } },
    _count: { _all: true },
  });
  const out = new Map<string, number>();
  for (const row of rows) {
    const id = unversionedQuestionId(row.questionId);
    out.set(id, (out.get(id) ?? 0) + row._count._all);
  }
  return out;
}

// ---------------------------------------------------------------------------
// The page

/** Row ids of the teacher questions among unversioned ids ("tq:<id>"). */
function teacherRowIdsIn(ids: Iterable<string>): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const parsed = parseQuestionId(id);
    if (parsed.kind === "teacher") out.push(parsed.questionId);
  }
  return out;
}

/** One page of the browser for `teacherId`, with the total count of matches. */
export async function browseQuestions(db: Database, teacherId: string, query: BrowserQuery): Promise<BrowserPage> {
  const words = searchWords(query.q);
  const docFile = documentFile(query.doc);
  const needsBody = Boolean(query.set || query.scope === "core" || docFile);
  // The marks are read beside the teacher questions' queries unless a filter needs them first.
  const marks = Promise.all([hiddenByTeacher(db, teacherId), openReportCounts(db, teacherId)]);
  // Awaited below; until then a failure must not count as unhandled (it is rethrown there).
  marks.catch(() => undefined);
  const [hidden, reports] = query.hidden || query.reported ? await marks : [new Map<string, string | null>(), new Map<string, number>()];
  const keep = (id: string) => (!query.hidden || hidden.has(id)) && (!query.reported || (reports.get(id) ?? 0) > 0);

  // "Hidden by me" and "reported" are short id lists: they narrow the SQL rather than the result.
  let onlyRowIds: string[] | null = null;
  if (query.hidden) onlyRowIds = teacherRowIdsIn(hidden.keys());
  if (query.reported) {
    const reported = new Set(teacherRowIdsIn([...reports.keys()]));
    onlyRowIds = (onlyRowIds ?? [...reported]).filter((id) => reported.has(id));
  }
  // A long list is applied after the query instead (SQLite binds at most 999 parameters a statement).
  const inSql = onlyRowIds !== null && onlyRowIds.length <= MAX_IDS_IN_SQL ? onlyRowIds : null;
  const afterSql = onlyRowIds !== null && inSql === null ? new Set(onlyRowIds) : null;
  // A document id that names no document matches nothing.
  const where = docFile === null ? null : teacherConditions(teacherId, query, words, inSql);

  // Generated questions: in memory. Generated questions have no author, so "written by me" leaves them out.
  const bankMatches: Question[] = [];
  if (!query.mine && docFile !== null) {
    for (const { question: q, text } of indexedBank(loadQuestionBank())) {
      if (query.type && q.type !== query.type) continue;
      if (query.category && q.category !== query.category) continue;
      if (query.skill && q.skill !== query.skill) continue;
      if (query.difficulty && q.difficulty !== query.difficulty) continue;
      if (!matchesBodyFilters(q, query, docFile)) continue;
      if (!words.every((w) => text.includes(w))) continue;
      if (!keep(q.id)) continue;
      bankMatches.push(q);
    }
  }

  // Teacher questions come first: the page's slice of them, then of the bank.
  const matchedIds = !where ? [] : needsBody ? await filterByBody(db, where, query, docFile ?? undefined) : await teacherRowIds(db, where);
  const teacherIds = afterSql ? matchedIds.filter((id) => afterSql.has(id)) : matchedIds;
  const teacherTotal = teacherIds.length;
  const total = teacherTotal + bankMatches.length;
  const pageCount = Math.max(1, Math.ceil(total / BROWSER_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const from = (page - 1) * BROWSER_PAGE_SIZE;
  const to = from + BROWSER_PAGE_SIZE;

  const teacherIdsOnPage = teacherIds.slice(from, to);
  const [teacherRows, [hiddenMarks, reportMarks]] = await Promise.all([teacherPageRows(db, teacherIdsOnPage), marks]);
  const bankOnPage = bankMatches.slice(Math.max(0, from - teacherTotal), Math.max(0, to - teacherTotal));

  const rowOf = (id: string, origin: BrowserRow["origin"], q: Question | null, authorId: string | null): BrowserRow => ({
    id,
    origin,
    prompt: q?.prompt ?? "(this question could not be read)",
    type: q?.type ?? "multiple-choice",
    category: q?.category ?? "chronology",
    core: (q?.coreIn.length ?? 0) > 0,
    hiddenByMe: hiddenMarks.has(id),
    openReports: reportMarks.get(id) ?? 0,
    mine: authorId === teacherId,
  });
  const rows: BrowserRow[] = [
    ...teacherRows.map((r) =>
      rowOf(teacherQuestionId(r.id), "teacher", parseStoredQuestion(r.body, teacherQuestionId(r.id, Number(r.version))), r.authorId),
    ),
    ...bankOnPage.map((q) => rowOf(q.id, "generated", q, null)),
  ];
  return { rows, total, page, pageCount };
}
