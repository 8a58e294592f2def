import { error } from '@sveltejs/kit';
import { isPeriodKey } from '../../domain/bonus/period.js';
import type { Graph } from '../graph/graph.js';
import { defaultPeriod } from './statements.js';

/** Reads `?period=YYYY-MM` (default: the newest period with data); 400 when malformed. */
export async function periodParam(url: URL, graph: Graph, timeZone: string): Promise<string> {
	const period = url.searchParams.get('period');
	if (period === null || period === '') return defaultPeriod(graph, timeZone);
	if (!isPeriodKey(period)) error(400, `Invalid period "${period}": use YYYY-MM, e.g. 2026-11.`);
	return period;
}

/** Reads `?version=N`; undefined when absent, 400 when not a positive whole number. */
export function versionParam(url: URL): number | undefined {
	const text = url.searchParams.get('version');
	if (text === null || text === '') return undefined;
	const version = Number(text);
	if (!Number.isSafeInteger(version) || version < 1) {
		error(400, `Invalid version "${text}": use a whole number from 1.`);
	}
	return version;
}
