import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../paths.js';

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = path.join(dir, name);
		if (statSync(full).isDirectory()) return sourceFiles(full);
		return /\.(ts|js|svelte|cypher)$/.test(name) && !name.endsWith('.test.ts') ? [full] : [];
	});
}

// Product code only: src/test contains the helpers that clear the test graph between tests.
const sources = [
	...sourceFiles(path.join(projectRoot, 'src')),
	...sourceFiles(path.join(projectRoot, 'graph'))
].filter((file) => !file.startsWith(path.join(projectRoot, 'src/test')));
const mutation = /\b(SET|REMOVE|DELETE|DETACH|MERGE)\b/;

// The audit log is append-only: the one CREATE in audit.ts is the only Cypher that names
// AuditEntry and writes. Reads (listing, facets, export) may name it freely.
describe('audit log is append-only', () => {
	it('only audit.ts writes AuditEntry nodes', () => {
		const writers = sources.filter((file) => {
			const text = readFileSync(file, 'utf8');
			// Each template literal or string that mentions the label is one query.
			const queries = text.match(/`[^`]*:AuditEntry\b[^`]*`|'[^'\n]*:AuditEntry\b[^'\n]*'/g) ?? [];
			return queries.some((query) => /\bCREATE\b/.test(query) || mutation.test(query));
		});
		expect(writers.map((file) => path.relative(projectRoot, file))).toEqual([
			'src/lib/server/audit/audit.ts'
		]);
	});

	it('audit.ts only creates', () => {
		const text = readFileSync(path.join(projectRoot, 'src/lib/server/audit/audit.ts'), 'utf8');
		const queries = text.match(/`[^`]*:AuditEntry\b[^`]*`/g) ?? [];
		expect(queries).toHaveLength(1);
		expect(queries[0]).not.toMatch(mutation);
	});

	it('no route under /admin/audit accepts a write', () => {
		const routes = sourceFiles(path.join(projectRoot, 'src/routes/admin/audit'));
		for (const file of routes) {
			const text = readFileSync(file, 'utf8');
			expect(text, file).not.toMatch(/export const (POST|PUT|PATCH|DELETE)\b|export const actions/);
		}
	});

	it('no query deletes nodes of every label without excluding AuditEntry', () => {
		// A catch-all DETACH DELETE in product code would wipe the log; only tests may clear.
		const wipers = sources.filter((file) =>
			/MATCH \((\w+)\)(?![^`]*AuditEntry)[^`]*DETACH DELETE \1\b/.test(readFileSync(file, 'utf8'))
		);
		expect(wipers.map((file) => path.relative(projectRoot, file))).toEqual([]);
	});
});
