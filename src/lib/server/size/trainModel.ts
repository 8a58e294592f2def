import { trainLatentSize, type FitObservation } from '../../domain/size/latentSize.js';
import { sizeValue } from '../../domain/size/sizeOrder.js';
import type { Fit } from '../../domain/size/feedback.js';
import type { Graph } from '../graph/graph.js';

/**
 * Weight of a kept order line (bought, not returned, no complaint) as a `fit` label. Keeping a
 * garment says less than a customer writing that it fits, so it counts a third.
 */
export const KEPT_ORDER_WEIGHT = 1 / 3;

const observationsQuery = `
CALL () {
  MATCH (f:SizeFeedback)-[:GIVEN_BY]->(c:Customer), (f)-[:ABOUT]->(s:Sku)
  RETURN c.customerId AS customerId, s.skuId AS skuId, s.size AS size, f.fit AS fit, 1.0 AS weight
  UNION ALL
  MATCH (o:Order)-[:PLACED_BY]->(c:Customer), (o)-[:CONTAINS]->(s:Sku)
  WHERE NOT EXISTS { MATCH (:Return)-[:OF_ORDER]->(o) }
    AND NOT EXISTS { MATCH (f:SizeFeedback)-[:GIVEN_BY]->(c) WHERE (f)-[:ABOUT]->(s) }
  RETURN c.customerId AS customerId, s.skuId AS skuId, s.size AS size, 'fit' AS fit,
         $keptWeight AS weight
}
RETURN customerId, skuId, size, fit, weight`;

const saveCustomers = `
UNWIND $rows AS row
MATCH (c:Customer {customerId: row.id}) SET c.trueSize = row.value`;

const saveSkus = `
UNWIND $rows AS row
MATCH (s:Sku {skuId: row.id}) SET s.trueSize = row.value`;

const saveModel = `
MERGE (m:SizeModel {name: 'latent-size'})
SET m.b1 = $b1, m.b2 = $b2, m.priorMean = $priorMean, m.priorScale = $priorScale,
    m.observations = toInteger($observations), m.trainedAt = datetime({epochMillis: toInteger($now)})`;

async function saveInBatches(graph: Graph, cypher: string, values: Map<string, number>) {
	const rows = [...values].map(([id, value]) => ({ id, value }));
	for (let i = 0; i < rows.length; i += 5000) {
		await graph.write(cypher, { rows: rows.slice(i, i + 5000) });
	}
}

/**
 * Trains the latent size model on all fit feedback and kept order lines, and stores each
 * customer's and SKU's true size and the thresholds. Returns the number of observations.
 */
export async function trainSizeModel(graph: Graph, now = Date.now()): Promise<number> {
	const rows = await graph.read<{
		customerId: string;
		skuId: string;
		size: string | null;
		fit: Fit;
		weight: number;
	}>(observationsQuery, { keptWeight: KEPT_ORDER_WEIGHT });
	const observations: FitObservation[] = [];
	for (const row of rows) {
		const sizePrior = row.size === null ? undefined : sizeValue(row.size);
		if (sizePrior === undefined) continue;
		observations.push({ ...row, sizePrior });
	}
	if (observations.length === 0) return 0;
	const model = trainLatentSize(observations);
	await saveInBatches(graph, saveCustomers, model.customer);
	await saveInBatches(graph, saveSkus, model.sku);
	await graph.write(saveModel, {
		b1: model.b1,
		b2: model.b2,
		priorMean: model.priorMean,
		priorScale: model.priorScale,
		observations: observations.length,
		now
	});
	return observations.length;
}
