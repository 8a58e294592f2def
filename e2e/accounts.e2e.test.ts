import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser';
import {
	openPage,
	sessionCookie,
	signInWithForm,
	testRoles,
	testUsers,
	throttledUser,
	type Role
} from './session';

const baseUrl = inject('baseUrl');
const fixture = inject('accounts');
const foreignOrigin = 'http://evil.example';
let browser: Browser;
const cookies = {} as Record<Role, string>;

beforeAll(async () => {
	browser = await launchBrowser();
	for (const role of testRoles) cookies[role] = await sessionCookie(baseUrl, testUsers[role]);
});
afterAll(() => browser?.close());

function get(path: string, role: Role | null, headers: Record<string, string> = {}) {
	return fetch(`${baseUrl}${path}`, {
		redirect: 'manual',
		headers: role ? { cookie: cookies[role], ...headers } : headers
	});
}

function postForm(path: string, role: Role | null, body: Record<string, string>, origin: string) {
	return fetch(`${baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded',
			...(role ? { cookie: cookies[role] } : {})
		},
		body: new URLSearchParams(body)
	});
}

/** Which roles may open each page: the product's access rules, written out by hand. */
const accessMatrix: Array<{ path: string; allowed: readonly Role[] }> = [
	{ path: '/', allowed: testRoles },
	{ path: '/account', allowed: testRoles },
	{ path: '/products', allowed: ['senior', 'designer', 'leader', 'admin'] },
	{ path: '/conversations', allowed: ['agent', 'senior', 'designer', 'leader', 'admin'] },
	{ path: '/admin/users', allowed: ['admin'] },
	{ path: '/admin/audit', allowed: ['admin'] },
	{ path: '/admin/audit/export.csv', allowed: ['admin'] },
	{ path: '/admin/users/__data.json', allowed: ['admin'] },
	{ path: '/not-a-page', allowed: [] }
];

describe('access by URL', () => {
	for (const { path, allowed } of accessMatrix) {
		it.each(testRoles.map((role) => ({ role, status: allowed.includes(role) ? 200 : 403 })))(
			`${path} as $role answers $status`,
			async ({ role, status }) => {
				const response = await get(path, role);
				expect(response.status).toBe(path === '/not-a-page' ? 403 : status);
			}
		);
	}

	it.each(['/', '/conversations', '/admin/users', '/not-a-page'])(
		'anonymous %s redirects to sign-in',
		async (path) => {
			const response = await get(path, null);
			expect(response.status).toBe(303);
			expect(response.headers.get('location')).toBe(`/login?next=${encodeURIComponent(path)}`);
		}
	);

	it('anonymous API request answers 401', async () => {
		const response = await get('/api/products', null);
		expect(response.status).toBe(401);
	});

	it('forged session cookie is treated as anonymous', async () => {
		const response = await get('/', null, { cookie: 'seam_session=forged-session-id' });
		expect(response.status).toBe(303);
	});

	it('responses carry the security headers', async () => {
		const response = await get('/', 'leader');
		const csp = response.headers.get('content-security-policy') ?? '';
		expect(csp).toMatch(/script-src 'self' 'nonce-[^']+'/);
		expect(csp).not.toContain("script-src 'self' 'unsafe-inline'");
		expect(csp).toContain("frame-ancestors 'none'");
		expect(response.headers.get('x-content-type-options')).toBe('nosniff');
		expect(response.headers.get('x-frame-options')).toBe('DENY');
		expect(response.headers.get('cache-control')).toBe('no-store');
	});
});

describe('agent sees only conversations they handled', () => {
	it('list holds only the agent own conversations', async () => {
		const html = await (await get('/conversations', 'agent')).text();
		expect(html).toContain(encodeURIComponent(fixture.ownConversationId));
		expect(html).not.toContain(encodeURIComponent(fixture.otherConversationId));
	});

	it('another agent conversation answers 404 by URL', async () => {
		const path = `/conversations/${encodeURIComponent(fixture.otherConversationId)}`;
		expect((await get(path, 'agent')).status).toBe(404);
		expect((await get(path, 'senior')).status).toBe(200);
		expect(
			(await get(`/conversations/${encodeURIComponent(fixture.ownConversationId)}`, 'agent')).status
		).toBe(200);
	});

	it('another agent conversation leaks nothing through the data endpoint', async () => {
		const path = `/conversations/${encodeURIComponent(fixture.otherConversationId)}/__data.json`;
		const seniorBody = await (await get(path, 'senior')).text();
		const agentBody = await (await get(path, 'agent')).text();
		expect(seniorBody).toContain('messageId');
		expect(agentBody).not.toContain('messageId');
	});

	it('agent opening another conversation in the browser sees not found', async () => {
		const page = await openPage(
			browser,
			baseUrl,
			`/conversations/${encodeURIComponent(fixture.otherConversationId)}`,
			{ role: 'agent' }
		);
		expect(await page.locator('h1').textContent()).toBe('找不到该页面。');
		await screenshot(page, 'accounts-agent-other-conversation');
		await page.context().close();
	});
});

describe('cross-site requests', () => {
	it('foreign form post to sign-in is rejected', async () => {
		const response = await postForm('/login', null, testUsers.admin, foreignOrigin);
		expect(response.status).toBe(403);
		expect(response.headers.getSetCookie().some((c) => c.startsWith('seam_session='))).toBe(false);
	});

	it('foreign form post by a signed-in admin creates nobody', async () => {
		const response = await postForm(
			'/admin/users?/create',
			'admin',
			{ username: 'csrf-victim', role: 'admin' },
			foreignOrigin
		);
		expect(response.status).toBe(403);
		expect(await (await get('/admin/users', 'admin')).text()).not.toContain('csrf-victim');
	});

	it('foreign JSON post is rejected', async () => {
		const response = await fetch(`${baseUrl}/logout`, {
			method: 'POST',
			headers: {
				origin: foreignOrigin,
				cookie: cookies.leader,
				'content-type': 'application/json'
			},
			body: '{}'
		});
		expect(response.status).toBe(403);
		expect((await get('/', 'leader')).status).toBe(200);
	});

	it('same-origin sign-out ends the session', async () => {
		const cookie = await sessionCookie(baseUrl, testUsers.designer);
		const response = await fetch(`${baseUrl}/logout`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin: baseUrl,
				cookie,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			}
		});
		expect(response.status).toBe(303);
		const after = await fetch(`${baseUrl}/`, { redirect: 'manual', headers: { cookie } });
		expect(after.status).toBe(303);
	});
});

describe('stored XSS in imported conversation text', () => {
	const path = `/conversations/${encodeURIComponent(fixture.xssConversationId)}`;

	it('page source carries the text escaped', async () => {
		const html = await (await get(path, 'senior')).text();
		expect(html).not.toContain('<script>window.__xss');
		expect(html).not.toContain('<img src=x onerror');
		expect(html).toContain('&lt;script>window.__xss = 1&lt;/script>&lt;img src=x onerror=');
	});

	it('no script runs in the browser', async () => {
		const page = await openPage(browser, baseUrl, path, { role: 'senior' });
		await page.waitForTimeout(300);
		expect(
			await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)
		).toBeUndefined();
		expect(await page.locator('main img').count()).toBe(0);
		expect(await page.locator('li.message.customer .text').first().textContent()).toContain(
			'<script>window.__xss = 1</script>'
		);
		await screenshot(page, 'accounts-xss-escaped');
		await page.context().close();
	});
});

describe('Cypher injection through page filters', () => {
	const attacks = [
		"' OR 1=1 //",
		"x'}) MATCH (n) DETACH DELETE n //",
		'1 UNION MATCH (n) RETURN n'
	];

	async function conversationTotal(role: Role, query = ''): Promise<string> {
		const html = await (await get(`/conversations${query}`, role)).text();
		return html.match(/· ([\d,]+)/)?.[1] ?? 'missing';
	}

	it.each(attacks)('conversation filters ignore %j', async (attack) => {
		const before = await conversationTotal('senior');
		const agentTotal = await conversationTotal('agent');
		for (const key of ['risk', 'page']) {
			const query = `?${key}=${encodeURIComponent(attack)}`;
			expect((await get(`/conversations${query}`, 'senior')).status).toBe(200);
			expect(await conversationTotal('agent', query)).toBe(agentTotal);
		}
		expect(await conversationTotal('senior')).toBe(before);
	});

	it.each(attacks)('product sort and direction ignore %j', async (attack) => {
		const query = `?sort=${encodeURIComponent(attack)}&dir=${encodeURIComponent(attack)}`;
		const response = await get(`/products${query}`, 'leader');
		expect(response.status).toBe(200);
	});

	it.each(attacks)('conversation id %j is not found', async (attack) => {
		const response = await get(`/conversations/${encodeURIComponent(attack)}`, 'senior');
		expect(response.status).toBe(404);
	});

	it.each(attacks)('audit filters ignore %j', async (attack) => {
		const query = new URLSearchParams({
			actor: attack,
			action: attack,
			target: attack,
			page: attack
		});
		const response = await get(`/admin/audit?${query}`, 'admin');
		expect(response.status).toBe(200);
	});

	it('page number past 64 bits is clamped', async () => {
		expect((await get('/conversations?page=99999999999999999999999', 'senior')).status).toBe(200);
	});
});

describe('sign-in throttling', () => {
	it('five wrong passwords lock the account', async () => {
		for (let i = 0; i < 5; i++) {
			const wrong = await postForm(
				'/login',
				null,
				{ username: throttledUser.username, password: `wrong password ${i}` },
				baseUrl
			);
			expect(wrong.status).toBe(400);
		}
		const locked = await postForm('/login', null, throttledUser, baseUrl);
		expect(locked.status).toBe(429);
		expect(locked.headers.getSetCookie().some((c) => c.startsWith('seam_session='))).toBe(false);
	});
});

describe('header and navigation by role', () => {
	const navFor: Record<Role, string[]> = {
		agent: ['/', '/conversations'],
		senior: ['/', '/products', '/conversations'],
		designer: ['/', '/products', '/conversations'],
		leader: ['/', '/products', '/conversations'],
		admin: ['/', '/products', '/conversations', '/admin/users']
	};
	const known = ['/', '/products', '/conversations', '/admin/users'];

	it.each(testRoles)('%s sees only the areas it may open', async (role) => {
		const page = await openPage(browser, baseUrl, '/', { role, lang: 'en' });
		const hrefs = await page
			.locator('header nav a')
			.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
		expect(hrefs.filter((href) => known.includes(href))).toEqual(navFor[role]);
		// Redirects are followed: an agent's /bonus is their own statement.
		for (const href of hrefs) {
			const response = await fetch(`${baseUrl}${href}`, { headers: { cookie: cookies[role] } });
			expect(response.status, href).toBe(200);
		}
		expect(await page.getByTestId('current-user').textContent()).toContain(
			testUsers[role].username
		);
		await screenshot(page, `accounts-nav-${role}`);
		await page.context().close();
	});
});

describe('account administration', () => {
	it('admin creates a user who signs in, then disables them', async () => {
		const admin = await openPage(browser, baseUrl, '/admin/users', { lang: 'en' });
		await admin.getByRole('textbox', { name: 'Username' }).fill('e2e-new-designer');
		await admin.locator('select[name=role]').selectOption('designer');
		await admin.getByRole('button', { name: 'Create with a random password' }).click();
		const password = await admin.getByTestId('new-password').locator('code').textContent();
		expect(password).toMatch(/^[\w-]{24}$/);
		await screenshot(admin, 'accounts-admin-users');

		const user = await browser.newPage();
		await signInWithForm(user, baseUrl, { username: 'e2e-new-designer', password: password! });
		expect(await user.getByTestId('current-user').textContent()).toContain('e2e-new-designer');

		await admin.goto(`${baseUrl}/admin/users`);
		await admin
			.locator('tr', { hasText: 'e2e-new-designer' })
			.getByRole('button', { name: 'Disable' })
			.click();
		await admin.waitForLoadState('networkidle');
		await user.goto(`${baseUrl}/`);
		expect(new URL(user.url()).pathname).toBe('/login');
		await user.context().close();

		await admin.goto(`${baseUrl}/admin/audit?target=e2e-new-designer`);
		const actions = await admin
			.getByTestId('audit-table')
			.locator('tbody tr td:nth-child(3)')
			.allTextContents();
		expect(actions).toEqual(
			expect.arrayContaining(['user.create', 'auth.sign_in', 'user.disable'])
		);
		await screenshot(admin, 'accounts-audit');
		await admin.context().close();
	});

	it('audit export is CSV of the filtered entries', async () => {
		const response = await get('/admin/audit/export.csv?action=user.create', 'admin');
		expect(response.headers.get('content-type')).toContain('text/csv');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
		expect(lines[0]).toBe('entryId,at,actor,action,target,details');
		expect(lines.length).toBeGreaterThan(5);
		expect(lines.slice(1).every((line) => line.includes(',user.create,'))).toBe(true);
	});

	it('no route edits or deletes audit entries', async () => {
		for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
			const response = await fetch(`${baseUrl}/admin/audit`, {
				method,
				headers: { origin: baseUrl, cookie: cookies.admin, 'content-type': 'application/json' },
				body: '{}'
			});
			expect(response.status, method).toBeGreaterThanOrEqual(400);
		}
	});
});
