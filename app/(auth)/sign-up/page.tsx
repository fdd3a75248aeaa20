import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/SignUpForm";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/account-schemas";

export const metadata: Metadata = { title: "Create an account" };

export default function SignUpPage() {
  return (
    <>
      <h1>Create an account</h1>
      <SignUpForm minPasswordLength={MIN_PASSWORD_LENGTH} />
      <p>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
