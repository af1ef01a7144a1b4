#!/usr/bin/python3
"""Independent PyTorch reference of INTERACT v1 and Cell-type-INTERACT (eval mode).

Written from /work/shared/specs/interact.md (§1, §2, §7) only; no original code was used. The
module attribute names reproduce the original state_dict keys, so a state dict written by this
module can be imported with `locuscope-cli model import --kind interact`.

Also holds the deterministic test-weight formula (see docs/pyref.md), implemented identically in
tests/core/interact_test_weights.h.

Readings of points the spec leaves open (docs/pyref.md, "Spec readings"):
  * Cell-type-INTERACT's global max-pool takes the same tensor the 20-wide max-pool takes, i.e.
    conv3 -> ReLU -> LayerNorm3 (a max over all 2000 positions of it equals the max over the 100
    pooled bins, before BatchNorm). `celltype_pool_source` selects another reading if needed.
  * token_type_embeddings are never added; position ids are 0 .. tokens-1.
  * The pooled vector comes first in the concatenation: [tanh pooled (H), global max (C)].

Usage:
  /usr/bin/python3 tools/reference/interact_reference.py --config small --describe
  /usr/bin/python3 tools/reference/interact_reference.py --config full --save-state-dict out.pt
"""

import argparse
import math
import os
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

# Sizes of the three configurations the fixtures use. `window` is the input length in bp.
CONFIGS = {
    # (a) INTERACT v1 at full size (spec §2), 3 outputs.
    "full": dict(cnn_channels=400, kernel=10, window=2001, hidden=512, heads=8, intermediate=2048,
                 layers=8, max_positions=1024, head_hidden=512, outputs=3, cell_type=False),
    # (b) Cell-type-INTERACT at full size (spec §7): 512 channels, 1 output.
    "celltype": dict(cnn_channels=512, kernel=10, window=2001, hidden=512, heads=8, intermediate=2048,
                     layers=8, max_positions=1024, head_hidden=512, outputs=1, cell_type=True),
    # (c) reduced sizes with the real 2001-bp geometry, for fast tests.
    "small": dict(cnn_channels=32, kernel=10, window=2001, hidden=64, heads=4, intermediate=128,
                  layers=2, max_positions=128, head_hidden=64, outputs=2, cell_type=False),
}

PADDINGS = (4, 4, 5)  # conv1, conv2, conv3 (spec §2)
POOL = 20  # MaxPool1d(20, 20): one BERT token per 20-bp bin
CNN_EPS = 1e-5  # nn.LayerNorm / BatchNorm1d default
BERT_EPS = 1e-12
BASE_CODES = {"N": 0, "A": 1, "T": 2, "C": 3, "G": 4}  # spec §1: A,T,C,G order, N = 0


def encode(sequence):
    """Upper-case DNA string -> list of tokens N=0 A=1 T=2 C=3 G=4."""
    return [BASE_CODES[base] for base in sequence]


def conv_length(length, kernel, padding):
    return length + 2 * padding - kernel + 1


class Dense(nn.Module):
    """y = x W^T + b with parameters named weight, bias (bias optional), like nn.Linear."""

    def __init__(self, inputs, outputs, bias=True):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(outputs, inputs))
        self.bias = nn.Parameter(torch.empty(outputs)) if bias else None

    def forward(self, x):
        return F.linear(x, self.weight, self.bias)


class WeightNormDense(nn.Module):
    """Linear layer with W = g * V / ||V||_F (weight_norm with dim=None; g is a 0-dim tensor).

    Registration order bias, weight_g, weight_v reproduces the original state_dict order."""

    def __init__(self, inputs, outputs):
        super().__init__()
        self.bias = nn.Parameter(torch.empty(outputs))
        self.weight_g = nn.Parameter(torch.empty(()))
        self.weight_v = nn.Parameter(torch.empty(outputs, inputs))

    def effective_weight(self):
        return self.weight_g * self.weight_v / torch.linalg.norm(self.weight_v)

    def forward(self, x):
        return F.linear(x, self.effective_weight(), self.bias)


