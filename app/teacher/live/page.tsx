import type { Metadata } from "next";
import { BackLink } from "@/components/ui/BackLink";
import { StartLiveForm } from "@/components/live/StartLiveForm";
import { requireAccess } from "@/lib/auth/authorize";
import { listTeacherClasses } from "@/lib/classes/list-classes";
import { loadKnowledgeBase } from "@/lib/content/load-knowledge-base";
import { db } from "@/lib/db/client";
import { listLiveSources } from "@/lib/live/live-sources";

export const metadata: Metadata = { title: "Start a live session" };

export default async function StartLivePage() {
  const user = await requireAccess("live:host", "/teacher/live");
  const classes = await listTeacherClasses(db(), user.id);
  const studySets = loadKnowledgeBase().studySets.map((set) => ({ id: set.id, label: set.title }));
  const { customSets, assignments } = await listLiveSources(db(), user);
  return (
    <>
      <BackLink href="/teacher">My classes</BackLink>
      <h1>Start a live session</h1>
      <p className="hint">Accuracy first: no countdown, no speed points and no leaderboard unless you choose them.</p>
      {classes.length === 0 ? <p className="notice">Create a class first: a live session is for one of your classes.</p> : null}
      <StartLiveForm
        classes={classes.map((c) => ({ id: c.id, label: c.name }))}
        studySets={studySets}
        customSets={customSets}
        assignments={assignments}
      />
    </>
  );
}
