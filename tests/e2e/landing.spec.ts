import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./helpers";

test.describe("the landing page", () => {
  test("tells a visitor what the unit covers, names its sources by title, and leads to sign-up", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "The 2012–13 fighting in Idlib and Aleppo" })).toBeVisible();

    const covers = page.getByRole("list", { name: "What the unit covers" });
    await expect(covers.getByRole("listitem")).toHaveCount(4);
    await expect(covers).toContainText(/\d+ questions/);

    // Documents are named by title and publisher, never by file name.
    const sources = page.locator("ol cite");
    await expect(sources).toHaveCount(5);
    await expect(sources.first()).toHaveText("Battle of Maarat al-Numan (2012)");
    await expect(page.locator("main")).not.toContainText(".txt");
    await expectNoAxeViolations(page, "the landing page");

    await page.getByRole("link", { name: "Create an account" }).first().click();
    await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  });

  test("fits a 360 px phone in the dark theme, with tap-sized buttons", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(0);
    for (const name of ["Create an account", "Sign in"]) {
      const box = await page.locator("main").getByRole("link", { name, exact: true }).boundingBox();
      expect(box!.height, `${name} is tall enough to tap`).toBeGreaterThanOrEqual(44);
    }
    await expectNoAxeViolations(page, "the landing page at 360 px, dark");
  });
});