class Norm(nn.Module):
    """Affine layer norm over the trailing `shape` dims, parameters weight and bias of that shape."""

    def __init__(self, shape, eps):
        super().__init__()
        self.shape = tuple(shape)
        self.eps = eps
        self.weight = nn.Parameter(torch.empty(self.shape))
        self.bias = nn.Parameter(torch.empty(self.shape))

    def forward(self, x):
        dims = tuple(range(-len(self.shape), 0))
        mean = x.mean(dim=dims, keepdim=True)
        variance = (x - mean).pow(2).mean(dim=dims, keepdim=True)  # biased, eps inside the sqrt
        return (x - mean) / torch.sqrt(variance + self.eps) * self.weight + self.bias


class BatchNormEval(nn.Module):
    """BatchNorm1d at inference: running statistics only. Buffers named as in nn.BatchNorm1d."""

    def __init__(self, channels):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(channels))
        self.bias = nn.Parameter(torch.empty(channels))
        self.register_buffer("running_mean", torch.zeros(channels))
        self.register_buffer("running_var", torch.ones(channels))
        self.register_buffer("num_batches_tracked", torch.tensor(0, dtype=torch.long))

    def forward(self, x):  # x [B, C, L]
        scale = self.weight / torch.sqrt(self.running_var + CNN_EPS)
        return (x - self.running_mean[:, None]) * scale[:, None] + self.bias[:, None]


class Table(nn.Module):
    """Lookup table with a parameter named weight (nn.Embedding without the extras)."""

    def __init__(self, rows, columns, trainable=True):
        super().__init__()
        self.weight = nn.Parameter(torch.empty(rows, columns), requires_grad=trainable)

    def forward(self, ids):
        return self.weight[ids]


class DnaCnn(nn.Module):
    """Tokens [B, W] -> bins [B, tokens, C] (and, for Cell-type-INTERACT, a global max [B, C])."""

    def __init__(self, channels, kernel, window, cell_type, pool_source):
        super().__init__()
        self.kernel = kernel
        self.cell_type = cell_type
        self.pool_source = pool_source
        lengths = []
        length = window
        for padding in PADDINGS:
            length = conv_length(length, kernel, padding)
            lengths.append(length)
        self.lengths = lengths
        self.tokens = lengths[2] // POOL
        # Attribute order = original state_dict order.
        self.one_hot_embedding = Table(5, 4, trainable=False)
        self.conv1 = nn.Conv1d(4, channels, kernel, padding=PADDINGS[0])
        self.layer_batch1 = Norm((channels, lengths[0]), CNN_EPS)
        self.conv2 = nn.Conv1d(channels, channels, kernel, padding=PADDINGS[1])
        self.layer_batch2 = Norm((channels, lengths[1]), CNN_EPS)
        self.conv3 = nn.Conv1d(channels, channels, kernel, padding=PADDINGS[2])
        self.layer_batch3 = Norm((channels, lengths[2]), CNN_EPS)
        self.batch = BatchNormEval(channels)

    def forward(self, tokens):
        x = self.one_hot_embedding(tokens).transpose(1, 2)  # [B, 4, W]
        x = self.layer_batch1(F.relu(self.conv1(x)))
        x = self.layer_batch2(F.relu(self.conv2(x)))
        raw3 = self.conv3(x)
        relu3 = F.relu(raw3)
        x = self.layer_batch3(relu3)  # [B, C, L3]
        global_max = None
        if self.cell_type:
            source = {"ln3": x, "relu3": relu3, "conv3": raw3}[self.pool_source]
            global_max = source.amax(dim=2)  # [B, C]
        x = F.max_pool1d(x, POOL, POOL)  # [B, C, tokens]
        x = self.batch(x)  # dropout: identity in eval
        return x.transpose(1, 2), global_max  # [B, tokens, C]


class Module(nn.Module):
    """A bare container whose children are set by keyword (BERT has a child called `self`)."""

    def __init__(*args, **children):
        this = args[0]
        super(Module, this).__init__()
        for name, child in children.items():
            this.add_module(name, child)


