import type { Browser, Page } from 'playwright-core';

export type Role = 'agent' | 'senior' | 'designer' | 'leader' | 'admin';
export const testRoles: readonly Role[] = ['agent', 'senior', 'designer', 'leader', 'admin'];

/**
 * One account per role, created by the global setup in the test graph only. The agent account
 * is linked to the demo agent that handled the most conversations.
 */
export const testUsers: Record<Role, { username: string; password: string }> = {
	agent: { username: 'e2e-agent', password: 'e2e-agent-password' },
	senior: { username: 'e2e-senior', password: 'e2e-senior-password' },
	designer: { username: 'e2e-designer', password: 'e2e-designer-password' },
	leader: { username: 'e2e-leader', password: 'e2e-leader-password' },
	admin: { username: 'e2e-admin', password: 'e2e-admin-password' }
};

/** An extra senior account that the throttling test locks out, so no other test is affected. */
export const throttledUser = { username: 'e2e-throttled', password: 'e2e-throttled-password' };

export interface OpenOptions {
	/** Who is looking: the page is opened signed in as the test user of this role (default admin). */
	role?: Role;
	/** Opens the page without signing in. */
	anonymous?: boolean;
	lang?: 'zh-CN' | 'en';
	viewport?: { width: number; height: number };
}

/** Signs in through the login form, as a person would. */
export async function signInWithForm(
	page: Page,
	baseUrl: string,
	account: { username: string; password: string },
	lang = 'zh-CN'
): Promise<void> {
	await page.goto(`${baseUrl}/login?lang=${lang}`);
	// Typing before hydration finishes can be lost when Svelte sets the inputs' values.
	await page.waitForLoadState('networkidle');
	await page.locator('main input[name=username]').fill(account.username);
	await page.locator('main input[name=password]').fill(account.password);
	await Promise.all([
		page.waitForURL((url) => !url.pathname.startsWith('/login')),
		page.locator('main button[type=submit]').click()
	]);
}

/**
 * Opens `path` of the app in a fresh browser context with the interface language set.
 * Every browser test opens pages through here, so signing in happens in one place.
 */
export async function openPage(
	browser: Browser,
	baseUrl: string,
	path: string,
	options: OpenOptions = {}
): Promise<Page> {
	const lang = options.lang ?? 'zh-CN';
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 900 },
		locale: lang,
		timezoneId: 'Asia/Shanghai'
	});
	const page = await context.newPage();
	if (options.anonymous) {
		await page.goto(`${baseUrl}/login?lang=${lang}`);
	} else {
		await signInWithForm(page, baseUrl, testUsers[options.role ?? 'admin'], lang);
	}
	await page.goto(`${baseUrl}${path}`);
	return page;
}

/**
 * Signs in over HTTP and returns the `Cookie` header value, for tests that send requests
 * without a browser.
 */
export async function sessionCookie(
	baseUrl: string,
	account: { username: string; password: string }
): Promise<string> {
	const response = await fetch(`${baseUrl}/login`, {
		method: 'POST',
		redirect: 'manual',
		// Without `accept: text/html`, SvelteKit returns a form action result as JSON instead of a redirect.
		headers: {
			origin: baseUrl,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ username: account.username, password: account.password })
	});
	const cookie = response.headers
		.getSetCookie()
		.find((header) => header.startsWith('seam_session='));
	if (response.status !== 303 || !cookie) {
		throw new Error(`Signing in as ${account.username} failed with HTTP ${response.status}`);
	}
	return cookie.split(';')[0];
}
