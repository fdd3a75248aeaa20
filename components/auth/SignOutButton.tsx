"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { clearSavedPages } from "@/components/offline/clear-saved-pages";

export function SignOutButton() {
  const [pending, setPending] = useState(false);
  return (
    <button
      className="button"
      type="button"
      disabled={pending}
      onClick={() => {
        setPending(true);
        // The quizzes saved for offline use belong to this person: drop them before anyone else signs in.
        void clearSavedPages().finally(() => signOut({ callbackUrl: "/" }));
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </button>
  );
}
