import type { LanguageLines } from './dialogueLines';
import { MANDARIN_LINES } from './linesMandarin';

/**
 * Message templates in written Cantonese with Traditional characters, as Hong Kong and
 * Macau customers write. Agents of the Cantonese team reply in Cantonese. The bot writes
 * only Mandarin, so these customers get Mandarin bot replies.
 */
export const CANTONESE_LINES: LanguageLines = {
	customer: {
		opening: {
			sizeAdvice: [
				(c) => `你好，我${c.heightCm}cm，${c.weightKg}kg，${c.product}要揀咩碼？`,
				(c) => `${c.product}係咪偏細？我平時著${c.size}`,
				(c) => `想問${c.product}啲尺碼準唔準？`
			],
			sizeComplaint: [
				(c) => `呢件${c.product}好細碼，${c.size}碼${c.fitProblem}，${c.sizeOff}`,
				(c) => `點解${c.product}${c.fitProblem}？我平時著${c.size}都啱㗎`,
				(c) => `${c.product}唔啱身，${c.fitProblem}，點算好？`
			],
			fabric: [(c) => `${c.product}係咩料？會唔會縮水？`, (c) => `${c.product}夏天著會唔會好焗？`],
			pilling: [
				(c) => `件${c.product}著咗兩次就起毛粒`,
				(c) => `${c.product}洗完一次就起毛粒，正唔正常㗎？`
			],
			color: [
				(c) => `收到件${c.product}，個色同相片差好遠`,
				(c) => `${c.product}洗完甩色，仲染埋其他衫`
			],
			logistics: [
				(c) => `我張單${c.orderId}點解仲未寄出？等咗${c.days}日喇`,
				(c) => `${c.orderId}幾時到？`,
				(c) => `冇收到貨，${c.orderId}去咗邊？`
			],
			exchange: [(c) => `${c.orderId}想退貨，點搞？`, (c) => `${c.product}可唔可以換另一個色？`],
			price: [
				(c) => `啱啱買咗${c.product}就減價，可唔可以補返差價？`,
				(c) => `${c.product}而家有冇優惠？`
			],
			afterSales: [
				(c) => `${c.product}啲鈕甩咗，可以整嗎？`,
				(c) => `${c.product}爆線`,
				(c) => `${c.product}可唔可以放洗衣機洗？`
			],
			membership: [() => '我啲積分點解冇入賬？', (c) => `積分可唔可以當錢用？我有${c.points}分`]
		},
		followUp: {
			sizeAdvice: [(c) => `咁${c.otherSize}會唔會太大？`, () => '好，咁我試下'],
			sizeComplaint: [
				(c) => `以前買你哋${c.size}都啱，今次點解會咁`,
				(c) => `換${c.otherSize}嘅話運費邊個俾？`
			],
			fabric: [() => '使唔使乾洗？'],
			pilling: [() => '先買咗唔夠一個月', () => '可唔可以換過件？'],
			color: [() => '可唔可以換過件？'],
			logistics: [() => '可唔可以催下？', () => '我星期六要著㗎'],
			exchange: [() => '運費邊個俾？', () => '要幾耐？'],
			price: [() => '差價點補返俾我？'],
			afterSales: [() => '使唔使寄返嚟？'],
			membership: [() => '喺邊度睇？']
		},
		complaints: [
			'質素好差',
			'我好唔滿意',
			'我要投訴',
			'搞錯咗啦',
			'真係好離譜',
			'唔該快啲退款',
			'垃圾嚟㗎',
			'洗一次就甩色'
		],
		negatedRemarks: ['冇起毛粒，幾好', '件衫幾好，問下啫'],
		thanks: ['唔該晒！', '好，多謝', '明白，唔該'],
		grudgingAccept: ['好啦，就咁啦', '快啲啦'],
		unhappyClose: ['咁樣處理我唔滿意', '我一定會投訴'],
		transferRequest: ['轉人工', '我要真人客服']
	},
	agent: {
		greeting: [(c) => `你好，我係客服${c.agentName}。`, (c) => `你好呀，我係${c.agentName}～`],
		answer: {
			sizeAdvice: [(c) => `以你${c.heightCm}cm、${c.weightKg}kg，建議揀${c.otherSize}碼。`],
			sizeComplaint: [(c) => `明白，${c.product}可以免費幫你換${c.otherSize}碼，來回運費我哋俾。`],
			fabric: [(c) => `${c.product}係棉混紡，透氣舒服，建議凍水輕柔機洗。`],
			pilling: [() => '麻煩你影張相俾我哋，情況明顯嘅話可以幫你換新。'],
			color: [() => '麻煩你喺自然光下影張相，我哋核實之後幫你安排退換。'],
			logistics: [(c) => `幫你查咗，${c.orderId}已經派送緊，預計聽日到。`],
			exchange: [(c) => `可以，${c.orderId}支持七日無理由退換，喺訂單頁面申請就得。`],
			price: [() => '你張單仲喺保價期內，差價會用優惠券補返俾你。'],
			afterSales: [() => '請影低損壞嘅位置，售後會免費幫你維修或者更換。'],
			membership: [() => '積分會喺確認收貨後7日內入賬，100積分當1蚊用。']
		},
		followUpAnswer: {
			sizeAdvice: [(c) => `${c.otherSize}碼啱你身形，唔會太大。`],
			sizeComplaint: [(c) => `${c.product}${c.size}碼嘅尺寸問題我哋記錄咗，會反映俾設計部。`],
			fabric: [() => '唔使乾洗，凍水輕柔機洗就得。'],
			pilling: [() => '明白，買咗30日內都可以幫你換新。'],
			color: [() => '收到相，我哋會幫你換過件新嘅。'],
			logistics: [() => '已經幫你催咗速遞，今日會優先派送。'],
			exchange: [() => '第一次退換嘅運費我哋俾。'],
			price: [() => '差價會用優惠券形式入你戶口。'],
			afterSales: [() => '可以寄返嚟，運費我哋俾，整好再寄返俾你。'],
			membership: [() => '喺「會員中心」入面可以睇到。']
		},
		sizeFeedback: [
			(c) => `收到，${c.product}${c.size}碼嘅尺寸問題我哋會反映俾設計部，可以幫你安排寄返。`
		],
		apology: ['非常抱歉，令你有唔好嘅體驗。', '抱歉要你等咗咁耐。'],
		apologyWithoutPhrase: ['唔好意思。', '明白你嘅心情。'],
		immediate: ['我即刻幫你處理。'],
		immediateWithoutPhrase: ['我而家幫你跟進。'],
		compensation: ['我哋會送你一張30蚊優惠券作為補償方案。'],
		compensationWithoutPhrase: ['送張優惠券俾你，小小心意。'],
		takeover: [(c) => `你好，我係組長${c.agentName}，你嘅問題由我跟進。`],
		close: ['仲有冇其他可以幫到你？', '多謝你嘅耐心，祝你生活愉快！']
	},
	bot: MANDARIN_LINES.bot
};
