import type { Metadata } from "next";
import { notFound } from "next/navigation";
import Link from "@/components/layout/Link";
import { ClassNav } from "@/components/teaching/dashboard/ClassNav";
import styles from "@/components/teaching/dashboard/Dashboard.module.css";
import { formatUtc, percent, plural } from "@/components/teaching/dashboard/format";
import { ItemFlags } from "@/components/teaching/dashboard/ItemFlags";
import { ITEM_STATISTIC_COLUMNS, ItemQuestionDetails, ItemStatisticCells } from "@/components/teaching/dashboard/ItemQuestionDetails";
import { DashboardTable, numericColumn } from "@/components/teaching/dashboard/ScrollTable";
import { Badge, type BadgeState } from "@/components/ui/Badge";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { db } from "@/lib/db/client";
import { loadLiveSessionResults } from "@/lib/live/live-results";
import { MIN_ANSWERS_FOR_STATISTICS } from "@/lib/teaching/item-statistics";

export const metadata: Metadata = { title: "Live session results" };

function stateOf(score: number | undefined): BadgeState {
  if (score === undefined) return "unanswered";
  return score >= 1 ? "right" : score > 0 ? "partial" : "wrong";
}

export default async function LiveSessionResultsPage(props: { params: Promise<{ classId: string; sessionId: string }> }) {
  const { classId, sessionId } = await props.params;
  const user = await requireAccess("class:manage", `/teacher/classes/${classId}/live/${sessionId}`);
  const results = await forbiddenIfRefused(loadLiveSessionResults(db(), user, classId, sessionId));
  if (!results) notFound();
  const { session, items, students } = results;
  const base = `/teacher/classes/${classId}`;
  const ended = session.phase === "ended";

  return (
    <>
      <ClassNav classId={classId} current="live-session" />
      <p className="hint">
        <Link href={base}>{results.class.name}</Link> › Live session
      </p>
      <h1>Live session: {session.title}</h1>
      {ended ? (
        <p>Ended {formatUtc(session.endedAt)}.</p>
      ) : (
        <p className="notice">
          This session is still running. These are the answers so far.{" "}
          <Link href={`/teacher/live/${session.id}`}>Open the host screen</Link>
        </p>
      )}

      <div className={styles.summary}>
        <div className={styles.stat}>
          <strong>{results.players}</strong> {results.players === 1 ? "player" : "players"}
          {results.guests > 0 ? ` (${plural(results.guests, "guest")})` : ""}
        </div>
        <div className={styles.stat}>
          <strong>{items.length}</strong> {items.length === 1 ? "question asked" : "questions asked"}
        </div>
        <div className={styles.stat}>
          <strong>{percent(results.classScore)}</strong> class % right
        </div>
      </div>

      <h2>Students</h2>
      {students.length === 0 ? (
        <p className="notice">No student of the class played in this session.</p>
      ) : (
        <DashboardTable
          label="Results per student"
          columns={["Student", numericColumn("Score"), numericColumn("Answered"), ...items.map((item) => `Q${item.number}`)]}
        >
          <tbody>
            {students.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  <Link href={`${base}/students/${s.id}`}>{s.name}</Link>
                  <br />
                  <span className="hint">{s.email}</span>
                </th>
                <td className={styles.num}>{percent(s.score)}</td>
                <td className={styles.num}>
                  {s.answered} of {items.length}
                </td>
                {items.map((item) => (
                  <td key={item.questionId}>
                    <Badge state={stateOf(s.perQuestion.get(item.questionId))} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </DashboardTable>
      )}
      {results.guests > 0 && (
        <p className="hint">Guests count in the class figures and the questions below, but are not named.</p>
      )}

      <h2>Questions</h2>
      {items.length === 0 ? (
        <p className="notice">No question was asked in this session.</p>
      ) : (
        <>
          <DashboardTable label="Question statistics" columns={[...ITEM_STATISTIC_COLUMNS, "Check"]}>
            <tbody>
              {items.map((item) => (
                <tr key={item.questionId}>
                  <ItemStatisticCells item={item} />
                  <td>
                    <ItemFlags flags={item.flags} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DashboardTable>

          {items.map((item) => (
            <ItemQuestionDetails key={item.questionId} item={item} answerer="player" />
          ))}
        </>
      )}

      <h2>How these figures are counted</h2>
      <p className="hint">
        Every player was asked each question the session reached; questions the host skipped are left out. A
        player&apos;s score is their points over the questions asked, so a question they did not answer scores 0. The
        class % right is the mean of the players&apos; scores. Facility, SD and discrimination are worked out as for an
        assignment; with fewer than {MIN_ANSWERS_FOR_STATISTICS} players the figures are not reliable.
      </p>
    </>
  );
}
