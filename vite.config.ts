import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: { host: '127.0.0.1', port: 3000 },
	preview: { host: '127.0.0.1', port: 3000 },
	ssr: {
		external: ['@huggingface/transformers', 'onnxruntime-node', '@node-rs/jieba', '@node-rs/argon2', '@bsull/augurs']
	},
	test: {
		include: ['src/**/*.test.ts', 'graph/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		env: { TZ: 'Asia/Shanghai' },
		globalSetup: ['src/test/globalSetup.ts'],
		testTimeout: 60_000,
		hookTimeout: 300_000,
		fileParallelism: false
	}
});
