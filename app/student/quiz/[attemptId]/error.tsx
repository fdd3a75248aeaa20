"use client";

import Link from "@/components/layout/Link";

export default function QuizError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>This quiz could not be loaded</h1>
      <p>Something went wrong on our side. Your submitted answers are safe.</p>
      <p>
        <button type="button" className="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/student">Go to the study home</Link>
      </p>
    </>
  );
}
