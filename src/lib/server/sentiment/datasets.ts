import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseSentimentLabel, type SentimentLabel } from '../../domain/sentiment/index.js';
import { cleanText, readCsvRecords, type LabelledText } from './csv.js';

/** Share of texts (in percent of sha1 buckets) that is held out for testing. */
export const testPercent = 20;
/** Buckets just above the test buckets serve as validation data for choosing the L2 penalty. */
export const validationPercent = 10;

export type Split = 'test' | 'validation' | 'train';

/**
 * Assigns a text to a split by the sha1 of its cleaned text. The split is fixed without a seed or
 * a saved list, and a text that occurs in two corpora lands on the same side in both.
 */
export function splitOf(text: string): Split {
	const bucket =
		parseInt(createHash('sha1').update(cleanText(text)).digest('hex').slice(0, 8), 16) % 100;
	if (bucket < testPercent) return 'test';
	return bucket < testPercent + validationPercent ? 'validation' : 'train';
}

interface CorpusFile {
	corpus: string;
	/** Path under SEAM_DATASETS. */
	file: string;
	/** Returns the text and label of a record, or null to skip it. */
	read?: (record: Record<string, string>) => { text: string; label: SentimentLabel | null } | null;
	/** Rows kept per label, in file order; default all. */
	maxPerLabel?: number;
}

const reviewAndLabel = (record: Record<string, string>) => ({
	text: record.review ?? '',
	label: parseSentimentLabel(record.label ?? '')
});

/** Star ratings 1–2 are negative and 4–5 positive; 3 stars is mixed and left out. */
const ratedReview = (record: Record<string, string>) => {
	const rating = Number(record.Rating);
	if (rating === 3 || !(rating >= 1 && rating <= 5)) return null;
	const text = [record.Title, record['Review Text']].filter(Boolean).join('. ');
	return { text, label: rating <= 2 ? ('negative' as const) : ('positive' as const) };
};

/**
 * Public review corpora used for the shipped head. A text that repeats across corpora is kept in
 * the first one listed: the 衣服 rows recur in the 10-category file, and most ChnSentiCorp hotel
 * reviews recur as its 酒店 category. The English clothing reviews (CC0) are capped, because
 * Seam's messages are mostly Chinese and English only needs to be recognised, not dominate.
 */
export const defaultCorpora: CorpusFile[] = [
	{ corpus: 'clothing', file: 'online-shopping-10-cats/clothes_subset_yifu.csv.gz' },
	{ corpus: 'waimai', file: 'waimai-10k/waimai_10k.csv.gz' },
	{ corpus: 'hotel', file: 'chnsenticorp-htl-all/ChnSentiCorp_htl_all.csv.gz' },
	{
		corpus: 'shopping-other',
		file: 'online-shopping-10-cats/online_shopping_10_cats.csv.gz',
		read: (record) => (record.cat === '衣服' ? null : reviewAndLabel(record))
	},
	{
		corpus: 'clothing-en',
		file: 'womens-ecommerce-clothing-reviews/Womens_Clothing_E-Commerce_Reviews.csv.gz',
		read: ratedReview,
		maxPerLabel: 2_500
	}
];

export function datasetsRoot(root = process.env.SEAM_DATASETS): string {
	if (!root) {
		throw new Error('SEAM_DATASETS is not set; point it at the folder with the public data sets.');
	}
	if (!existsSync(root)) throw new Error(`SEAM_DATASETS=${root} does not exist.`);
	return root;
}

/** Loads the default corpora, dropping repeated texts and rows with an unknown label. */
export async function loadDefaultCorpora(root = datasetsRoot()): Promise<LabelledText[]> {
	const seen = new Set<string>();
	const rows: LabelledText[] = [];
	for (const source of defaultCorpora) {
		const perLabel = { negative: 0, positive: 0 };
		for (const record of await readCsvRecords(path.join(root, source.file))) {
			const read = (source.read ?? reviewAndLabel)(record);
			const text = cleanText(read?.text ?? '');
			const label = read?.label;
			if (!text || !label || seen.has(text)) continue;
			if (perLabel[label] >= (source.maxPerLabel ?? Infinity)) continue;
			perLabel[label]++;
			seen.add(text);
			rows.push({ text, label, corpus: source.corpus });
		}
	}
	return rows;
}
