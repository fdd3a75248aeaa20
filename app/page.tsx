import Link from "@/components/layout/Link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/authorize";
import { homePathFor } from "@/lib/auth/policy";

export default async function LandingPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  return (
    <>
      <h1>Study the 2012–13 fighting in Idlib and Aleppo</h1>
      <p>
        Flashcards and quizzes on the chronology, places, forces and figures of the 2012–2013 clashes in Syria&apos;s
        Idlib and Aleppo governorates, with the 2020 recapture of Maarat al-Numan as an epilogue. Every answer shows the
        source it comes from.
      </p>
      <p>
        <Link className="button" href="/sign-in">
          Sign in
        </Link>{" "}
        <Link className="button secondary" href="/sign-up">
          Create an account
        </Link>
      </p>
    </>
  );
}
