import type { Browser, Page } from 'playwright-core';

export type Role = 'agent' | 'senior' | 'designer' | 'leader' | 'admin';

export interface OpenOptions {
	/** Who is looking; pages that need a role are opened as a user with it. */
	role?: Role;
	lang?: 'zh-CN' | 'en';
	viewport?: { width: number; height: number };
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
	const context = await browser.newContext({
		viewport: options.viewport ?? { width: 1280, height: 900 },
		locale: options.lang ?? 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	const page = await context.newPage();
	await page.goto(`${baseUrl}/?lang=${options.lang ?? 'zh-CN'}`);
	await page.goto(`${baseUrl}${path}`);
	return page;
}
