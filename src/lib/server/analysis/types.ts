import type { Lexicon } from '../../domain/risk/lexicon.js';
import type { Settings } from '../../domain/settings.js';
import type { Graph } from '../graph/graph.js';
import type { Logger } from '../log.js';

/** The part of the sentiment model the analysis uses. */
export interface SentimentClassifier {
	version: string;
	classify(texts: string[]): Promise<Array<{ negative: number }>>;
}

export interface AnalysisContext {
	graph: Graph;
	model: SentimentClassifier;
	lexicon: Lexicon;
	settings: Settings;
	logger: Logger;
	batchSize?: number;
	onProgress?: (progress: AnalysisProgress) => void;
}

export interface AnalysisProgress {
	step: 'messages' | 'reviews' | 'conversations' | 'products';
	done: number;
	total: number;
}
