import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { THEME_COOKIE, themeFromCookie } from "@/components/layout/theme";
import { ServiceWorkerRegistration } from "@/components/offline/ServiceWorkerRegistration";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Idlib & Aleppo 2012–13 · Study", template: "%s · Idlib & Aleppo 2012–13" },
  description: "Quizzes and flashcards on the 2012–2013 fighting in Idlib and Aleppo governorates, with sources.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request: Next.js can only put the proxy's per-request CSP nonce on its
  // scripts while rendering, and a page prerendered at build time would have scripts the browser refuses.
  await connection();
  const theme = themeFromCookie((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <html lang="en" data-theme={theme}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader theme={theme} />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <ServiceWorkerRegistration />
      </body>
    </html>
  );
}