class BertLayer(nn.Module):
    def __init__(self, hidden, heads, intermediate):
        super().__init__()
        self.heads = heads
        self.attention = Module(**{
            "self": Module(query=Dense(hidden, hidden), key=Dense(hidden, hidden), value=Dense(hidden, hidden)),
            "output": Module(dense=Dense(hidden, hidden), LayerNorm=Norm((hidden,), BERT_EPS)),
        })
        self.intermediate = Module(dense=Dense(hidden, intermediate))
        self.output = Module(dense=Dense(intermediate, hidden), LayerNorm=Norm((hidden,), BERT_EPS))

    def forward(self, h):  # [B, T, H]; no mask, dropout off
        b, t, hidden = h.shape
        d = hidden // self.heads
        projections = getattr(self.attention, "self")

        def split(x):  # [B, T, H] -> [B, heads, T, d]
            return x.view(b, t, self.heads, d).transpose(1, 2)

        q, k, v = (split(p(h)) for p in (projections.query, projections.key, projections.value))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d)
        context = torch.matmul(torch.softmax(scores, dim=-1), v)  # [B, heads, T, d]
        context = context.transpose(1, 2).reshape(b, t, hidden)
        attended = self.attention.output.LayerNorm(self.attention.output.dense(context) + h)
        inner = F.gelu(self.intermediate.dense(attended))  # exact erf form
        return self.output.LayerNorm(self.output.dense(inner) + attended)


class InteractReference(nn.Module):
    """INTERACT v1 (cell_type=False) or Cell-type-INTERACT (cell_type=True); sigmoid outputs [B, T]."""

    def __init__(self, cnn_channels=400, kernel=10, window=2001, hidden=512, heads=8, intermediate=2048,
                 layers=8, max_positions=1024, head_hidden=512, outputs=3, cell_type=False,
                 celltype_pool_source="ln3"):
        super().__init__()
        assert hidden % heads == 0
        self.cell_type = cell_type
        self.cnn = DnaCnn(cnn_channels, kernel, window, cell_type, celltype_pool_source)
        assert self.cnn.tokens <= max_positions
        self.bert = Module(
            embeddings=Module(word_embeddings=Dense(cnn_channels, hidden, bias=False),
                              position_embeddings=Table(max_positions, hidden),
                              token_type_embeddings=Table(1, hidden),
                              LayerNorm=Norm((hidden,), BERT_EPS)),
            encoder=Module(layer=nn.ModuleList([BertLayer(hidden, heads, intermediate) for _ in range(layers)])),
            pooler=Module(dense=Dense(hidden, hidden)))
        head_inputs = hidden + (cnn_channels if cell_type else 0)
        self.mlm = Module(classifier=Module(main=nn.Sequential(
            WeightNormDense(head_inputs, head_hidden), nn.ReLU(), nn.Identity(),  # index 2: dropout
            WeightNormDense(head_hidden, outputs), nn.Sigmoid())))

    def forward(self, tokens, trace=None):
        bins, global_max = self.cnn(tokens)  # [B, tokens, C]
        embeddings = self.bert.embeddings
        positions = torch.arange(bins.shape[1], device=tokens.device)
        h = embeddings.LayerNorm(embeddings.word_embeddings(bins) + embeddings.position_embeddings(positions))
        embedded = h
        for layer in self.bert.encoder.layer:
            h = layer(h)
        pooled = torch.tanh(self.bert.pooler.dense(h[:, 0]))
        features = torch.cat([pooled, global_max], dim=1) if self.cell_type else pooled
        head = self.mlm.classifier.main
        logits = head[3](head[1](head[0](features)))
        if trace is not None:
            trace.update(cnn_bins=bins, global_max=global_max, embeddings=embedded, hidden=h,
                         pooled=pooled, logits=logits)
        return torch.sigmoid(logits)


# --- deterministic test weights (docs/pyref.md; tests/core/interact_test_weights.h) --------------
FREQUENCY = 0.7548776662
TWO_PI = 6.283185307179586


