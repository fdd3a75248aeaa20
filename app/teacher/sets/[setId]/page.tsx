import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BackLink } from "@/components/ui/BackLink";
import { forbidden } from "next/navigation";
import styles from "@/components/curation/Curation.module.css";
import { AddQuestionByIdForm } from "@/components/curation/AddQuestionByIdForm";
import { SetDetailsForm } from "@/components/curation/SetDetailsForm";
import { ExportMenu } from "@/components/exports/ExportMenu";
import { StatusNotice } from "@/components/teaching/StatusNotice";
import {
  copySetAction,
  deleteSetAction,
  moveQuestionAction,
  removeQuestionAction,
  shareSetAction,
} from "@/app/teacher/sets/actions";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { listTeacherClasses } from "@/lib/classes/list-classes";
import { loadCustomSet } from "@/lib/curation/custom-sets";
import { db } from "@/lib/db/client";
import { planExport } from "@/lib/exports/export-questions";
import { EXPORT_FORMATS } from "@/lib/exports/shared";
import { CATEGORY_NAMES, QUESTION_TYPE_LABELS } from "@/lib/taxonomy";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Custom set" };

const NOTICES: Record<string, string> = {
  created: "Set created. Add questions to it below or from the question browser.",
  copied: "This is your copy. Change it as you like; the original stays as it was.",
  shared: "Shared: other teachers can now see this set and copy it.",
  unshared: "No longer shared: only you can see this set.",
  removed: "Question removed from the set.",
  "not-in-set": "That question was not in the set.",
  "moved-up": "Question moved up.",
  "moved-down": "Question moved down.",
  "not-moved": "That question is already at that end of the set.",
};

export default async function CustomSetPage(props: {
  params: Promise<{ setId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { setId } = await props.params;
  const { notice } = await props.searchParams;
  const user = await requireAccess("teaching:use", `/teacher/sets/${setId}`);
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(setId)) forbidden();
  const set = await forbiddenIfRefused(loadCustomSet(db(), user, setId));
  const classes = set.canEdit ? await listTeacherClasses(db(), user.id) : [];
  const message = pageNotice(NOTICES, notice);
  const last = set.items.length - 1;

  return (
    <>
      <BackLink href="/teacher/sets">Custom sets</BackLink>
      <h1>{set.name}</h1>
      <p className="hint">
        {set.canEdit ? "Your set" : `Shared by ${set.ownerName} (read-only)`} · {set.items.length} question
        {set.items.length === 1 ? "" : "s"}
        {set.shared && set.canEdit ? " · shared with other teachers" : ""}
        {set.copiedFrom ? (
          <>
            {" "}
            · copied from{" "}
            {set.copiedFrom.visible ? <Link href={`/teacher/sets/${set.copiedFrom.id}`}>{set.copiedFrom.name}</Link> : set.copiedFrom.name}
          </>
        ) : null}
      </p>
      {set.description ? <p className={styles.comment}>{set.description}</p> : null}
      <StatusNotice message={message} />

      {set.items.some((item) => item.question) && (
        <ExportMenu
          name={set.name}
          baseHref={`/api/exports/custom-sets/${encodeURIComponent(set.id)}`}
          reports={EXPORT_FORMATS.map(
            (format) => planExport(set.items.flatMap((item) => (item.question ? [item.question] : [])), format).report,
          )}
        />
      )}

      <h2 id="set-questions">Questions</h2>
      {set.items.length === 0 ? (
        <p>No questions yet.</p>
      ) : (
        <ol className={styles.itemList} aria-labelledby="set-questions">
          {set.items.map((item, index) => (
            <li key={item.questionId} id={`item-${item.questionId}`} className={styles.itemRow}>
              <span>{item.question ? item.question.prompt : "This question no longer exists; assignments leave it out."}</span>
              <span className="hint">
                {item.question
                  ? `${QUESTION_TYPE_LABELS[item.question.type]} · ${CATEGORY_NAMES[item.question.category]} · `
                  : ""}
                <Link href={`/teacher/questions/${encodeURIComponent(item.questionId)}`}>Details</Link>
              </span>
              {set.canEdit ? (
                <div className={styles.itemActions}>
                  <form action={moveQuestionAction}>
                    <input type="hidden" name="setId" value={set.id} />
                    <input type="hidden" name="questionId" value={item.questionId} />
                    <input type="hidden" name="direction" value="up" />
                    <button className="button secondary" type="submit" disabled={index === 0} aria-label={`Move question ${index + 1} up`}>
                      ↑ Up
                    </button>
                  </form>
                  <form action={moveQuestionAction}>
                    <input type="hidden" name="setId" value={set.id} />
                    <input type="hidden" name="questionId" value={item.questionId} />
                    <input type="hidden" name="direction" value="down" />
                    <button
                      className="button secondary"
                      type="submit"
                      disabled={index === last}
                      aria-label={`Move question ${index + 1} down`}
                    >
                      ↓ Down
                    </button>
                  </form>
                  <form action={removeQuestionAction}>
                    <input type="hidden" name="setId" value={set.id} />
                    <input type="hidden" name="questionId" value={item.questionId} />
                    <button className="button secondary" type="submit" aria-label={`Remove question ${index + 1} from the set`}>
                      Remove
                    </button>
                  </form>
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}

      {set.canEdit ? (
        <>
          <h2>Add a question</h2>
          <p>
            Find questions in the <Link href="/teacher/questions">question browser</Link> and use “Add to my set” there, or
            paste a question’s id here.
          </p>
          <AddQuestionByIdForm setId={set.id} />

          <h2>Assign</h2>
          {classes.length === 0 ? (
            <p>Create a class first; then you can assign this set to it.</p>
          ) : set.items.length === 0 ? (
            <p>Add questions before assigning the set.</p>
          ) : (
            <>
              <p>
                Students get every question of the set, in this order unless you shuffle them. Later changes to the set do
                not change an assignment already made from it.
              </p>
              <ul>
                {classes.map((klass) => (
                  <li key={klass.id}>
                    <Link href={`/teacher/classes/${klass.id}/assignments/new?customSetId=${encodeURIComponent(set.id)}`}>
                      Assign to {klass.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}

          <h2>Name and description</h2>
          <SetDetailsForm setId={set.id} name={set.name} description={set.description} />

          <h2>Sharing</h2>
          <form action={shareSetAction}>
            <input type="hidden" name="setId" value={set.id} />
            <input type="hidden" name="shared" value={set.shared ? "false" : "true"} />
            <p>
              {set.shared
                ? "Other teachers can see this set and copy it; only you can change it."
                : "Only you can see this set. Sharing lets other teachers see it and copy it; only you can change it."}
            </p>
            <button className="button secondary" type="submit">
              {set.shared ? "Stop sharing" : "Share with other teachers"}
            </button>
          </form>

          <h2>Delete</h2>
          <form action={deleteSetAction}>
            <input type="hidden" name="setId" value={set.id} />
            <p>Assignments already made from this set keep their questions.</p>
            <button className="button secondary" type="submit">
              Delete this set
            </button>
          </form>
        </>
      ) : (
        <>
          <h2>Use this set</h2>
          <form action={copySetAction}>
            <input type="hidden" name="setId" value={set.id} />
            <p>Copy it into your own sets to change or assign it.</p>
            <button className="button" type="submit">
              Copy to my sets
            </button>
          </form>
        </>
      )}
    </>
  );
}
