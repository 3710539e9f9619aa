import { expect, test, type Page } from '@playwright/test';
import { demoAccounts, screenshot, signIn } from './helpers';

// 360 px is the narrowest phone the app promises to fit.
const screens = [
  { name: 'narrow-phone', width: 360, height: 740 },
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

// The owner has the longest menu; reception one of the shortest.
const people = [
  {
    role: 'owner',
    account: demoAccounts.owner,
    menu: ['Today', 'Clients', 'Calendar', 'Follow-ups', 'Pigments & needles', 'Reports', 'Staff', 'Audit trail', 'Settings', 'Scheduling', 'Messages'],
  },
  { role: 'receptionist', account: demoAccounts.receptionist, menu: ['Today', 'Clients', 'Calendar', 'Follow-ups'] },
] as const;

const client = 'Marcus Bennett';

/** Waits for the page's content (not a loading message) so its width is the width it settles at. */
async function pageSettled(page: Page) {
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
  // A page of many reports asks for each as it nears the screen: bring the first still waiting into view until none is.
  const waiting = page.getByText('Loading…');
  for (let left = await waiting.count(); left > 0; left = await waiting.count()) {
    await page.evaluate(() => [...document.querySelectorAll('main *')].find((element) => element.childElementCount === 0 && element.textContent === 'Loading…')?.scrollIntoView());
    await expect.poll(() => waiting.count()).toBeLessThan(left);
  }
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function expectNoSidewaysScroll(page: Page) {
  const { documentWidth, viewportWidth, culprits } = await page.evaluate(() => {
    // The outermost elements reaching past the window's right edge: where a failure starts.
    const pastTheEdge = (element: Element) => element.getBoundingClientRect().right > window.innerWidth + 0.5;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => pastTheEdge(element) && !(element.parentElement && pastTheEdge(element.parentElement)))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}${element.getAttribute('class') ? '.' + element.getAttribute('class')!.replaceAll(' ', '.') : ''}`);
    return { documentWidth: document.documentElement.scrollWidth, viewportWidth: window.innerWidth, culprits };
  });
  expect.soft(documentWidth, `${page.url()} is ${documentWidth}px wide in a ${viewportWidth}px window (${culprits.join(', ')})`).toBeLessThanOrEqual(viewportWidth);
}

/** Opens the menu and checks every link in it, and the account's controls, can be brought into view. */
async function openMenu(page: Page, links: readonly string[]) {
  const menuButton = page.getByRole('button', { name: 'Menu' });
  await menuButton.click();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
  const main = page.getByRole('navigation', { name: 'Main' });
  await expect(main.getByRole('link')).toHaveText([...links]);
  const account = page.getByRole('navigation', { name: 'Account' });
  for (const control of [
    ...links.map((name) => main.getByRole('link', { name, exact: true })),
    account.getByRole('link', { name: 'Your account' }),
    account.getByRole('button', { name: 'Sign out' }),
  ]) {
    await control.scrollIntoViewIfNeeded();
    await expect(control).toBeInViewport({ ratio: 1 });
  }
}

/** A plan of the client's to look at: made here if the demo data has none. */
async function ensurePlan(page: Page, clientId: string) {
  const existing = await (await page.request.get('/api/treatment-plans', { params: { clientId } })).json();
  if (existing.items.length > 0) return;
  const { csrfToken } = await (await page.request.get('/api/auth/me')).json();
  const artists = await (await page.request.get('/api/artists')).json();
  const pigments: { items: { id: string; shadeName: string }[] } = await (await page.request.get('/api/pigments')).json();
  const shade = (shadeName: string) => ({ pigmentIds: [pigments.items.find((pigment) => pigment.shadeName === shadeName)!.id] });
  const response = await page.request.post('/api/treatment-plans', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { clientId, style: 'density', artistId: artists.items[0].id, sessions: [shade('Dark Grey'), shade('Soft Black')] },
  });
  expect(response.ok(), await response.text()).toBe(true);
}

for (const person of people) {
  for (const screen of screens) {
    test(`every page fits a ${screen.width}px ${screen.name} for the ${person.role}, with the whole menu in reach`, async ({ page }) => {
      await page.setViewportSize({ width: screen.width, height: screen.height });
      await page.goto('/');
      await signIn(page, person.account);
      await expect(page).toHaveURL(/\/today$/);
      await pageSettled(page);
      await expectNoSidewaysScroll(page);

      // The menu opens from a button and Escape closes it, back on the button.
      const menuButton = page.getByRole('button', { name: 'Menu' });
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
      await openMenu(page, person.menu);
      await screenshot(page, `90-${person.role}-${screen.name}-menu`);
      await page.keyboard.press('Escape');
      await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
      await expect(menuButton).toBeFocused();

      // Every page on the menu, and the account's own page; following a link closes the menu.
      for (const link of [...person.menu, 'Your account']) {
        await openMenu(page, person.menu);
        await page.getByRole('link', { name: link, exact: true }).click();
        await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
        await pageSettled(page);
        await expectNoSidewaysScroll(page);
        await screenshot(page, `91-${person.role}-${screen.name}-${link.toLowerCase().replaceAll(/\W+/g, '-')}`);
      }

      // A client, one of their screenings and one of their plans.
      await openMenu(page, person.menu);
      await page.getByRole('link', { name: 'Clients', exact: true }).click();
      await page.getByRole('link', { name: client }).click();
      await expect(page.getByRole('heading', { name: client })).toBeVisible();
      const clientId = new URL(page.url()).pathname.split('/')[2]!;
      await ensurePlan(page, clientId);
      await page.reload();
      await pageSettled(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `92-${person.role}-${screen.name}-client`);

      await page.getByRole('table', { name: 'Screenings' }).getByRole('link').first().click();
      await pageSettled(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `92-${person.role}-${screen.name}-screening`);

      await page.goBack();
      await page.getByRole('table', { name: 'Treatment plans' }).getByRole('link').first().click();
      await pageSettled(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, `92-${person.role}-${screen.name}-plan`);
    });
  }
}
