import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import list from "@/components/curation/Curation.module.css";
import styles from "@/components/curation/QuestionBrowser.module.css";
import { FormField, SelectField, type SelectOption } from "@/components/ui/FormField";
import type { KnowledgeBase } from "@/lib/content/knowledge-base";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { requireAccess } from "@/lib/auth/authorize";
import { BROWSER_PAGE_SIZE, browseQuestions, browserQueryFrom, type BrowserQuery } from "@/lib/curation/question-browser";
import { db } from "@/lib/db/client";
import { QUESTION_CATEGORIES, QUESTION_TYPES, SKILLS } from "@/lib/questions/types";
import { CATEGORY_NAMES, QUESTION_TYPE_LABELS, SKILL_LABELS } from "@/lib/taxonomy";

export const metadata: Metadata = { title: "Question browser" };

const SCOPE_OPTIONS = [
  { value: "all", label: "All questions" },
  { value: "core", label: "Core questions only" },
];
const CATEGORY_OPTIONS = QUESTION_CATEGORIES.map((category) => ({ value: category, label: CATEGORY_NAMES[category] }));
const TYPE_OPTIONS = QUESTION_TYPES.map((type) => ({ value: type, label: QUESTION_TYPE_LABELS[type] }));
const SKILL_OPTIONS = SKILLS.map((skill) => ({ value: skill, label: SKILL_LABELS[skill] }));
const DIFFICULTY_OPTIONS = [
  { value: 1, label: "1: a headline fact" },
  { value: 2, label: "2: needs the detail" },
  { value: 3, label: "3: close options or several facts" },
];

type FilterKey = "set" | "scope" | "category" | "type" | "skill" | "difficulty" | "doc";

/** The search form's selects, in order; `emptyOption` labels the choice that leaves the filter off. */
function filterSelects(kb: KnowledgeBase): { id: FilterKey; label: string; emptyOption?: string; options: readonly SelectOption[] }[] {
  return [
    { id: "set", label: "Study set", emptyOption: "Any set", options: kb.studySets.map((set) => ({ value: set.id, label: set.title })) },
    { id: "scope", label: "Core or all", options: SCOPE_OPTIONS },
    { id: "category", label: "Category", emptyOption: "Any category", options: CATEGORY_OPTIONS },
    { id: "type", label: "Type", emptyOption: "Any type", options: TYPE_OPTIONS },
    { id: "skill", label: "Skill", emptyOption: "Any skill", options: SKILL_OPTIONS },
    { id: "difficulty", label: "Difficulty", emptyOption: "Any difficulty", options: DIFFICULTY_OPTIONS },
    { id: "doc", label: "Source document", emptyOption: "Any document", options: kb.sources.map((source) => ({ value: source.id, label: source.title })) },
  ];
}

/** A filter's value in the select: the query's, or empty when the filter is off. */
function filterValue(query: BrowserQuery, key: FilterKey): string {
  const value = query[key];
  return value ? String(value) : "";
}

