import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "@/components/layout/Link";
import { JoinClassForm } from "@/components/teaching/JoinClassForm";
import { requireAccess } from "@/lib/auth/authorize";
import { normalizeJoinCode } from "@/lib/classes/join-code";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-address";
import { serverEnv } from "@/lib/server-env";
import { enrollmentStatus, lookUpJoinCode, throttledJoinMessage, unknownCodeMessage } from "@/lib/classes/joining";

export const metadata: Metadata = { title: "Join a class" };

/**
 * Shows which class a join link opens. Joining itself is the button's POST, never this GET.
 * Codes that open no class count against the join throttle here too, or this page would
 * answer unlimited guesses.
 */
export default async function JoinWithCodePage(props: { params: Promise<{ code: string }> }) {
  const { code: rawCode } = await props.params;
  const code = normalizeJoinCode(rawCode).slice(0, 40);
  const user = await requireAccess("class:join", `/join/${encodeURIComponent(code)}`);
  const lookup = await lookUpJoinCode(db(), user, code, { address: clientAddress(await headers(), serverEnv().trustProxyHops) });
  const klass = lookup.throttled ? null : lookup.klass;
  if (!klass) {
    return (
      <>
        <h1>Join a class</h1>
        <div className="alert" role="alert">
          {lookup.throttled ? throttledJoinMessage(lookup.retryAfterMs) : unknownCodeMessage(code)}
        </div>
        <p>
          <Link href="/join">Type a join code instead</Link>
        </p>
      </>
    );
  }
  const status = await enrollmentStatus(db(), klass.id, user.id);
  return (
    <>
      <h1>Join {klass.name}</h1>
      <dl>
        <dt>Class</dt>
        <dd>{klass.name}</dd>
        <dt>Teacher</dt>
        <dd>{klass.teacherName}</dd>
        <dt>Join code</dt>
        <dd>
          <span className="code">{klass.joinCode}</span>
        </dd>
      </dl>
      {status === "member" ? (
        <p className="notice" role="status">
          You are already in this class. <Link href="/student/assignments">See your assignments</Link>
        </p>
      ) : status === "removed" ? (
        <div className="alert" role="alert">
          Your teacher removed you from this class. Ask them to add you back.
        </div>
      ) : (
        <JoinClassForm fixedCode={klass.joinCode} />
      )}
    </>
  );
}
