import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../log.js';
import { projectRoot } from '../paths.js';
import type { Graph } from './graph.js';

export const migrationsDir = path.join(projectRoot, 'graph', 'migrations');

export interface Migration {
	name: string;
	checksum: string;
	statements: string[];
}

/** Splits a migration file into statements: `;` at the end of a line ends one, `//` lines are comments. */
export function parseStatements(source: string): string[] {
	const lines = source.split('\n').filter((line) => !line.trim().startsWith('//'));
	return lines
		.join('\n')
		.split(/;\s*$/m)
		.map((statement) => statement.trim())
		.filter((statement) => statement.length > 0);
}

export async function loadMigrations(dir = migrationsDir): Promise<Migration[]> {
	const names = (await readdir(dir)).filter((name) => name.endsWith('.cypher')).sort();
	return Promise.all(
		names.map(async (name) => {
			const source = await readFile(path.join(dir, name), 'utf8');
			const checksum = createHash('sha256').update(source).digest('hex').slice(0, 16);
			return { name, checksum, statements: parseStatements(source) };
		})
	);
}

/**
 * Applies migrations in file-name order and records each as a `:Migration` node. Every
 * statement is idempotent (`IF NOT EXISTS`), so a migration whose file changed is simply
 * applied again and its checksum updated.
 */
export async function migrate(graph: Graph, logger: Logger, dir = migrationsDir): Promise<number> {
	const applied = new Map(
		(
			await graph.read<{ name: string; checksum: string }>(
				'MATCH (m:Migration) RETURN m.name AS name, m.checksum AS checksum'
			)
		).map((row) => [row.name, row.checksum])
	);
	let count = 0;
	for (const migration of await loadMigrations(dir)) {
		if (applied.get(migration.name) === migration.checksum) continue;
		for (const statement of migration.statements) await graph.autoCommit(statement);
		await graph.write(
			`MERGE (m:Migration {name: $name})
			 SET m.checksum = $checksum, m.appliedAt = datetime()`,
			{ name: migration.name, checksum: migration.checksum }
		);
		logger.info({ migration: migration.name }, 'migration applied');
		count += 1;
	}
	await graph.autoCommit('CALL db.awaitIndexes(300)');
	return count;
}
