/**
 * Playwright's `test`, with one addition every spec gets by importing from here instead of
 * "@playwright/test": a test fails when the browser refuses something under the site's
 * Content-Security-Policy or Permissions-Policy (docs/decisions/011-security-headers.md). A refused
 * script leaves a page that looks right but never hydrates, which a test clicking through the
 * server-rendered HTML could miss; the console message is the one sure sign.
 *
 * It watches every browser context a test opens, `browser.newContext()` included, not only `page`.
 */
import { test as base, expect, type BrowserContext } from "@playwright/test";

export * from "@playwright/test";

/** Chromium's console messages for a refusal: "… violates the following Content Security Policy directive …",
 *  "Error with Permissions-Policy header: …", "Potential permissions policy violation: …". */
const SECURITY_POLICY_MESSAGE = /Content Security Policy|Permissions-Policy|permissions policy/i;

interface SecurityPolicyFixtures {
  /** Messages a test provokes on purpose (e.g. the clickjacking test's refused frame). */
  expectedSecurityPolicyMessages: RegExp[];
  /** The messages a test met, besides the expected ones; the test fails unless it is empty. */
  securityPolicyMessages: string[];
}

export const test = base.extend<SecurityPolicyFixtures>({
  expectedSecurityPolicyMessages: [[], { option: true }],
  securityPolicyMessages: [
    async ({ browser, expectedSecurityPolicyMessages }, use) => {
      const messages: string[] = [];
      const watch = (context: BrowserContext) =>
        context.on("console", (message) => {
          const text = message.text();
          if (!SECURITY_POLICY_MESSAGE.test(text)) return;
          if (expectedSecurityPolicyMessages.some((expected) => expected.test(text))) return;
          messages.push(`${message.location().url || "(page)"}: ${text}`);
        });
      browser.contexts().forEach(watch);
      browser.on("context", watch);
      await use(messages);
      browser.off("context", watch);
      expect(messages, "the browser refused something under the site's security headers").toEqual([]);
    },
    { auto: true },
  ],
});
