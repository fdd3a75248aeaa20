import Link from "@/components/layout/Link";

export default function NotFound() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Go to your home page</Link>
      </p>
    </>
  );
}
