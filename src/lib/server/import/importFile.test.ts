import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearGraph, graphCounts, openTestGraph } from '../../../test/graph.js';
import type { Graph } from '../graph/graph.js';
import { createLogger } from '../log.js';
import { findAdapter, importFile } from './index.js';

const logger = createLogger('test');
let graph: Graph;
let dir: string;

beforeAll(async () => {
	graph = await openTestGraph();
	dir = await mkdtemp(path.join(tmpdir(), 'seam-import-'));
});
afterAll(() => graph.close());
beforeEach(() => clearGraph(graph));

async function run(kind: string, file: string, extra: { dryRun?: boolean } = {}) {
	return importFile({
		graph,
		adapter: findAdapter(kind)!,
		filePath: file,
		timeZone: 'Asia/Shanghai',
		rejectsDir: dir,
		logger,
		...extra
	});
}

const conversationsJsonl = [
	JSON.stringify({
		conversationId: 'CV1',
		customerId: 'C1',
		productId: 'P1',
		messages: [
			{ sender: 'customer', sentAt: '2025-06-01 10:00:00', text: '衣服起球了，质量太差' },
			{
				sender: 'agent',
				agentId: 'A1',
				sentAt: '2025-06-01T10:00:40+08:00',
				text: '抱歉，立即处理'
			}
		]
	}),
	'{"conversationId": "CV2", "messages": [ broken',
	JSON.stringify({ messages: [{ sender: 'customer', sentAt: '2025-06-01 10:00', text: 'hi' }] }),
	JSON.stringify({
		conversationId: 'CV3',
		messages: [{ sender: 'customer', sentAt: '2025-13-45 10:00', text: '你好' }]
	}),
	JSON.stringify({
		conversationId: 'CV4',
		messages: [{ sender: 'robot', sentAt: '2025-06-02 09:00', text: '在吗' }]
	}),
	JSON.stringify({
		conversationId: 'CV5',
		messages: [{ sender: 'customer', sentAt: '2025-06-02 09:00', text: '尺码偏小' }]
	})
].join('\n');

describe('import of canonical files', () => {
	it('imports good rows and rejects each bad one with its reason', async () => {
		const file = path.join(dir, 'conversations.jsonl');
		await writeFile(file, conversationsJsonl);
		const summary = await run('conversations', file);
		expect(summary.read).toBe(6);
		expect(summary.imported).toBe(2);
		expect(summary.rejected).toBe(4);
		const rejects = (await readFile(summary.rejectsFile!, 'utf8'))
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(rejects.map((r) => r.line)).toEqual([2, 3, 4, 5]);
		expect(rejects[0].problems[0].reason).toMatch(/invalid JSON/);
		expect(rejects[1].problems[0]).toMatchObject({ field: 'conversationId', reason: 'is missing' });
		expect(rejects[2].problems[0]).toMatchObject({
			field: 'messages.0.sentAt',
			value: '2025-13-45 10:00'
		});
		expect(rejects[3].problems[0]).toMatchObject({ field: 'messages.0.sender', value: 'robot' });
	});

	it('adds nothing when the same file is imported again', async () => {
		const file = path.join(dir, 'conversations-again.jsonl');
		await writeFile(file, conversationsJsonl);
		await run('conversations', file);
		const first = await graphCounts(graph);
		await run('conversations', file);
		expect(await graphCounts(graph)).toEqual(first);
	});

	it('reads times without an offset in the shop time zone', async () => {
		const file = path.join(dir, 'conversations-time.jsonl');
		await writeFile(file, conversationsJsonl);
		await run('conversations', file);
		const [row] = await graph.read<{ sentAt: number }>(
			`MATCH (m:Message {messageId: 'CV1#1'}) RETURN m.sentAt AS sentAt`
		);
		expect(new Date(row.sentAt).toISOString()).toBe('2025-06-01T02:00:00.000Z');
	});

	it('detects GBK and a UTF-8 byte order mark', async () => {
		const csv =
			'productId,name,category,price\nP1,牛津纺衬衫,shirt,299\nP2,针织开衫,knitwear,abc\n';
		const gbk = path.join(dir, 'products-gbk.csv');
		const bom = path.join(dir, 'products-bom.csv');
		await writeFile(gbk, iconv.encode(csv, 'gbk'));
		await writeFile(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv)]));
		for (const file of [gbk, bom]) {
			await clearGraph(graph);
			const summary = await run('products', file);
			expect(summary.imported).toBe(1);
			expect(summary.rejected).toBe(1);
			const [row] = await graph.read<{ name: string; priceFen: number }>(
				`MATCH (p:Product {productId: 'P1'}) RETURN p.name AS name, p.priceFen AS priceFen`
			);
			expect(row).toEqual({ name: '牛津纺衬衫', priceFen: 29900 });
		}
	});

	it('writes nothing on a dry run', async () => {
		const file = path.join(dir, 'conversations-dry.jsonl');
		await writeFile(file, conversationsJsonl);
		const summary = await run('conversations', file, { dryRun: true });
		expect(summary.imported).toBe(2);
		expect((await graphCounts(graph)).nodes).toBe(0);
	});

	it('groups flat message rows into conversations', async () => {
		const file = path.join(dir, 'messages.csv');
		await writeFile(
			file,
			'conversationId,seq,sender,agentId,sentAt,text,customerId\n' +
				'CV9,1,customer,,2025-06-01 10:00:00,在吗,C9\n' +
				'CV9,2,agent,A2,2025-06-01 10:00:20,您好,C9\n'
		);
		const summary = await run('conversations', file);
		expect(summary.imported).toBe(2);
		const [row] = await graph.read<{ messages: number; customer: string }>(
			`MATCH (c:Conversation {conversationId: 'CV9'})-[:WITH]->(cu:Customer)
			 RETURN COUNT { (:Message)-[:IN]->(c) } AS messages, cu.customerId AS customer`
		);
		expect(row).toEqual({ messages: 2, customer: 'C9' });
	});
});
