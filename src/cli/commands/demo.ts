import type { Command } from 'commander';
import { loadDemo } from '../../lib/server/demo/loadDemo.js';
import { createLogger } from '../../lib/server/log.js';
import { openGraph } from '../../lib/server/runtime.js';
import { usageError } from '../../lib/server/errors.js';
import { progress } from '../progress.js';
import { analyseWithProgress } from './analyse.js';
import type { Graph } from '../../lib/server/graph/graph.js';

const logger = createLogger('demo');

/** Loads the demo tenant with a progress bar. */
export async function loadDemoWithProgress(graph: Graph, scale: 'small' | 'full'): Promise<void> {
	const bar = progress('demo data');
	const summary = await loadDemo(graph, {
		scale,
		logger,
		onProgress: (done, total, kind) => bar.update(done, total, kind)
	});
	bar.stop();
	const counts = Object.entries(summary.records)
		.map(([kind, count]) => `${count} ${kind}`)
		.join(', ');
	console.log(`Loaded the demo tenant: ${counts} (${summary.seconds} s)`);
}

export function registerDemoCommand(program: Command): void {
	program
		.command('demo')
		.description('Load the built-in demo tenant (a Hong Kong style menswear shop) and analyse it')
		.option('--scale <scale>', 'small (for tests) or full', 'full')
		.action(async (options) => {
			if (!['small', 'full'].includes(options.scale)) {
				throw usageError(`--scale must be small or full, not "${options.scale}"`);
			}
			const graph = await openGraph();
			try {
				await loadDemoWithProgress(graph, options.scale);
				await analyseWithProgress(graph, { full: false });
			} finally {
				await graph.close();
			}
		});
}
