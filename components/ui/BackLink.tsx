import type { ReactNode } from "react";
import Link from "@/components/layout/Link";

/** The link back up to the page this one sits under, above its heading. */
export function BackLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <p>
      <Link href={href}>← {children}</Link>
    </p>
  );
}
