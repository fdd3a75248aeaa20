import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { SignInForm } from "@/components/auth/SignInForm";
import { safeCallbackUrl, withCallback } from "@/lib/auth/callback-url";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const callbackUrl = safeCallbackUrl((await props.searchParams).callbackUrl);
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={callbackUrl} />
      <p>
        New here? <Link href={withCallback("/sign-up", callbackUrl)}>Create an account</Link>
      </p>
    </>
  );
}
