import Link from "@/components/layout/Link";
import { redirect } from "next/navigation";
import styles from "@/components/landing/Landing.module.css";
import { getCurrentUser } from "@/lib/auth/authorize";
import { homePathFor } from "@/lib/auth/policy";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { loadQuestionBank } from "@/lib/questions/load-bank";

const FEATURES = [
  {
    title: "Quizzes that ask why, not only when",
    text: "Seven kinds of question: choose an answer, true or false, type a name, give a number, put events in order, match causes to their effects, and pin a place on the map. Every answer is checked and explained, with its source.",
  },
  {
    title: "Flashcards that come back when you need them",
    text: "Cards on the people, places and events are scheduled by spaced repetition, so the ones you find hard come back sooner.",
  },
  {
    title: "A map and a timeline",
    text: "See who held each town month by month, where the M5 highway and the border crossings run, and every event in order.",
  },
  {
    title: "For teachers",
    text: "Classes with a join code, assignments with due dates and extensions, item analysis and the facts a class misses most, your own questions, and exports to Moodle, Anki, Kahoot and Quizlet.",
  },
];

/** What the app is, for a visitor who is not signed in; a signed-in reader goes straight to their home. */
export default async function LandingPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const kb = loadKnowledgeBase();
  const bank = loadQuestionBank();
  const figures = [
    { value: bank.questions.length, label: "questions" },
    { value: kb.events.length, label: "events" },
    { value: kb.places.length, label: "places" },
    { value: kb.sources.length, label: "sources" },
  ];
  return (
    <>
      <section className={styles.hero} aria-labelledby="landing-title">
        <p className={styles.kicker}>A history unit with its sources</p>
        <h1 id="landing-title" className={styles.title}>
          The 2012–13 fighting in Idlib and Aleppo
        </h1>
        <p className={styles.lead}>
          Study the battles for Syria&apos;s Idlib and Aleppo governorates in 2012 and 2013, and the 2020 recapture of
          Maarat al-Numan as an epilogue: the order of events, the places, the forces, the people and the figures. Every
          answer names the document and section it comes from, and where the sources disagree, it says so.
        </p>
        <div className={styles.actions}>
          <Link className="button" href="/sign-up">
            Create an account
          </Link>
          <Link className="button secondary" href="/sign-in">
            Sign in
          </Link>
        </div>
      </section>

      <ul className={styles.figures} aria-label="What the unit covers">
        {figures.map((figure) => (
          <li key={figure.label}>
            <span className={styles.figure}>{figure.value.toLocaleString("en-GB")}</span> {figure.label}
          </li>
        ))}
      </ul>

      <h2>What you can do</h2>
      <ul className={styles.features}>
        {FEATURES.map((feature) => (
          <li key={feature.title}>
            <h3>{feature.title}</h3>
            <p>{feature.text}</p>
          </li>
        ))}
      </ul>

      <h2>The sources</h2>
      <p>Every fact, date and figure comes from these documents, retold in the app&apos;s own words:</p>
      <ol className={styles.sources}>
        {kb.sources.map((source) => (
          <li key={source.id}>
            <cite>{source.title}</cite>{" "}
            <span className={styles.sourceMeta}>
              ({source.publisher}
              {source.published ? `, ${source.published}` : ""})
            </span>
          </li>
        ))}
      </ol>
    </>
  );
}
