"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { importQuestionsAction, type ImportFormState } from "@/app/teacher/questions/import/actions";
import type { StudySetChoice } from "@/lib/curation/authoring/question-form";
import { MAX_IMPORT_BYTES, MAX_IMPORT_QUESTIONS, type ImportProblem } from "@/lib/curation/import/import-types";
import { QUESTION_CATEGORIES, SKILLS } from "@/lib/questions/types";
import { CATEGORY_LABELS, QUESTION_TYPE_LABELS, SKILL_LABELS } from "@/lib/taxonomy";
import styles from "./Authoring.module.css";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";

function where(problem: ImportProblem, format: "gift" | "csv"): string {
  if (problem.line === null) return "";
  return format === "csv" ? `Row ${problem.line}: ` : `Line ${problem.line}: `;
}

function typeLabel(type: string): string {
  return (QUESTION_TYPE_LABELS as Record<string, string>)[type] ?? type;
}

export function ImportForm({ studySets }: { studySets: StudySetChoice[] }) {
  const initialState: ImportFormState = {
    version: 0,
    format: "gift",
    source: "",
    defaults: { category: "chronology", skill: "recall", difficulty: "2", topics: [] },
    lines: [],
    fileProblems: [],
    previewed: null,
    ready: false,
    notice: null,
  };
  const [state, formAction, pending] = useActionState(importQuestionsAction, initialState);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  // The server refuses requests over 1 MB before the action runs; say so here, while the file is chosen.
  function checkFileSize(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (file && file.size > MAX_IMPORT_BYTES) {
      event.target.value = "";
      setFileProblem(`“${file.name}” is larger than 1 MB. Split it into several files and import them one by one.`);
    } else {
      setFileProblem(null);
    }
  }
  const { defaults, format } = state;
  const ready = state.lines.filter((line) => line.status === "ready").length;
  const failing = state.lines.length - ready;

  return (
    <form key={state.version} className={`form ${styles.form}`} action={formAction} noValidate>
      <button type="submit" name="intent" value="preview" hidden>
        Preview
      </button>
      <fieldset className={`field ${styles.group}`}>
        <legend>Format</legend>
        <label className="choice">
          <input type="radio" name="format" value="gift" defaultChecked={format === "gift"} /> GIFT (Moodle’s text format)
        </label>
        <label className="choice">
          <input type="radio" name="format" value="csv" defaultChecked={format === "csv"} /> CSV spreadsheet (the layout of the question export)
        </label>
        <span className="hint">
          GIFT has no ordering or map questions; write those here or use the CSV layout. Spreadsheets: save as CSV (UTF-8) first.
        </span>
      </fieldset>

      <div className="field">
        <label htmlFor="source">Paste the questions</label>
        <span id="source-hint" className="hint">
          Or choose a file below. At most 1 MB and {MAX_IMPORT_QUESTIONS} questions per import.
        </span>
        <textarea id="source" name="source" rows={12} defaultValue={state.source} aria-describedby="source-hint" />
      </div>
      <div className="field">
        <label htmlFor="file">Or upload a file (.gift, .txt or .csv)</label>
        <input
          id="file"
          name="file"
          type="file"
          accept=".gift,.txt,.csv,text/plain,text/csv"
          onChange={checkFileSize}
          aria-invalid={fileProblem ? true : undefined}
          aria-describedby={fileProblem ? "file-error" : undefined}
        />
        {fileProblem ? (
          <span id="file-error" className="field-error" role="alert">
            {fileProblem}
          </span>
        ) : null}
      </div>

      <fieldset className={`field ${styles.group}`}>
        <legend>For every imported question</legend>
        <span className="hint">GIFT has no categories, skills or study sets; CSV rows may set their own, and these fill the gaps.</span>
        <div className={styles.columns}>
          <div className="field">
            <label htmlFor="category">Category</label>
            <select id="category" name="category" defaultValue={defaults.category}>
              {QUESTION_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABELS[c]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="skill">Skill</label>
            <select id="skill" name="skill" defaultValue={defaults.skill}>
              {SKILLS.map((s) => (
                <option key={s} value={s}>
                  {SKILL_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="difficulty">Difficulty</label>
            <select id="difficulty" name="difficulty" defaultValue={defaults.difficulty}>
              <option value="1">1: a headline fact</option>
              <option value="2">2: needs the detail</option>
              <option value="3">3: close choices or several facts</option>
            </select>
          </div>
        </div>
        <details>
          <summary>Study sets (optional)</summary>
          <div className={styles.topics}>
            {studySets.map((set) => (
              <label key={set.id} className="choice">
                <input type="checkbox" name="topics" value={set.id} defaultChecked={defaults.topics.includes(set.id)} /> {set.title}
              </label>
            ))}
          </div>
        </details>
      </fieldset>

      <div>
        <button className="button" type="submit" name="intent" value="preview" disabled={pending}>
          {pending ? "Reading…" : "Preview"}
        </button>
      </div>

      {state.previewed !== null ? (
        <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">Preview</h2>
            {state.notice ? <p className="notice">{state.notice}</p> : null}
            {format === "gift" ? <p className="hint">GIFT cannot describe ordering or map questions; write those in the app or use the CSV layout.</p> : null}
            {state.fileProblems.length > 0 ? (
              <div className="alert" role="alert">
                <strong>Nothing can be imported from this text.</strong>
                <ul>
                  {state.fileProblems.map((problem, i) => (
                    <li key={i}>
                      {where(problem, format)}
                      {problem.problem} Expected: {problem.expected}.
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <>
                <p role="status">
                  {ready} of {state.lines.length} question{state.lines.length === 1 ? "" : "s"} ready
                  {failing > 0 ? `; ${failing} with problems. Fix them in your file and preview again: nothing is saved until every question is ready.` : "."}
                </p>
                <table className={styles.preview}>
                  <VisuallyHidden as="caption">Questions found</VisuallyHidden>
                  <thead>
                    <tr>
                      <th scope="col">#</th>
                      <th scope="col">{format === "csv" ? "Row" : "Line"}</th>
                      <th scope="col">Type</th>
                      <th scope="col">Question</th>
                      <th scope="col">Status</th>
                    </tr>
                  </thead>
                  <tbody>
                    {state.lines.map((line) => (
                      <tr key={line.number}>
                        <td>{line.number}</td>
                        <td>{line.line ?? "?"}</td>
                        <td>{typeLabel(line.type)}</td>
                        <td>{line.promptStart}</td>
                        <td>
                          {line.status === "ready" ? (
                            "Ready"
                          ) : (
                            <ul className={styles.problem}>
                              {line.problems.map((problem, i) => (
                                <li key={i}>
                                  {where(problem, format)}
                                  {problem.problem} Expected: {problem.expected}.
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {state.ready ? (
                  <>
                    <input type="hidden" name="previewed" value={state.previewed} />
                    <p>
                      <button className="button" type="submit" name="intent" value="confirm" disabled={pending}>
                        {pending ? "Saving…" : `Import ${ready} question${ready === 1 ? "" : "s"}`}
                      </button>
                    </p>
                  </>
                ) : null}
              </>
            )}
        </section>
      ) : null}
    </form>
  );
}
