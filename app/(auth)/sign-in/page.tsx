import type { Metadata } from "next";
import Link from "next/link";
import { SignInForm } from "@/components/auth/SignInForm";

export const metadata: Metadata = { title: "Sign in" };

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: string | string[] | undefined): string | null {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : null;
}

export default async function SignInPage(props: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const searchParams = await props.searchParams;
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm callbackUrl={safeCallback(searchParams.callbackUrl)} />
      <p>
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
    </>
  );
}