/** The query string for the same search on another page. */
function pageHref(query: BrowserQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  for (const key of ["set", "category", "type", "skill", "doc"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  if (query.difficulty) params.set("difficulty", String(query.difficulty));
  if (query.scope === "core") params.set("scope", "core");
  for (const key of ["hidden", "reported", "mine"] as const) if (query[key]) params.set(key, "1");
  if (page > 1) params.set("page", String(page));
  const text = params.toString();
  return text ? `/teacher/questions?${text}` : "/teacher/questions";
}

/** Page numbers to link: the first, the last, and two either side of the current one. */
function pageNumbers(page: number, pageCount: number): number[] {
  const wanted = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) wanted.add(p);
  return [...wanted].sort((a, b) => a - b);
}

export default async function QuestionBrowserPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAccess("teaching:use", "/teacher/questions");
  const params = await props.searchParams;
  const query = browserQueryFrom(params);
  // After an import (app/teacher/questions/import/actions.ts) the browser says how many were saved.
  const imported = typeof params.imported === "string" && /^\d{1,4}$/.test(params.imported) ? Number(params.imported) : null;
  const result = await browseQuestions(db(), user.id, query);
  const kb = loadKnowledgeBase();
  const from = (result.page - 1) * BROWSER_PAGE_SIZE + 1;

  return (
    <>
      <p className="hint">
        <Link href="/teacher">← My classes</Link>
      </p>
      <h1>Question browser</h1>
      {imported !== null && (
        <p className="notice" role="status">
          Imported {imported} {imported === 1 ? "question" : "questions"}.{" "}
          <Link href="/teacher/questions?mine=1">Show the questions you wrote</Link>
        </p>
      )}
      <p>
        Every question your students can be given: the generated ones and those teachers wrote. Open one to see it as a
        student does, with its answer, how your classes did on it, and to hide it from your students.
      </p>

      <form method="get" action="/teacher/questions" role="search" aria-label="Search questions" className={styles.filters}>
        <FormField
          id="q"
          label="Words in the question, its answers or explanation"
          fieldClassName={styles.search}
          type="search"
          defaultValue={query.q}
          maxLength={200}
        />
        {filterSelects(kb).map(({ id, label, emptyOption, options }) => (
          <SelectField key={id} id={id} label={label} value={filterValue(query, id)} emptyOption={emptyOption} options={options} />
        ))}
        <fieldset className={styles.checks}>
          <legend>Only questions</legend>
          <label>
            <input type="checkbox" name="hidden" value="1" defaultChecked={query.hidden} /> hidden by me
          </label>
          <label>
            <input type="checkbox" name="reported" value="1" defaultChecked={query.reported} /> reported by my students
          </label>
          <label>
            <input type="checkbox" name="mine" value="1" defaultChecked={query.mine} /> written by me
          </label>
        </fieldset>
        <div>
          <button className="button" type="submit">
            Search
          </button>{" "}
          <Link href="/teacher/questions">Clear</Link>
        </div>
      </form>

      <h2 id="results-heading">Results</h2>
      <p role="status">
        {result.total === 0
          ? "No questions match. Try fewer words or filters."
          : `${result.total} question${result.total === 1 ? "" : "s"}; showing ${from}–${from + result.rows.length - 1}.`}
      </p>
      {result.rows.length > 0 && (
        <ol className={list.itemList} aria-labelledby="results-heading" start={from}>
          {result.rows.map((row) => (
            <li key={row.id} className={list.row}>
              <Link href={`/teacher/questions/${encodeURIComponent(row.id)}`}>{row.prompt}</Link>
              <div className={styles.meta}>
                <span>{QUESTION_TYPE_LABELS[row.type]}</span>
                <span aria-hidden="true">·</span>
                <span>{CATEGORY_NAMES[row.category]}</span>
                <span aria-hidden="true">·</span>
                <span>{row.origin === "generated" ? "Generated" : "Written by a teacher"}</span>
                {row.core && <span className={list.badge}>Core</span>}
                {row.mine && <span className={list.badge}>Mine</span>}
                {row.hiddenByMe && <span className={list.badge}>Hidden by me</span>}
                {row.openReports > 0 && (
                  <span className={list.badge}>
                    {row.openReports} open report{row.openReports === 1 ? "" : "s"}
                  </span>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {result.pageCount > 1 && (
        <nav aria-label="Result pages">
          <ul className={styles.pages}>
            {result.page > 1 && (
              <li>
                <Link href={pageHref(query, result.page - 1)}>Previous</Link>
              </li>
            )}
            {pageNumbers(result.page, result.pageCount).map((p) => (
              <li key={p}>
                {p === result.page ? (
                  <span aria-current="page">{p}</span>
                ) : (
                  <Link href={pageHref(query, p)} aria-label={`Page ${p}`}>
                    {p}
                  </Link>
                )}
              </li>
            ))}
            {result.page < result.pageCount && (
              <li>
                <Link href={pageHref(query, result.page + 1)}>Next</Link>
              </li>
            )}
          </ul>
        </nav>
      )}
    </>
  );
}
