import { describe, expect, it } from 'vitest';
import { bonusScopeOf, scopeCovers, type BonusViewer } from './access.js';

const own = { agentId: 'A01', team: 'T1' };
const teammate = { agentId: 'A02', team: 'T1' };
const stranger = { agentId: 'A09', team: 'T3' };

describe('bonus scope', () => {
	it.each([
		{
			viewer: { role: 'agent', agentId: 'A01', team: 'T1' },
			own: true,
			teammate: false,
			stranger: false
		},
		{
			viewer: { role: 'senior', agentId: 'A01', team: 'T1' },
			own: true,
			teammate: true,
			stranger: false
		},
		{
			viewer: { role: 'senior', agentId: null, team: null },
			own: true,
			teammate: true,
			stranger: true
		},
		{
			viewer: { role: 'leader', agentId: 'A01', team: 'T1' },
			own: true,
			teammate: true,
			stranger: false
		},
		{
			viewer: { role: 'leader', agentId: null, team: null },
			own: true,
			teammate: true,
			stranger: true
		},
		{
			viewer: { role: 'admin', agentId: null, team: null },
			own: true,
			teammate: true,
			stranger: true
		},
		{
			viewer: { role: 'designer', agentId: null, team: null },
			own: false,
			teammate: false,
			stranger: false
		}
	] as Array<{ viewer: BonusViewer; own: boolean; teammate: boolean; stranger: boolean }>)(
		'$viewer.role linked to $viewer.agentId',
		(row) => {
			const scope = bonusScopeOf(row.viewer);
			expect(scopeCovers(scope, own)).toBe(row.own);
			expect(scopeCovers(scope, teammate)).toBe(row.teammate);
			expect(scopeCovers(scope, stranger)).toBe(row.stranger);
		}
	);
});
