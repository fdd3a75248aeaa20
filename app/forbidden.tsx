import Link from "@/components/layout/Link";

export default function Forbidden() {
  return (
    <>
      <h1>You do not have access to this page</h1>
      <p>This page belongs to another role or another teacher&apos;s class.</p>
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </>
  );
}
