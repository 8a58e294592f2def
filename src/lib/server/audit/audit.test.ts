import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { audit } from './audit.js';
import { auditCsvLine, csvField } from './csv.js';
import { auditFacets, listAuditEntries } from './entries.js';
import { parseAuditQuery, startOfDayMs } from './filter.js';

let graph: Graph;

beforeAll(async () => {
	graph = await openTestGraph();
});
afterAll(() => graph?.close());
beforeEach(() => clearGraph(graph));

describe('audit', () => {
	it('appends an entry with JSON details', async () => {
		const entry = await audit(graph, {
			actor: 'cli:root',
			action: 'import',
			target: 'orders.csv',
			details: { imported: 12 }
		});
		expect(entry.entryId).toMatch(/^[0-9a-f-]{36}$/);
		expect(JSON.parse(entry.details)).toEqual({ imported: 12 });
		expect(Date.now() - entry.at).toBeLessThan(60_000);
	});

	it('redacts secret-looking details', async () => {
		const entry = await audit(graph, {
			actor: 'a',
			action: 'user.create',
			target: 'b',
			details: { password: 'hunter2hunter2', sessionId: 'abc', role: 'admin' }
		});
		expect(JSON.parse(entry.details)).toEqual({
			password: '[redacted]',
			sessionId: '[redacted]',
			role: 'admin'
		});
	});
});

describe('listAuditEntries', () => {
	beforeEach(async () => {
		for (const [actor, action, target] of [
			['root', 'user.create', 'mei'],
			['root', 'user.disable', 'mei'],
			['cli:ops', 'import', 'orders.csv']
		]) {
			await audit(graph, { actor, action, target });
		}
	});

	it.each([
		{ filter: {}, targets: ['orders.csv', 'mei', 'mei'] },
		{ filter: { actor: 'root' }, targets: ['mei', 'mei'] },
		{ filter: { action: 'import' }, targets: ['orders.csv'] },
		{ filter: { target: 'orders' }, targets: ['orders.csv'] },
		{ filter: { actor: "root' OR 1=1 //" }, targets: [] },
		{ filter: { fromMs: Date.now() + 3_600_000 }, targets: [] }
	])('filters by $filter', async ({ filter, targets }) => {
		const page = await listAuditEntries(graph, filter, { offset: 0, limit: 10 });
		expect(page.entries.map((entry) => entry.target)).toEqual(targets);
		expect(page.total).toBe(targets.length);
	});

	it('pages newest first', async () => {
		const page = await listAuditEntries(graph, {}, { offset: 1, limit: 1 });
		expect(page.entries.map((entry) => entry.action)).toEqual(['user.disable']);
		expect(page.total).toBe(3);
	});

	it('lists facets', async () => {
		expect(await auditFacets(graph)).toEqual({
			actors: ['cli:ops', 'root'],
			actions: ['import', 'user.create', 'user.disable']
		});
	});
});

describe('audit CSV', () => {
	it.each([
		{ value: 'plain', expected: 'plain' },
		{ value: 'a,b', expected: '"a,b"' },
		{ value: 'say "hi"', expected: '"say ""hi"""' },
		{ value: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
		{ value: '@SUM(A1)', expected: "'@SUM(A1)" }
	])('field $value', ({ value, expected }) => {
		expect(csvField(value)).toBe(expected);
	});

	it('writes one line per entry', () => {
		const line = auditCsvLine({
			entryId: 'e1',
			at: Date.UTC(2024, 0, 2, 3, 4, 5),
			actor: 'root',
			action: 'user.create',
			target: 'mei',
			details: '{"role":"senior"}'
		});
		expect(line).toBe(
			'e1,2024-01-02T03:04:05.000Z,root,user.create,mei,"{""role"":""senior""}"\r\n'
		);
	});
});

describe('parseAuditQuery', () => {
	it('reads days in the shop time zone', () => {
		expect(startOfDayMs('2024-03-01', 'Asia/Shanghai')).toBe(Date.UTC(2024, 1, 29, 16));
		const { filter } = parseAuditQuery(
			new URLSearchParams('from=2024-03-01&to=2024-03-01&actor=root'),
			'Asia/Shanghai'
		);
		expect(filter.fromMs).toBe(Date.UTC(2024, 1, 29, 16));
		expect(filter.toMs).toBe(Date.UTC(2024, 2, 1, 16));
		expect(filter.actor).toBe('root');
	});

	it.each(['page=-3', 'page=abc', "page=1' OR 1=1", 'from=yesterday'])('ignores %s', (query) => {
		const { query: parsed, filter } = parseAuditQuery(new URLSearchParams(query), 'Asia/Shanghai');
		expect(parsed.page).toBe(1);
		expect(filter.fromMs).toBeNull();
	});
});
