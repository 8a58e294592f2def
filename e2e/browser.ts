import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.resolve('e2e/screenshots');

/**
 * Launches Debian's Chromium headless. The flags keep it from reaching out to the network
 * (this machine has none) and let it run as root in CI.
 */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(
			`Chromium not found at ${chromiumPath}. Install it with "apt-get install chromium" or set CHROMIUM_PATH.`
		);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
}

export async function screenshot(page: Page, name: string): Promise<void> {
	mkdirSync(screenshotDir, { recursive: true });
	await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}
