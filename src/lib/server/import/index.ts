import { canonicalAdapters, type Adapter } from './adapters.js';
import { publicAdapters } from './publicAdapters.js';

export const adapters: Adapter[] = [...canonicalAdapters, ...publicAdapters];

export function findAdapter(name: string): Adapter | undefined {
	return adapters.find((adapter) => adapter.name === name);
}

export { importFile, type ImportSummary } from './importFile.js';
