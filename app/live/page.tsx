import type { Metadata } from "next";
import { JoinLiveForm } from "@/components/live/JoinLiveForm";
import { getCurrentUser } from "@/lib/auth/authorize";
import { pinFromQuery } from "@/lib/live/join-link";

export const metadata: Metadata = { title: "Join a live session" };

/** Open to everyone: guests join here too, when the host allows them. The host's link and QR code add ?pin=. */
export default async function JoinLivePage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { pin } = await props.searchParams;
  const user = await getCurrentUser();
  return (
    <>
      <h1>Join a live session</h1>
      <JoinLiveForm signedIn={user !== null} defaultPin={pinFromQuery(pin)} />
    </>
  );
}
