import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { LiveHost } from "@/components/live/LiveHost";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { db } from "@/lib/db/client";
import { loadHostView } from "@/lib/live/host-view";

export const metadata: Metadata = { title: "Live session" };

export default async function LiveHostPage(props: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await props.params;
  const user = await requireAccess("live:host", `/teacher/live/${sessionId}`);
  const view = await forbiddenIfRefused(loadHostView(db(), user, sessionId));
  const sourceTitles: SourceTitles = Object.fromEntries(loadKnowledgeBase().sources.map((s) => [s.file, s.title]));
  return (
    <>
      <BackLink href="/teacher/live">Start another live session</BackLink>
      <h1>{view.title}</h1>
      <LiveHost initial={view} sourceTitles={sourceTitles} />
    </>
  );
}
