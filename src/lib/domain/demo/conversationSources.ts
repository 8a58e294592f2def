import type { PlanInputs } from './conversationPlan';
import type { CaseKind } from './dialogueLines';
import type { OrderLineSim } from './orders';

/** An order line that may start a conversation of some kind, and when the customer writes. */
export interface Candidate {
	line: OrderLineSim;
	weight: number;
	/** The moment the customer's delay counts from: delivery or order time. */
	anchorMs: number;
	/** Range of whole days after `anchorMs` in which the customer writes. */
	delayDays: [number, number];
}

/** Case kinds that start from an order line rather than from any customer on any day. */
export const LINE_KINDS: ReadonlySet<CaseKind> = new Set([
	'sizeComplaint',
	'pilling',
	'color',
	'afterSales',
	'logistics',
	'exchange',
	'price'
]);

/**
 * Lists candidate order lines per complaint kind with their weights: misfits for size
 * complaints, planted faults and quality returns for pilling, colour and after-sales, sale
 * orders for logistics and price questions.
 */
export function lineCandidates(kind: CaseKind, inputs: PlanInputs): Candidate[] {
	const faults = new Map(inputs.qualityFaults.map((fault) => [fault.productId, fault.issue]));
	const returned = new Map(inputs.returns.map((entry) => [entry.line, entry]));
	return inputs.lines.map((line) => {
		const issue = faults.get(line.product.record.productId);
		const reason = returned.get(line)?.record.reason;
		const delivered = line.deliveredAtMs;
		switch (kind) {
			case 'sizeComplaint':
				return {
					line,
					weight: line.fit.verdict === 'fit' ? 0 : 1,
					anchorMs: delivered,
					delayDays: [0, 3]
				};
			case 'pilling': {
				// Knitwear pills; other garments rarely do.
				let weight = line.product.category === 'knitwear' ? 1 : 0.1;
				if (reason === 'quality') weight = 3;
				if (issue === 'pilling') weight = 12;
				return { line, weight, anchorMs: delivered, delayDays: [7, 40] };
			}
			case 'color': {
				let weight = 0.2;
				if (reason === 'color') weight = 8;
				if (issue === 'color') weight = 10;
				return { line, weight, anchorMs: delivered, delayDays: [0, 10] };
			}
			case 'afterSales': {
				let weight = 1;
				if (reason === 'quality') weight = 4;
				if (issue === 'seam') weight = 10;
				return { line, weight, anchorMs: delivered, delayDays: [3, 60] };
			}
			case 'logistics': {
				// Couriers fall behind in the festival rushes and stop around Spring Festival.
				let weight = 1;
				if ((line.event?.demandFactor ?? 1) >= 2) weight = 3;
				if (line.event?.name === 'springFestival') weight = 4;
				return { line, weight, anchorMs: line.orderedAtMs, delayDays: [1, 6] };
			}
			case 'exchange':
				return { line, weight: reason ? 1 : 0.02, anchorMs: delivered, delayDays: [1, 8] };
			case 'price': {
				// Price questions follow the sales, when prices move.
				const inSale = line.event !== undefined && line.event.demandFactor > 1;
				return { line, weight: inSale ? 3 : 1, anchorMs: line.orderedAtMs, delayDays: [0, 10] };
			}
			default:
				return { line, weight: 0, anchorMs: delivered, delayDays: [0, 0] };
		}
	});
}
