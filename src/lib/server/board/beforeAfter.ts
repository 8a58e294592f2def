import {
	compareShares,
	comparisonWindows,
	type ComparisonWindows,
	type ShareComparison
} from '../../domain/board/beforeAfter.js';
import type { Graph } from '../graph/graph.js';

export interface BeforeAfter {
	windows: ComparisonWindows;
	/** Negative conversations out of all conversations about the product. */
	negativeShare: ShareComparison;
	/** Size complaints (fit small or large) per unit sold. */
	sizeComplaintRate: ShareComparison;
}

const countsInWindow = `
CALL () {
  MATCH (c:Conversation)-[:ABOUT]->(:Product {productId: $productId})
  WHERE c.startedAt >= datetime({epochMillis: toInteger($from)})
    AND c.startedAt < datetime({epochMillis: toInteger($to)})
  RETURN count(c) AS conversations, sum(CASE WHEN c.isNegative THEN 1 ELSE 0 END) AS negative
}
CALL () {
  MATCH (f:SizeFeedback {productId: $productId}) WHERE f.fit IN ['small', 'large']
    AND f.at >= datetime({epochMillis: toInteger($from)}) AND f.at < datetime({epochMillis: toInteger($to)})
  RETURN count(f) AS complaints
}
CALL () {
  MATCH (o:Order)-[k:CONTAINS]->(:Sku)-[:OF]->(:Product {productId: $productId})
  WHERE o.orderedAt >= datetime({epochMillis: toInteger($from)})
    AND o.orderedAt < datetime({epochMillis: toInteger($to)})
  RETURN sum(coalesce(k.quantity, 1)) AS units
}
RETURN conversations, negative, complaints, units`;

interface WindowCounts {
	conversations: number;
	negative: number;
	complaints: number;
	units: number;
}

/**
 * Compares a product's negative share and size-complaint rate in equal windows before and
 * after its change shipped. Returns null while too little time has passed since shipping.
 */
export async function loadBeforeAfter(
	graph: Graph,
	productId: string,
	shippedAtMs: number,
	dataEndMs: number
): Promise<BeforeAfter | null> {
	const windows = comparisonWindows(shippedAtMs, dataEndMs);
	if (!windows) return null;
	const count = async (from: number, to: number) =>
		(await graph.read<WindowCounts>(countsInWindow, { productId, from, to }))[0];
	const before = await count(windows.beforeFromMs, windows.shippedAtMs);
	const after = await count(windows.shippedAtMs, windows.afterToMs);
	return {
		windows,
		negativeShare: compareShares(
			{ hits: before.negative, total: before.conversations },
			{ hits: after.negative, total: after.conversations }
		),
		sizeComplaintRate: compareShares(
			{ hits: before.complaints, total: before.units },
			{ hits: after.complaints, total: after.units }
		)
	};
}