def fnv1a32(text):
    h = 2166136261
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


def phase(name):
    return fnv1a32(name) / 4294967296.0 * TWO_PI


def unit_values(name, count):
    """u_i = sin(FREQUENCY * (i+1)^2 + phase(name)), float64, i = 0..count-1 (row-major index)."""
    k = torch.arange(1, count + 1, dtype=torch.float64)
    return torch.sin(FREQUENCY * (k * k) + phase(name))


def _is_norm_weight(name):
    parts = name.split(".")
    return parts[-1] == "weight" and len(parts) >= 2 and (
        parts[-2] in ("LayerNorm", "batch") or parts[-2].startswith("layer_batch"))


def test_value(name, shape, weight_norm_rows=None):
    """float64 tensor of `shape` for the tensor called `name` (full state_dict name)."""
    shape = tuple(shape)
    count = math.prod(shape)
    u = unit_values(name, count)
    last = name.split(".")[-1]
    if last == "num_batches_tracked":
        return torch.zeros(shape, dtype=torch.int64)
    if name.endswith("one_hot_embedding.weight"):
        v = 0.5 * u
    elif last == "running_mean":
        v = 0.1 * u
    elif last == "running_var":
        v = 1.0 + 0.5 * u.abs()
    elif last == "weight_g":
        if weight_norm_rows is None:
            raise ValueError(f"{name}: weight_g needs the row count of its weight_v")
        v = (1.0 + 0.1 * u) * math.sqrt(weight_norm_rows)
    elif "position_embeddings" in name or "token_type_embeddings" in name:
        v = 0.1 * u
    elif last == "bias":
        v = 0.1 * u
    elif _is_norm_weight(name):
        v = 1.0 + 0.1 * u
    elif last in ("weight", "weight_v") and len(shape) >= 2:
        v = u / math.sqrt(count // shape[0])  # fan_in = numel / rows
    else:
        raise ValueError(f"no test-weight rule for {name} {list(shape)}")
    return v.reshape(shape)


def test_state_dict(model, dtype=torch.float32):
    """{name: tensor} for every entry of model.state_dict(), by the formula, cast to `dtype`."""
    state = model.state_dict()
    out = {}
    for name, tensor in state.items():
        rows = None
        if name.endswith(".weight_g"):
            rows = state[name[: -len("weight_g")] + "weight_v"].shape[0]
        value = test_value(name, tensor.shape, rows)
        out[name] = value if value.dtype == torch.int64 else value.to(dtype)
    return out


def build(config, dtype=torch.float32, **overrides):
    """Eval-mode reference with formula weights, in `dtype` (float64 for fixtures)."""
    sizes = dict(CONFIGS[config]) if isinstance(config, str) else dict(config)
    sizes.update(overrides)
    model = InteractReference(**sizes).eval()
    model.load_state_dict(test_state_dict(model, torch.float64))
    return model.to(dtype)


def trainable_count(model):
    return sum(p.numel() for p in model.parameters() if p.requires_grad)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", choices=sorted(CONFIGS), default="small")
    parser.add_argument("--outputs", type=int, help="override the number of outputs")
    parser.add_argument("--max-positions", type=int, help="override the position table rows")
    parser.add_argument("--describe", action="store_true", help="print state_dict names and shapes")
    parser.add_argument("--save-state-dict", help="write the formula weights (float32) with torch.save")
    args = parser.parse_args()
    torch.set_num_threads(os.cpu_count())
    overrides = {}
    if args.outputs:
        overrides["outputs"] = args.outputs
    if args.max_positions:
        overrides["max_positions"] = args.max_positions
    model = build(args.config, **overrides)
    if args.describe:
        for name, tensor in model.state_dict().items():
            print(name, list(tensor.shape), str(tensor.dtype).replace("torch.", ""))
    print(f"trainable parameters: {trainable_count(model):,}", file=sys.stderr)
    if args.save_state_dict:
        torch.save(model.state_dict(), args.save_state_dict)


if __name__ == "__main__":
    main()
