import type { Metadata } from "next";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { requireAccess } from "@/lib/auth/authorize.server";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const user = await requireAccess("account:use", "/sign-out");
  return (
    <>
      <h1>Sign out</h1>
      <p>You are signed in as {user.email}.</p>
      <SignOutButton />
    </>
  );
}
