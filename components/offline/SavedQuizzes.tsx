"use client";

import { useEffect, useState } from "react";
import { readPendingAnswers } from "@/components/quiz/offline-queue";
import { QUIZ_PAGES_CACHE, isQuizPagePath } from "./cache-rules";

interface SavedQuiz {
  path: string;
  title: string;
  waiting: number;
}

/** The quizzes saved on this device, read from the service worker's cache, with their unsent answers. */
async function savedQuizzes(): Promise<SavedQuiz[]> {
  if (typeof caches === "undefined" || !(await caches.has(QUIZ_PAGES_CACHE))) return [];
  const cache = await caches.open(QUIZ_PAGES_CACHE);
  const found: SavedQuiz[] = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!isQuizPagePath(path)) continue;
    const html = await (await cache.match(request, { ignoreVary: true }))?.text();
    const heading = html ? new DOMParser().parseFromString(html, "text/html").querySelector("main h1")?.textContent : null;
    const attemptId = decodeURIComponent(path.split("/").pop()!);
    found.push({ path, title: heading?.trim() || "Quiz", waiting: Object.keys(readPendingAnswers(attemptId)).length });
  }
  return found;
}

export function SavedQuizzes() {
  const [quizzes, setQuizzes] = useState<SavedQuiz[]>([]);
  useEffect(() => {
    let current = true;
    savedQuizzes().then(
      (list) => current && setQuizzes(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  if (quizzes.length === 0) return null;
  return (
    <section aria-labelledby="saved-quizzes">
      <h2 id="saved-quizzes">Quizzes saved on this device</h2>
      <p>These work without a connection. Answers you give are kept on this device and sent when it returns.</p>
      <ul>
        {quizzes.map((quiz) => (
          <li key={quiz.path}>
            {/* A full page load, which the service worker answers from its saved copy. */}
            <a href={quiz.path}>{quiz.title}</a>
            {quiz.waiting > 0 ? (
              <span className="hint">
                {" "}
                · {quiz.waiting} {quiz.waiting === 1 ? "answer" : "answers"} waiting to send
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
