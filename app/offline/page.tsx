import type { Metadata } from "next";
import { SavedQuizzes } from "@/components/offline/SavedQuizzes";
import { TryAgainButton } from "@/components/offline/TryAgainButton";

export const metadata: Metadata = { title: "Offline" };

/**
 * What the service worker shows for a page it cannot fetch and has not saved (app/sw.ts). It is
 * precached signed out, so it says nothing about who is using the device; the quizzes saved on
 * this device are listed from the browser's cache.
 */
export default function OfflinePage() {
  return (
    <>
      <h1>This page can&apos;t be opened right now</h1>
      <p>You seem to be offline, or the site can&apos;t be reached. This page isn&apos;t saved on this device, so it will open once the connection returns.</p>
      <p>
        <TryAgainButton />
      </p>
      <SavedQuizzes />
    </>
  );
}
