import type { LanguageLines } from './dialogueLines';

/**
 * Message templates in English, some mixed with Chinese as Hong Kong customers write. The
 * required reply phrases are Chinese, so English replies never contain them.
 */
export const ENGLISH_LINES: LanguageLines = {
	customer: {
		opening: {
			sizeAdvice: [
				(c) =>
					`Hi, I'm ${c.heightCm}cm and ${c.weightKg}kg, which size should I get for the ${c.product}?`,
				(c) => `Is the ${c.product} true to size? I usually wear ${c.size}.`
			],
			sizeComplaint: [
				(c) => `The ${c.product} in ${c.size} is ${c.fitProblem}, ${c.sizeOff}. What can I do?`,
				(c) => `${c.product} ${c.size}码 ${c.fitProblem}, please help`
			],
			fabric: [(c) => `What fabric is the ${c.product}? Will it shrink after washing?`],
			pilling: [(c) => `My ${c.product} is already pilling after two washes.`],
			color: [(c) => `The colour of the ${c.product} looks very different from the photos.`],
			logistics: [
				(c) => `Order ${c.orderId} still hasn't shipped after ${c.days} days, any update?`,
				(c) => `Hi, where is my order ${c.orderId}? 物流没更新`
			],
			exchange: [(c) => `How do I return order ${c.orderId}?`],
			price: [
				(c) => `The ${c.product} dropped in price right after I bought it, can you match it?`
			],
			afterSales: [(c) => `A button fell off my ${c.product}, can you fix it?`],
			membership: [() => 'My member points have not arrived yet, can you check?']
		},
		followUp: {
			sizeAdvice: [(c) => `Would ${c.otherSize} be too loose?`],
			sizeComplaint: [
				() => 'I always wear this size in your shop.',
				(c) => `Can I exchange for ${c.otherSize}?`
			],
			fabric: [() => 'Does it need dry cleaning?'],
			pilling: [() => 'I only bought it last month.'],
			color: [() => 'Can I get a replacement?'],
			logistics: [() => 'Can you chase the courier?'],
			exchange: [() => 'How long does it take?'],
			price: [() => 'How will you pay the difference?'],
			afterSales: [() => 'Do I need to send it back?'],
			membership: [() => 'Where can I see them?']
		},
		complaints: [
			'This is terrible.',
			'I want a refund.',
			'I will file a complaint.',
			'Really disappointed.',
			'Such poor quality.'
		],
		negatedRemarks: ['Not disappointed, just asking.'],
		thanks: ['Thanks!', 'Great, thank you.', 'OK thx 唔該'],
		grudgingAccept: ['OK, fine.', 'Alright, please be quick.'],
		unhappyClose: ['I will send a complaint to the platform.', 'Still disappointed.'],
		transferRequest: ['Can I talk to a person?', 'human agent please']
	},
	agent: {
		greeting: [(c) => `Hi, this is ${c.agentName} from customer service.`],
		answer: {
			sizeAdvice: [
				(c) => `For ${c.heightCm}cm and ${c.weightKg}kg we recommend size ${c.otherSize}.`
			],
			sizeComplaint: [
				(c) =>
					`We can exchange your ${c.product} for ${c.otherSize} free of charge, shipping both ways on us.`
			],
			fabric: [(c) => `The ${c.product} is a cotton blend, pre-shrunk; cold gentle wash is best.`],
			pilling: [() => 'Could you send us a photo? If it is clearly worn we will replace it.'],
			color: [
				() => 'Could you send a photo in daylight? We will arrange an exchange after checking.'
			],
			logistics: [
				(c) => `I checked: order ${c.orderId} is out for delivery and should arrive tomorrow.`
			],
			exchange: [(c) => `Order ${c.orderId} can be returned within 7 days from the order page.`],
			price: [
				() => 'Your order is within price protection; we will send the difference as a voucher.'
			],
			afterSales: [
				() => 'Please send a photo of the damage and we will repair or replace it for free.'
			],
			membership: [() => 'Points arrive within 7 days after you confirm receipt.']
		},
		followUpAnswer: {
			sizeAdvice: [(c) => `${c.otherSize} should fit you well, not too loose.`],
			sizeComplaint: [
				(c) =>
					`We have logged the sizing issue with the ${c.product} in ${c.size} for our designers.`
			],
			fabric: [() => 'No dry cleaning needed; a cold gentle wash is fine.'],
			pilling: [() => 'Items bought within 30 days can be replaced.'],
			color: [() => 'Thanks for the photo, we will send you a new one.'],
			logistics: [() => 'I have asked the courier to prioritise your parcel today.'],
			exchange: [() => 'The first return ships free.'],
			price: [() => 'The difference will arrive as a voucher in your account.'],
			afterSales: [() => 'You can send it back at our cost and we will return it repaired.'],
			membership: [() => 'You can see them in the member centre.']
		},
		sizeFeedback: [
			(c) =>
				`We have logged the sizing issue with the ${c.product} in ${c.size} and can arrange a return.`
		],
		apology: ['So sorry about that.'],
		apologyWithoutPhrase: ['I understand.'],
		immediate: ['I will handle it right away.'],
		immediateWithoutPhrase: ['Let me look into it.'],
		compensation: ['As compensation we will add a 30 yuan voucher to your account.'],
		compensationWithoutPhrase: ['We will cover the shipping this time.'],
		takeover: [(c) => `Hi, this is ${c.agentName}, team lead. I will take over your case.`],
		close: ['Anything else I can help with?', 'Thanks for your patience, have a nice day!']
	},
	bot: {
		answer: {
			sizeAdvice: [
				'You can find the size chart on the product page, or tell me your height and weight.'
			],
			sizeComplaint: [
				'If the size is wrong you can request an exchange from the order page; the first exchange ships free.'
			],
			fabric: ['Fabric details are listed under "Product details" on the product page.'],
			pilling: ['Knitwear lasts longer washed inside out and kept away from rough surfaces.'],
			color: ['Colours can look slightly different on screens and under studio lighting.'],
			logistics: ['You can track your parcel under "My orders"; orders ship within 48 hours.'],
			exchange: ['Returns are accepted within 7 days; please apply from the order page.'],
			price: [
				'Price protection applies for 15 days after delivery; a human agent can apply it for you.'
			],
			afterSales: ['You can request after-sales service from the order page.'],
			membership: ['Points arrive 7 days after you confirm receipt; see them in the member centre.']
		},
		transfer: ['Transferring you to a human agent, please wait.'],
		offHours: ['Our agents are offline at night and back at 9:00; please leave a message.'],
		followUp: ['Anything else I can help with?']
	}
};
