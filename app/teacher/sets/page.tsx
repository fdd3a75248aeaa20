import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { BackLink } from "@/components/ui/BackLink";
import styles from "@/components/curation/Curation.module.css";
import { SetDetailsForm } from "@/components/curation/SetDetailsForm";
import { StatusNotice } from "@/components/teaching/StatusNotice";
import { requireAccess } from "@/lib/auth/authorize";
import { listColleaguesSharedSets, listOwnCustomSets, type CustomSetSummary } from "@/lib/curation/custom-sets";
import { db } from "@/lib/db/client";
import { pageNotice } from "@/lib/http/page-notice";

export const metadata: Metadata = { title: "Custom sets" };

const NOTICES: Record<string, string> = { deleted: "The set was deleted. Assignments made from it keep their questions." };

function questionCount(set: CustomSetSummary): string {
  return `${set.questionCount} question${set.questionCount === 1 ? "" : "s"}`;
}

export default async function CustomSetsPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireAccess("teaching:use", "/teacher/sets");
  const { notice } = await props.searchParams;
  const [own, colleagues] = await Promise.all([listOwnCustomSets(db(), user), listColleaguesSharedSets(db(), user)]);
  const message = pageNotice(NOTICES, notice);

  return (
    <>
      <BackLink href="/teacher">My classes</BackLink>
      <h1>Custom sets</h1>
      <p>
        A custom set is your own list of questions, in the order you choose. Assign it to a class like a study set, or
        share it so colleagues can use a copy.
      </p>
      <StatusNotice message={message} />

      <h2>My sets</h2>
      {own.length === 0 ? (
        <p>You have no sets yet. Create one below, then add questions to it.</p>
      ) : (
        <ul className="card-list">
          {own.map((set) => (
            <li key={set.id} className="card">
              <Link href={`/teacher/sets/${set.id}`}>{set.name}</Link>{" "}
              {set.shared ? <span className={styles.badge}>Shared</span> : null}
              <br />
              <span className="hint">{questionCount(set)}</span>
              {set.description ? <p className={styles.comment}>{set.description}</p> : null}
            </li>
          ))}
        </ul>
      )}

      <h2 id="create-set-heading">Create a set</h2>
      <SetDetailsForm />

      <h2>Colleagues’ sets</h2>
      {colleagues.length === 0 ? (
        <p>No other teacher has shared a set yet.</p>
      ) : (
        <ul className="card-list">
          {colleagues.map((set) => (
            <li key={set.id} className="card">
              <Link href={`/teacher/sets/${set.id}`}>{set.name}</Link>
              <br />
              <span className="hint">
                by {set.ownerName} · {questionCount(set)}
              </span>
              {set.description ? <p className={styles.comment}>{set.description}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
