import { describe, expect, it } from 'vitest';
import defaultLexicon from '../../../../models/lexicon/negative-words.json';
import {
	buildLexicon,
	countNegativeWords as countLexiconWords,
	lexiconSchema
} from '../risk/lexicon';
import { shopHour } from './clock';
import { fitPhrases } from './fitPhrases';
import { NEGATIVE_WORDS, REQUIRED_PHRASES, riskLevelOf, scanNegativeWords } from './lexicon';
import { generateDemo } from './index';
import { isHumanOnlyHour, isNightHour } from './serviceTiming';
import type { Category } from './sizing';
import { TOPIC_LABELS } from './topics';
import { customerTextOf } from './transcript';

const { records, truth } = generateDemo();
const truthById = new Map(truth.conversations.map((entry) => [entry.conversationId, entry]));
const agentsById = new Map(records.agent.map((agent) => [agent.agentId, agent]));
const customersById = new Map(records.customer.map((customer) => [customer.customerId, customer]));
const conversations = records.conversation;

function share(predicate: (conversation: (typeof conversations)[number]) => boolean): number {
	return conversations.filter(predicate).length / conversations.length;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

const CANTONESE_MARKERS = /[唔冇咗嘅㗎喺咁啲點係]/;

describe('demo conversation messages', () => {
	it('run in time order with sequence numbers', () => {
		for (const conversation of conversations) {
			conversation.messages.forEach((message, index) => {
				expect(message.seq).toBe(index);
				if (index > 0)
					expect(message.sentAt).toBeGreaterThan(conversation.messages[index - 1].sentAt);
			});
			expect(conversation.messages[0].sender).toBe('customer');
		}
	});

	it('name the agent on agent messages only', () => {
		for (const message of conversations.flatMap((conversation) => conversation.messages)) {
			if (message.sender === 'agent') expect(message.agentId).toBeDefined();
			else expect(message.agentId).toBeUndefined();
		}
	});

	it('come from agents employed at the time', () => {
		for (const message of conversations.flatMap((conversation) => conversation.messages)) {
			if (!message.agentId) continue;
			const agent = agentsById.get(message.agentId)!;
			expect(message.sentAt).toBeGreaterThanOrEqual(agent.joinedAt);
			if (agent.leftAt !== undefined) expect(message.sentAt).toBeLessThan(agent.leftAt);
		}
	});

	it('answer by bot within seconds', () => {
		for (const conversation of conversations) {
			conversation.messages.forEach((message, index) => {
				if (message.sender !== 'bot' || index === 0) return;
				const waitMs = message.sentAt - conversation.messages[index - 1].sentAt;
				expect(waitMs).toBeLessThanOrEqual(5000);
			});
		}
	});

	it('answer by agent mostly within 10 to 90 seconds', () => {
		const firsts = truth.conversations.flatMap((entry) => entry.firstResponseSec ?? []);
		const inWindow = firsts.filter((sec) => sec >= 10 && sec <= 90).length / firsts.length;
		const slow = firsts.filter((sec) => sec > 120).length / firsts.length;
		expect(inWindow).toBeGreaterThan(0.7);
		expect(slow).toBeGreaterThan(0.03);
	});

	it('keep bots mostly out of human-only hours', () => {
		const humanHours = conversations.filter((conversation) =>
			isHumanOnlyHour(conversation.messages[0].sentAt)
		);
		const violations = humanHours.filter(
			(conversation) => truthById.get(conversation.conversationId)!.humanOnlyViolation
		);
		expect(violations.length / humanHours.length).toBeLessThan(0.1);
		expect(violations.length).toBeGreaterThan(0);
		for (const conversation of violations) {
			const botInHours = conversation.messages.some(
				(message) => message.sender === 'bot' && isHumanOnlyHour(message.sentAt)
			);
			expect(botInHours).toBe(true);
		}
	});

	it('leave nights mostly to bots', () => {
		const botOnly = (conversation: (typeof conversations)[number]) =>
			conversation.messages.every((message) => message.sender !== 'agent');
		const night = conversations.filter((conversation) =>
			isNightHour(conversation.messages[0].sentAt)
		);
		const day = conversations.filter(
			(conversation) => !isNightHour(conversation.messages[0].sentAt)
		);
		const nightShare = night.filter(botOnly).length / night.length;
		const dayShare = day.filter(botOnly).length / day.length;
		expect(nightShare).toBeGreaterThan(0.5);
		expect(nightShare).toBeGreaterThan(2 * dayShare);
	});

	it('peak in the evening, not before dawn', () => {
		const startsAt = (hour: number) =>
			conversations.filter((conversation) => shopHour(conversation.messages[0].sentAt) === hour)
				.length;
		expect(startsAt(21)).toBeGreaterThan(5 * startsAt(4));
	});
});

describe('demo conversation risk', () => {
	it('is high for 5% to 30% of conversations', () => {
		const high = share((conversation) => {
			const words = scanNegativeWords(customerTextOf(conversation.messages)).negative;
			return riskLevelOf(words) === 'high';
		});
		expect(high).toBeGreaterThan(0.05);
		expect(high).toBeLessThan(0.3);
	});

	it('mixes low, medium and high', () => {
		const levels = new Set(truth.conversations.map((entry) => entry.riskLevel));
		expect([...levels].sort()).toEqual(['high', 'low', 'medium']);
		expect(truth.conversations.filter((entry) => entry.riskLevel === 'low').length).toBeGreaterThan(
			conversations.length / 3
		);
	});

	it('matches the recorded truth', () => {
		for (const conversation of conversations) {
			const entry = truthById.get(conversation.conversationId)!;
			const count = scanNegativeWords(customerTextOf(conversation.messages)).negative;
			expect(count).toBe(entry.negativeWords);
			expect(riskLevelOf(count)).toBe(entry.riskLevel);
		}
	});

	it("agrees with Seam's default lexicon", () => {
		const lexicon = buildLexicon(lexiconSchema.parse(defaultLexicon));
		const allWords = Object.values(NEGATIVE_WORDS).flat();
		for (const conversation of conversations) {
			const text = customerTextOf(conversation.messages);
			const expected = scanNegativeWords(text, allWords).negative;
			expect(countLexiconWords(lexicon.match(text)), text).toBe(expected);
		}
	});

	it('includes negated negative words', () => {
		expect(truth.conversations.some((entry) => entry.negatedWords > 0)).toBe(true);
	});

	it('escalates high-risk conversations to certified seniors', () => {
		const escalated = truth.conversations.filter((entry) => entry.escalation);
		expect(escalated.length).toBeGreaterThan(0);
		for (const entry of escalated) {
			const senior = agentsById.get(entry.escalation!.agentId)!;
			expect(entry.riskLevel).toBe('high');
			expect(senior.seniority).not.toBe('junior');
			expect(senior.certification).toMatch(/^artist-/);
		}
		const late = escalated.filter((entry) => entry.escalation!.pickedUpAfterSec > 30 * 60);
		expect(late.length).toBeGreaterThan(0);
		expect(late.length).toBeLessThan(escalated.length / 4);
	});
});

describe('demo conversation content', () => {
	it('is about a product most of the time', () => {
		expect(share((conversation) => conversation.productId !== undefined)).toBeGreaterThan(0.8);
	});

	it('covers every topic', () => {
		const topics = new Set(truth.conversations.map((entry) => entry.topic));
		expect([...topics].sort()).toEqual(Object.keys(TOPIC_LABELS).sort());
	});

	it('has about one in ten in Cantonese', () => {
		const cantonese = share((conversation) =>
			CANTONESE_MARKERS.test(customerTextOf(conversation.messages))
		);
		expect(cantonese).toBeGreaterThan(0.07);
		expect(cantonese).toBeLessThan(0.16);
		const sample = conversations.find(
			(conversation) => truthById.get(conversation.conversationId)!.language === 'yue'
		)!;
		expect(customerTextOf(sample.messages)).toMatch(CANTONESE_MARKERS);
	});

	it('has a few in English', () => {
		const english = share((conversation) =>
			/[a-z]{4,} [a-z]{2,}/i.test(conversation.messages[0].text)
		);
		expect(english).toBeGreaterThan(0.01);
		expect(english).toBeLessThan(0.06);
	});

	it('resolves about 85%', () => {
		const resolved = share((conversation) => conversation.resolved === true);
		expect(resolved).toBeGreaterThan(0.8);
		expect(resolved).toBeLessThan(0.9);
	});

	it('marks priority customers and answers them faster', () => {
		const priority = conversations.filter((conversation) => conversation.priority);
		expect(priority.length).toBeGreaterThan(0);
		for (const conversation of priority)
			expect(customersById.get(conversation.customerId!)!.priority).toBe(true);
		const firstOf = (list: typeof conversations) =>
			list.flatMap(
				(conversation) => truthById.get(conversation.conversationId)!.firstResponseSec ?? []
			);
		const others = conversations.filter((conversation) => !conversation.priority);
		expect(median(firstOf(priority))).toBeLessThan(median(firstOf(others)));
	});

	it('uses the required phrases in some agent replies', () => {
		const agentText = conversations
			.flatMap((conversation) => conversation.messages)
			.filter((message) => message.sender === 'agent');
		for (const phrase of REQUIRED_PHRASES) {
			const withPhrase = agentText.filter((message) => message.text.includes(phrase)).length;
			expect(withPhrase, phrase).toBeGreaterThan(0);
			expect(withPhrase, phrase).toBeLessThan(agentText.length / 2);
		}
	});

	it('complains about planted SKUs more than their sales share', () => {
		const planted = new Set(truth.skuFit.map((fault) => fault.skuId));
		const complaints = truth.conversations.filter((entry) => entry.fitSkuId);
		const aboutPlanted =
			complaints.filter((entry) => planted.has(entry.fitSkuId!)).length / complaints.length;
		const salesShare =
			records.orderLine.filter((line) => planted.has(line.skuId)).length / records.orderLine.length;
		expect(aboutPlanted).toBeGreaterThan(2 * salesShare);
	});

	it('names the planted fit problem', () => {
		const category = new Map(
			records.product.map((product) => [product.productId, product.category as Category])
		);
		for (const fault of truth.skuFit) {
			const complaints = truth.conversations.filter((entry) => entry.fitSkuId === fault.skuId);
			const naming = complaints.filter((entry) => {
				const text = customerTextOf(
					conversations.find((c) => c.conversationId === entry.conversationId)!.messages
				);
				const phrases = fitPhrases(
					entry.language,
					category.get(fault.productId)!,
					fault.bodyPart,
					fault.bias
				);
				return phrases.some((phrase) => text.includes(phrase));
			});
			expect(naming.length, fault.skuId).toBeGreaterThanOrEqual(complaints.length / 2);
		}
	});

	it('scores human-handled conversations on the review scales', () => {
		for (const conversation of conversations) {
			const human = conversation.messages.some((message) => message.sender === 'agent');
			for (const score of [
				conversation.accomplishment,
				conversation.satisfaction,
				conversation.effectiveness
			]) {
				if (!human) expect(score).toBeUndefined();
				else expect(Number.isInteger(score) && score! >= -2 && score! <= 2).toBe(true);
			}
		}
	});
});
