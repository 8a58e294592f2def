import { createLogger } from '../log.js';
import { createSentimentModel } from '../sentiment/index.js';
import type { TextEmbedder } from './embeddings.js';

const logger = createLogger('faq');
let shared: Promise<TextEmbedder | null> | undefined;

/**
 * The web server's embedder for search queries: the sentiment model's encoder on one worker
 * thread, loaded on first use. When the model files are missing it resolves to null and
 * search runs on full-text alone, so agents still get answers.
 */
export function sharedQueryEmbedder(): Promise<TextEmbedder | null> {
	shared ??= createSentimentModel({ logger, workers: 1 }).then(
		(model) => {
			// adapter-node emits this after the server stops taking requests on SIGTERM or SIGINT.
			process.once('sveltekit:shutdown', () => void model.close());
			return model;
		},
		(error: unknown) => {
			logger.error({ err: error }, 'embedding model unavailable; FAQ search uses full-text only');
			return null;
		}
	);
	return shared;
}
