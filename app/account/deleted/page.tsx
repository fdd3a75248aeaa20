import type { Metadata } from "next";
import Link from "@/components/layout/Link";

export const metadata: Metadata = { title: "Account deleted" };

/** Where a deleted account lands. Public: there is no session left to check. */
export default function AccountDeletedPage() {
  return (
    <>
      <h1>Your account has been deleted</h1>
      <p>Your account and everything that belonged to it are gone, and every browser it was signed in on is signed out.</p>
      <p>
        <Link href="/">Go to the home page</Link>
      </p>
    </>
  );
}
