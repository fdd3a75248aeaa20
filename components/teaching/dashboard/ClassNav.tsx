import Link from "@/components/layout/Link";
import styles from "./Dashboard.module.css";

export type ClassSection = "overview" | "roster" | "missed" | "new-assignment" | "assignment" | "live-session" | "student";

/** Links between one class's teacher pages. Roster and new assignment belong to the class management pages. */
export function ClassNav({ classId, current }: { classId: string; current: ClassSection }) {
  const base = `/teacher/classes/${classId}`;
  const links: { href: string; label: string; section: ClassSection }[] = [
    { href: base, label: "Overview", section: "overview" },
    { href: `${base}/roster`, label: "Roster", section: "roster" },
    { href: `${base}/assignments/new`, label: "New assignment", section: "new-assignment" },
    { href: `${base}/missed`, label: "Most-missed facts", section: "missed" },
  ];
  return (
    <nav aria-label="Class pages" className={styles.nav}>
      <ul>
        <li>
          <Link href="/teacher">← My classes</Link>
        </li>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={link.section === current ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
