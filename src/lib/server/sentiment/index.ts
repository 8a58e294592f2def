export {
	createSentimentModel,
	type SentimentModel,
	type SentimentModelOptions,
	type SentimentScore
} from './model.js';
export { fetchEncoder } from './fetch.js';
