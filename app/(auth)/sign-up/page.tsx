import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/account-schemas";
import { safeCallbackUrl, withCallback } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // A join link opened before having an account comes back to the join page afterwards.
  const callbackUrl = safeCallbackUrl((await props.searchParams).callbackUrl);
  return (
    <>
      <h1>Create an account</h1>
      <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} callbackUrl={callbackUrl} />
      <p>
        Already have an account? <Link href={withCallback("/sign-in", callbackUrl)}>Sign in</Link>
      </p>
    </>
  );
}
