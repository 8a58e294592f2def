import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSegmenter, type Segmenter } from '../../domain/topics/segment.js';
import {
	compileTaxonomy,
	type CompiledTaxonomy,
	type TermMapping
} from '../../domain/topics/taxonomy.js';
import { SeamError } from '../errors.js';
import type { Graph } from '../graph/graph.js';
import { modelsDir } from '../paths.js';

export const taxonomyFile = path.join(modelsDir, 'topics', 'taxonomy.json');

export interface TopicTagger {
	taxonomy: CompiledTaxonomy;
	segment: Segmenter;
}

let cached: TopicTagger | undefined;

/** Reads the admin's term mappings, which extend the taxonomy's keywords. */
export async function loadTermMappings(graph: Graph): Promise<TermMapping[]> {
	return graph.read<TermMapping>(
		`MATCH (t:TopicTerm {status: 'mapped'}) WHERE t.topicId IS NOT NULL
		 RETURN t.term AS term, t.topicId AS topicId ORDER BY term`
	);
}

/** Reads and checks the taxonomy file; a broken file stops the run with the problems listed. */
export function readTaxonomyFile(file = taxonomyFile): unknown {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch (cause) {
		throw new SeamError(
			`The topic taxonomy ${file} could not be read: ${(cause as Error).message}`,
			'taxonomy_invalid',
			{ cause }
		);
	}
}

/**
 * Builds the tagger from the taxonomy file and the mappings saved in the graph. The jieba
 * instance is rebuilt only when the taxonomy version changes, as loading it takes a moment.
 */
export async function loadTopicTagger(graph: Graph, file = taxonomyFile): Promise<TopicTagger> {
	const mappings = await loadTermMappings(graph);
	let taxonomy: CompiledTaxonomy;
	try {
		taxonomy = compileTaxonomy(readTaxonomyFile(file), mappings);
	} catch (cause) {
		if (cause instanceof SeamError) throw cause;
		throw new SeamError(
			`The topic taxonomy ${file} is invalid: ${(cause as Error).message}. Fix the file or the term mappings at /admin/topics.`,
			'taxonomy_invalid',
			{ cause }
		);
	}
	if (cached?.taxonomy.version !== taxonomy.version) {
		cached = { taxonomy, segment: createSegmenter(taxonomy.tokenTopics.keys()) };
	}
	return cached;
}

/** Writes the taxonomy's topics as ServiceTopic nodes, keeping their names current. */
export async function writeServiceTopics(graph: Graph, taxonomy: CompiledTaxonomy): Promise<void> {
	await graph.write(
		`UNWIND $topics AS topic
		 MERGE (s:ServiceTopic {topicId: topic.topicId})
		 SET s.nameZh = topic.nameZh, s.nameEn = topic.nameEn`,
		{ topics: taxonomy.topics }
	);
}
