import { SessionKeepAlive } from "@/components/auth/SessionKeepAlive";
import Link from "@/components/layout/Link";
import { getCurrentUser } from "@/lib/auth/authorize";
import { homePathFor } from "@/lib/auth/policy";
import type { Theme } from "./theme";
import { ThemeToggle } from "./ThemeToggle";

const STUDENT_LINKS = [
  { href: "/student", label: "Study" },
  { href: "/student/assignments", label: "Assignments" },
  { href: "/student/flashcards", label: "Flashcards" },
  { href: "/student/timeline", label: "Timeline" },
  { href: "/student/map", label: "Map" },
  { href: "/student/progress", label: "Progress" },
];

/** Site title, the links each role can use, and the theme toggle (the header's only client JavaScript). */
export async function SiteHeader({ theme }: { theme: Theme | undefined }) {
  const user = await getCurrentUser();
  return (
    <header className="site-header">
      <nav aria-label="Main">
        <Link href={user ? homePathFor(user.role) : "/"} className="brand">
          Idlib &amp; Aleppo 2012–13
        </Link>
        <ul>
          {user ? (
            <>
              {user.role === "teacher" ? (
                <>
                  <li>
                    <Link href="/teacher">My classes</Link>
                  </li>
                  <li>
                    <Link href="/teacher/invitations">Invite a teacher</Link>
                  </li>
                </>
              ) : (
                STUDENT_LINKS.map(({ href, label }) => (
                  <li key={href}>
                    <Link href={href}>{label}</Link>
                  </li>
                ))
              )}
              <li className="signed-in-as">
                {user.name} ({user.role})
              </li>
              <li>
                <Link href="/account">Account</Link>
              </li>
              <li>
                <Link href="/sign-out">Sign out</Link>
              </li>
              <SessionKeepAlive />
            </>
          ) : (
            <>
              <li>
                <Link href="/sign-in">Sign in</Link>
              </li>
              <li>
                <Link href="/sign-up">Create account</Link>
              </li>
            </>
          )}
          <li>
            <ThemeToggle saved={theme} />
          </li>
        </ul>
      </nav>
    </header>
  );
}
