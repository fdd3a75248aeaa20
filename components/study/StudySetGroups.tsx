import Link from "@/components/layout/Link";
import { MasteryMeter } from "./MasteryMeter";
import styles from "./Study.module.css";
import type { MasteryConfidence } from "@/lib/progress/mastery";

export interface StudySetCard {
  setId: string;
  title: string;
  group: string;
  questions: number;
  cardsDue: number;
  mastery: number;
  answered: number;
  confidence: MasteryConfidence;
}

const GROUPS: { group: string; title: string }[] = [
  { group: "battle", title: "Battles" },
  { group: "theme", title: "Themes" },
  { group: "month", title: "Periods" },
  { group: "category", title: "By category" },
];

/** The study sets grouped as on the study home, each with its questions, cards due and mastery. */
export function StudySetGroups({ sets }: { sets: StudySetCard[] }) {
  return (
    <>
      {GROUPS.map(({ group, title }) => {
        const inGroup = sets.filter((s) => s.group === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} className={styles.group} aria-labelledby={`group-${group}`}>
            <h3 id={`group-${group}`}>{title}</h3>
            <ul className={styles.sets}>
              {inGroup.map((s) => (
                <li key={s.setId} className={styles.set}>
                  <Link href={`/student/sets/${s.setId}`} className={styles.setTitle}>
                    {s.title}
                  </Link>
                  <p className={styles.meta}>
                    {s.questions} {s.questions === 1 ? "question" : "questions"} · {s.cardsDue}{" "}
                    {s.cardsDue === 1 ? "card" : "cards"} due
                  </p>
                  <MasteryMeter
                    label={s.title}
                    mastery={s.mastery}
                    answered={s.answered}
                    available={s.questions}
                    confidence={s.confidence}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
