"use client";

import { useActionState, useState, type ChangeEvent } from "react";
import { importQuestionsAction, type ImportFormState } from "@/app/teacher/questions/import/actions";
import type { StudySetChoice } from "@/lib/curation/authoring/question-form";
import { MAX_IMPORT_BYTES, MAX_IMPORT_QUESTIONS, type ImportProblem } from "@/lib/curation/import/import-types";
import { QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { TextAreaField } from "@/components/ui/FormField";
import { ClassificationFields } from "./ClassificationFields";
import styles from "./Authoring.module.css";
import { VisuallyHidden } from "@/components/ui/VisuallyHidden";
import { SubmitButton } from "@/components/ui/SubmitButton";

/** One problem as the teacher reads it: where it is, what is wrong and what was expected. */
function problemText(problem: ImportProblem, format: "gift" | "csv"): string {
  const where = problem.line === null ? "" : format === "csv" ? `Row ${problem.line}: ` : `Line ${problem.line}: `;
  return `${where}${problem.problem} Expected: ${problem.expected}.`;
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

      <TextAreaField
        id="source"
        label="Paste the questions"
        hint={`Or choose a file below. At most 1 MB and ${MAX_IMPORT_QUESTIONS} questions per import.`}
        rows={12}
        defaultValue={state.source}
      />
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
        <ClassificationFields values={defaults} />
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

      <SubmitButton pending={pending} pendingLabel="Reading…" name="intent" value="preview">
        Preview
      </SubmitButton>

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
                    <li key={i}>{problemText(problem, format)}</li>
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
                                <li key={i}>{problemText(problem, format)}</li>
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
