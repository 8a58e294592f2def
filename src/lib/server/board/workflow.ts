import { randomUUID } from 'node:crypto';
import {
	allowedSources,
	cardStatuses,
	isLegalTransition,
	nextStatuses,
	type CardStatus
} from '../../domain/board/workflow.js';
import { audit } from '../audit/audit.js';
import { SeamError } from '../errors.js';
import type { Graph } from '../graph/graph.js';

export interface CardChangeInput {
	productId: string;
	/** New status; omit to change only the owner or note. */
	to?: CardStatus;
	owner?: string | null;
	note?: string | null;
	actor: string;
	/** Time of the change in epoch ms; defaults to now. */
	atMs?: number;
}

export interface CardChange {
	changeId: string;
	productId: string;
	fromStatus: CardStatus;
	toStatus: CardStatus;
	actor: string;
	owner: string | null;
	note: string | null;
	at: number;
}

const NOTE_MAX = 2000;
const OWNER_MAX = 100;

// The status check sits in the same write as the change, so two leaders moving one card at
// once cannot both move it from the same status.
const applyChange = `
MATCH (p:Product {productId: $productId})
MERGE (b:BoardCard {productId: $productId})
  ON CREATE SET b.status = 'new', b.createdAt = datetime({epochMillis: toInteger($at)})
MERGE (b)-[:FOR]->(p)
WITH b, b.status AS fromStatus
WHERE fromStatus IN $allowedFrom
WITH b, fromStatus, coalesce($to, fromStatus) AS toStatus
SET b.status = toStatus,
    b.owner = CASE WHEN $owner IS NULL THEN b.owner ELSE nullif($owner, '') END,
    b.note = CASE WHEN $note IS NULL THEN b.note ELSE nullif($note, '') END,
    b.updatedAt = datetime({epochMillis: toInteger($at)}),
    b.shippedAt = CASE
      WHEN toStatus = 'shipped' AND fromStatus <> 'shipped' THEN datetime({epochMillis: toInteger($at)})
      WHEN fromStatus = 'shipped' AND toStatus = 'designChange' THEN null
      ELSE b.shippedAt END
CREATE (b)-[:HAS_CHANGE]->(c:BoardCardChange {
  changeId: $changeId, productId: $productId, fromStatus: fromStatus, toStatus: toStatus,
  actor: $actor, owner: b.owner, note: $note, at: datetime({epochMillis: toInteger($at)})})
RETURN c.changeId AS changeId, c.productId AS productId, c.fromStatus AS fromStatus,
       c.toStatus AS toStatus, c.actor AS actor, c.owner AS owner, c.note AS note, c.at AS at`;

function checkText(field: string, value: string | null | undefined, max: number) {
	if (value != null && value.length > max) {
		throw new SeamError(
			`The ${field} is ${value.length} characters long; shorten it to at most ${max}.`,
			'board_input_invalid'
		);
	}
}

/**
 * Moves a board card to another status (or changes its owner or note), records the change in
 * the card's history and audits it. A card is created as `new` on its first change. Only
 * the transitions `nextStatuses` lists are allowed; others are rejected with the legal ones.
 */
export async function changeCard(graph: Graph, input: CardChangeInput): Promise<CardChange> {
	checkText('note', input.note, NOTE_MAX);
	checkText('owner', input.owner, OWNER_MAX);
	const allowedFrom = input.to ? allowedSources(input.to) : [...cardStatuses];
	const [change] = await graph.write<CardChange>(applyChange, {
		productId: input.productId,
		to: input.to ?? null,
		owner: input.owner ?? null,
		note: input.note ?? null,
		actor: input.actor,
		at: input.atMs ?? Date.now(),
		changeId: randomUUID(),
		allowedFrom
	});
	if (!change) throw await rejection(graph, input);
	await audit(graph, {
		actor: input.actor,
		action: change.fromStatus === change.toStatus ? 'board.card.update' : 'board.card.move',
		target: input.productId,
		details: {
			from: change.fromStatus,
			to: change.toStatus,
			owner: change.owner,
			note: change.note
		}
	});
	return change;
}

async function rejection(graph: Graph, input: CardChangeInput): Promise<SeamError> {
	const [row] = await graph.read<{ product: boolean; status: CardStatus | null }>(
		`OPTIONAL MATCH (p:Product {productId: $productId})
		 OPTIONAL MATCH (b:BoardCard {productId: $productId})
		 RETURN p IS NOT NULL AS product, b.status AS status`,
		{ productId: input.productId }
	);
	if (!row?.product) {
		return new SeamError(`Product not found: ${input.productId}`, 'board_product_not_found');
	}
	const from = row.status ?? 'new';
	const to = input.to ?? from;
	if (!isLegalTransition(from, to)) {
		return new SeamError(
			`Card ${input.productId} cannot move from ${from} to ${to}: from ${from} it may move to ${nextStatuses(from).join(' or ')}.`,
			'board_transition_invalid'
		);
	}
	// The card changed between the request and the write; the user should reload and retry.
	return new SeamError(
		`Card ${input.productId} changed meanwhile and is now ${from}; reload the board and try again.`,
		'board_card_conflict'
	);
}

/** The change history of a product's card, newest first. */
export async function cardHistory(graph: Graph, productId: string): Promise<CardChange[]> {
	return graph.read<CardChange>(
		`MATCH (:BoardCard {productId: $productId})-[:HAS_CHANGE]->(c:BoardCardChange)
		 RETURN c.changeId AS changeId, c.productId AS productId, c.fromStatus AS fromStatus,
		        c.toStatus AS toStatus, c.actor AS actor, c.owner AS owner, c.note AS note, c.at AS at
		 ORDER BY c.at DESC, c.changeId`,
		{ productId }
	);
}
