import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/SignOutButton";
import Link from "@/components/layout/Link";
import { requireAccess } from "@/lib/auth/authorize";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await requireAccess("account:use", "/sign-out");
  return (
    <>
      <h1>Sign out</h1>
      <p>You are signed in as {user.email}. Signing out ends this browser&apos;s session at once.</p>
      <SignOutButton />
      <p>
        Signed in somewhere else too? <Link href="/account">Your account page</Link> can sign you out everywhere.
      </p>
    </>
  );
}
