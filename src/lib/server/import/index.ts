import { canonicalAdapters, type Adapter } from './adapters.js';
import { publicAdapters } from './publicAdapters.js';
import { faqAdapters, isFaqAdapter } from '../faq/adapters.js';
import { importFaqFile } from '../faq/importFaqs.js';
import { isSizeAdapter, sizeAdapters } from '../size/adapters.js';
import { importSizeFile } from '../size/importSizeFile.js';
import { importFile as importRows, type ImportOptions, type ImportSummary } from './importFile.js';

export const adapters: Adapter[] = [
	...canonicalAdapters,
	...publicAdapters,
	...faqAdapters,
	...sizeAdapters
];

export function findAdapter(name: string): Adapter | undefined {
	return adapters.find((adapter) => adapter.name === name);
}

/**
 * Imports one file: FAQ and size kinds through their own writers, every other kind through
 * the shared batch writer.
 */
export function importFile(options: ImportOptions): Promise<ImportSummary> {
	const { adapter } = options;
	if (isFaqAdapter(adapter)) return importFaqFile({ ...options, adapter });
	if (isSizeAdapter(adapter)) return importSizeFile({ ...options, adapter });
	return importRows(options);
}

export type { ImportSummary };
