import { canonicalAdapters, type Adapter } from './adapters.js';
import { publicAdapters } from './publicAdapters.js';
import { faqAdapters } from '../faq/adapters.js';
import { sizeAdapters } from '../size/adapters.js';

export const adapters: Adapter[] = [
	...canonicalAdapters,
	...publicAdapters,
	...faqAdapters,
	...sizeAdapters
];

export function findAdapter(name: string): Adapter | undefined {
	return adapters.find((adapter) => adapter.name === name);
}

// FAQ and size kinds have their own writers; importAnySizeFile routes size kinds to the size
// writer and every other kind to importAnyFile, which routes FAQ kinds and then to importFile.
export { importAnySizeFile as importFile } from '../size/importSizeFile.js';
export type { ImportSummary } from './importFile.js';
