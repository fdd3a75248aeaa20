import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LivePlayer } from "@/components/live/LivePlayer";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { db } from "@/lib/db/client";
import { HttpError } from "@/lib/errors";
import { playerIdentity } from "@/lib/live/player-identity";
import { loadPlayerView } from "@/lib/live/player-view";

export const metadata: Metadata = { title: "Live session" };

/** A player's screen; someone who has not joined this session gets 404 (its existence is not confirmed). */
export default async function LivePlayerPage(props: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await props.params;
  const view = await loadPlayerView(db(), await playerIdentity(sessionId), sessionId).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  });
  const sourceTitles: SourceTitles = Object.fromEntries(loadKnowledgeBase().sources.map((s) => [s.file, s.title]));
  return (
    <>
      <h1>{view.title}</h1>
      <LivePlayer initial={view} sourceTitles={sourceTitles} />
    </>
  );
}
