/**
 * The linkage-board workflow. A card moves one step forward at a time, or one step back when
 * a step turns out to be premature (a shipped change that did not move its signal goes back
 * to design change; a fix under design goes back to investigating). Skipping steps is not
 * allowed, so every shipped change has a recorded investigation and design change first.
 */
export const cardStatuses = [
	'new',
	'investigating',
	'designChange',
	'shipped',
	'verified'
] as const;

export type CardStatus = (typeof cardStatuses)[number];

export function isCardStatus(value: unknown): value is CardStatus {
	return cardStatuses.includes(value as CardStatus);
}

/** Statuses a card in `from` may move to: the next step and the previous one. */
export function nextStatuses(from: CardStatus): CardStatus[] {
	const index = cardStatuses.indexOf(from);
	return [cardStatuses[index + 1], cardStatuses[index - 1]].filter(
		(status): status is CardStatus => status !== undefined
	);
}

export function isLegalTransition(from: CardStatus, to: CardStatus): boolean {
	return nextStatuses(from).includes(to);
}

/** Statuses from which a card may move to `to`, for a check inside the write query. */
export function allowedSources(to: CardStatus): CardStatus[] {
	return cardStatuses.filter((from) => isLegalTransition(from, to));
}
