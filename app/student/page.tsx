import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { StudySetGroups, type StudySetCard } from "@/components/study/StudySetGroups";
import styles from "@/components/study/Study.module.css";
import { latestUnfinishedAttempt } from "@/lib/attempts/unfinished-attempt";
import { loadWithheldQuestions } from "@/lib/attempts/withheld-questions";
import { requireAccess } from "@/lib/auth/authorize";
import { listStudentClasses } from "@/lib/classes/list-classes";
import { db } from "@/lib/db/client";
import { countDueCards } from "@/lib/flashcards/flashcard-service";
import { loadStudentProgress } from "@/lib/progress/progress-service";
import { formatStreak } from "@/lib/progress/streak";

export const metadata: Metadata = { title: "Study" };
export const dynamic = "force-dynamic";

export default async function StudentHomePage() {
  const user = await requireAccess("study:use", "/student");
  const database = db();
  const now = new Date();
  // Loaded once for both: cards and answers an assignment holds back are left out of each.
  const withheld = loadWithheldQuestions(database, user.id, now);
  const [enrollments, unfinished, due, progress] = await Promise.all([
    listStudentClasses(database, user.id),
    latestUnfinishedAttempt(database, user.id, now),
    withheld.then((w) => countDueCards(database, user.id, now, { withheld: w })),
    withheld.then((w) => loadStudentProgress(database, user.id, now, { withheld: w })),
  ]);

  const sets: StudySetCard[] = progress.masteryByTopic
    .filter((t) => t.available > 0)
    .map((t) => ({
      setId: t.setId,
      title: t.title,
      group: t.group,
      questions: t.available,
      cardsDue: due.bySet[t.setId]?.due ?? 0,
      mastery: t.mastery,
      answered: t.answered,
      confidence: t.confidence,
    }));

  return (
    <>
      <h1>Welcome, {user.name}</h1>

      <div className={styles.panels}>
        <section className={styles.panel} aria-labelledby="continue-heading">
          <h2 id="continue-heading">Continue where you left off</h2>
          {unfinished ? (
            <>
              <p>
                <Link href={`/student/quiz/${unfinished.id}`}>{unfinished.title}</Link>
              </p>
              <p className={styles.meta}>
                {unfinished.answered} of {unfinished.total} answered
              </p>
            </>
          ) : (
            <p className={styles.meta}>No quiz in progress. Pick a study set below to start one.</p>
          )}
        </section>
        <section className={styles.panel} aria-labelledby="cards-heading">
          <h2 id="cards-heading">Flashcards</h2>
          <p>
            <span className={styles.big}>{due.dueNow}</span> due today
            {due.newAvailableToday > 0 ? ` · ${due.newAvailableToday} new` : ""}
          </p>
          <p>
            <Link href="/student/flashcards">{due.dueNow > 0 ? "Review due cards" : "Open flashcards"}</Link>
          </p>
        </section>
        <section className={styles.panel} aria-labelledby="streak-heading">
          <h2 id="streak-heading">Your streak</h2>
          <p>
            <span className={styles.big}>{formatStreak(progress.streakDays)}</span>
          </p>
          <p>
            <Link href="/student/progress">See your progress</Link>
          </p>
        </section>
      </div>

      <nav aria-label="Explore">
        <ul className={styles.links}>
          <li>
            <Link href="/student/timeline">Timeline of events</Link>
          </li>
          <li>
            <Link href="/student/map">Map of places</Link>
          </li>
          <li>
            <Link href="/student/progress">Progress</Link>
          </li>
          <li>
            <Link href="/student/flashcards">Flashcards</Link>
          </li>
        </ul>
      </nav>

      <h2>Study sets</h2>
      <p className="hint">
        Mastery counts your latest answer to each question in a set, out of every question in it, so it reaches 100%
        only when you have answered them all right.
      </p>
      <StudySetGroups sets={sets} />

      <h2>Your classes</h2>
      {enrollments.length === 0 ? (
        <p>
          You have not joined a class yet. Ask your teacher for a join code, then <Link href="/join">join a class</Link>.
        </p>
      ) : (
        <ul className={styles.classes}>
          {enrollments.map(({ class: klass }) => (
            <li key={klass.id}>
              <strong>{klass.name}</strong> <span className="hint">(teacher: {klass.teacher.name})</span>
            </li>
          ))}
        </ul>
      )}
      {enrollments.length > 0 && (
        <p>
          <Link href="/student/assignments">Your assignments</Link>
        </p>
      )}
    </>
  );
}
