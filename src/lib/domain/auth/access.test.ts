import { describe, expect, it } from 'vitest';
import { accessTable } from '../../server/auth/access.js';
import { decideAccess, findAudience, type AccessTable } from './access.js';
import { roles, type Role } from './roles.js';

const table: AccessTable = {
	'/login': 'public',
	'/': ['agent', 'admin'],
	'/admin': ['admin'],
	'/admin/help': ['agent', 'admin']
};

describe('decideAccess', () => {
	it.each([
		{ path: '/login', role: null, expected: 'allow' },
		{ path: '/', role: null, expected: 'signIn' },
		{ path: '/admin', role: null, expected: 'signIn' },
		{ path: '/nowhere', role: null, expected: 'signIn' },
		{ path: '/', role: 'agent', expected: 'allow' },
		{ path: '/admin', role: 'agent', expected: 'deny' },
		{ path: '/admin/users', role: 'agent', expected: 'deny' },
		{ path: '/admin/help', role: 'agent', expected: 'allow' },
		{ path: '/admin/help/more', role: 'agent', expected: 'allow' },
		{ path: '/administrator', role: 'admin', expected: 'deny' },
		{ path: '/nowhere', role: 'admin', expected: 'deny' },
		{ path: '/api/admin/users', role: 'admin', expected: 'allow' },
		{ path: '/api/admin/users', role: 'agent', expected: 'deny' },
		{ path: '/api/', role: 'admin', expected: 'deny' },
		{ path: '/api', role: 'admin', expected: 'deny' }
	] as const)('$path for $role is $expected', ({ path, role, expected }) => {
		expect(decideAccess(table, path, role)).toBe(expected);
	});

	it('root rule covers only the root', () => {
		expect(findAudience(table, '/anything')).toBeNull();
	});
});

/** The product's table, role by role: what each role may open. */
const expectedAccess: Record<string, readonly Role[]> = {
	'/': roles,
	'/products': ['senior', 'designer', 'leader', 'admin'],
	'/conversations': ['agent', 'senior', 'designer', 'leader', 'admin'],
	'/conversations/C1': ['agent', 'senior', 'designer', 'leader', 'admin'],
	'/faq': roles,
	'/escalations': ['senior', 'leader', 'admin'],
	'/lexicon': ['admin'],
	'/size': ['designer', 'leader', 'admin'],
	'/size/P001': ['designer', 'leader', 'admin'],
	'/size/recommend': roles,
	'/api/size/recommend': roles,
	'/bonus': ['agent', 'senior', 'leader', 'admin'],
	'/board': ['leader', 'admin'],
	'/forecast': ['leader', 'admin'],
	'/review': ['leader', 'admin'],
	'/admin/users': ['admin'],
	'/admin/audit/export.csv': ['admin'],
	'/api/products': ['senior', 'designer', 'leader', 'admin'],
	'/api/board/cards': ['leader', 'admin'],
	'/account': roles,
	'/unlisted': []
};

describe('access table', () => {
	for (const [path, allowed] of Object.entries(expectedAccess)) {
		it.each(roles.map((role) => ({ role, allow: allowed.includes(role) })))(
			`${path} for $role allows: $allow`,
			({ role, allow }) => {
				expect(decideAccess(accessTable, path, role)).toBe(allow ? 'allow' : 'deny');
			}
		);
	}

	it.each(['/login', '/_app/immutable/entry/start.js', '/favicon.svg'])('%s is public', (path) => {
		expect(decideAccess(accessTable, path, null)).toBe('allow');
	});
});
