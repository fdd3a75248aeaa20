import type { Metadata } from "next";
import { headers } from "next/headers";
import { BackLink } from "@/components/ui/BackLink";
import { LiveHost, type LobbyJoin } from "@/components/live/LiveHost";
import type { SourceTitles } from "@/components/quiz/quiz-types";
import { forbiddenIfRefused, requireAccess } from "@/lib/auth/authorize";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { db } from "@/lib/db/client";
import { loadHostView } from "@/lib/live/host-view";
import { liveJoinUrl, qrCodeSvg, requestOrigin } from "@/lib/live/join-link";
import { MISSED_REFUSALS, type MissedRefusal } from "@/lib/live/missed-questions";

export const metadata: Metadata = { title: "Live session" };

export default async function LiveHostPage(props: {
  params: Promise<{ sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { sessionId } = await props.params;
  const { refused } = await props.searchParams;
  const refusal = typeof refused === "string" && Object.hasOwn(MISSED_REFUSALS, refused) ? MISSED_REFUSALS[refused as MissedRefusal] : null;
  const user = await requireAccess("live:host", `/teacher/live/${sessionId}`);
  const view = await forbiddenIfRefused(loadHostView(db(), user, sessionId));
  const sourceTitles: SourceTitles = Object.fromEntries(loadKnowledgeBase().sources.map((s) => [s.file, s.title]));
  let join: LobbyJoin | null = null;
  if (view.pin) {
    const url = liveJoinUrl(requestOrigin(await headers()), view.pin);
    const svg = await qrCodeSvg(url);
    join = { url, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
  }
  return (
    <>
      <BackLink href="/teacher/live">Start another live session</BackLink>
      <h1>{view.title}</h1>
      {refusal ? (
        <p className="alert" role="alert">
          {refusal}
        </p>
      ) : null}
      <LiveHost initial={view} sourceTitles={sourceTitles} join={join} />
    </>
  );
}
