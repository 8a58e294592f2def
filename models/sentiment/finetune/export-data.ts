/**
 * Writes the train and validation rows of the default corpora as JSON Lines for finetune.py. The
 * test split is left out here, so the fine-tuning step can never see it.
 * Usage: SEAM_DATASETS=<folder> npx tsx models/sentiment/finetune/export-data.ts <out.jsonl>
 */
import fs from 'node:fs/promises';
import { loadDefaultCorpora, splitOf } from '../../../src/lib/server/sentiment/datasets.js';

const out = process.argv[2];
if (!out) throw new Error('Pass the output file: export-data.ts <out.jsonl>');
const rows = await loadDefaultCorpora();
const lines = rows.flatMap((row) => {
	const split = splitOf(row.text);
	return split === 'test' ? [] : [JSON.stringify({ ...row, split })];
});
await fs.writeFile(out, lines.join('\n') + '\n');
console.log(`wrote ${lines.length} of ${rows.length} rows (test split left out) to ${out}`);
