import type { Metadata } from "next";
import { JoinLiveForm } from "@/components/live/JoinLiveForm";
import { getCurrentUser } from "@/lib/auth/authorize";

export const metadata: Metadata = { title: "Join a live session" };

/** Open to everyone: guests join here too, when the host allows them. */
export default async function JoinLivePage() {
  const user = await getCurrentUser();
  return (
    <>
      <h1>Join a live session</h1>
      <JoinLiveForm signedIn={user !== null} />
    </>
  );
}
