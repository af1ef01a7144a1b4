#!/usr/bin/python3
"""Writes tests/data/interact/*.json from the independent reference (interact_reference.py).

    /usr/bin/python3 tools/reference/make_interact_fixtures.py [--out tests/data/interact]

First cross-checks the reference's building blocks against PyTorch's own modules (LayerNorm,
BatchNorm1d, weight_norm, TransformerEncoderLayer) and its state_dict key order against the
INTERACT checkpoint fixture of tests/data/weights; then writes, for each configuration, the
windows, the expected outputs (float64 and float32) and intermediate checks, and
weight_formula_check.json, which pins the test-weight formula for the C++ side.
"""

import argparse
import json
import math
import os
import random
import struct
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import interact_reference as ref  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = 20240611
FIRST = 8  # leading values stored for each intermediate check
PAIR_OFFSETS = (37, -412)  # alt windows: window 0 with the base at 1000 + d changed


# --- cross-checks of the reference ------------------------------------------------------------
def check_blocks():
    torch.manual_seed(0)
    d = torch.float64
    # CNN LayerNorm over (C, L) with a (C, L) affine.
    norm = ref.Norm((3, 7), 1e-5).to(d)
    torch.nn.init.normal_(norm.weight)
    torch.nn.init.normal_(norm.bias)
    x = torch.randn(2, 3, 7, dtype=d) * 3 + 1
    assert torch.allclose(norm(x), F.layer_norm(x, (3, 7), norm.weight, norm.bias, 1e-5), atol=1e-12)
    # BatchNorm1d in eval mode.
    mine, theirs = ref.BatchNormEval(5).to(d), nn.BatchNorm1d(5).to(d).eval()
    with torch.no_grad():
        for t in (mine.weight, mine.bias, mine.running_mean):
            t.copy_(torch.randn(5))
        mine.running_var.copy_(torch.rand(5) + 0.5)
    theirs.load_state_dict(mine.state_dict())
    x = torch.randn(2, 5, 9, dtype=d)
    assert torch.allclose(mine(x), theirs(x), atol=1e-12)
    # weight_norm(dim=None): same keys, same order, same output.
    theirs = torch.nn.utils.weight_norm(nn.Linear(6, 4), dim=None).to(d)
    mine = ref.WeightNormDense(6, 4).to(d)
    assert list(mine.state_dict()) == list(theirs.state_dict()), list(theirs.state_dict())
    mine.load_state_dict(theirs.state_dict())
    x = torch.randn(3, 6, dtype=d)
    assert torch.allclose(mine(x), theirs(x), atol=1e-12)
    # A post-LN BERT layer (exact GELU, eps 1e-12) against nn.TransformerEncoderLayer.
    hidden, heads, inner = 16, 4, 24
    mine = ref.BertLayer(hidden, heads, inner).to(d)
    for p in mine.parameters():
        torch.nn.init.normal_(p, std=0.3)
    theirs = nn.TransformerEncoderLayer(hidden, heads, inner, dropout=0.0, activation="gelu",
                                        layer_norm_eps=1e-12, batch_first=True, norm_first=False).to(d).eval()
    sa = getattr(mine.attention, "self")
    with torch.no_grad():
        theirs.self_attn.in_proj_weight.copy_(torch.cat([sa.query.weight, sa.key.weight, sa.value.weight]))
        theirs.self_attn.in_proj_bias.copy_(torch.cat([sa.query.bias, sa.key.bias, sa.value.bias]))
        theirs.self_attn.out_proj.weight.copy_(mine.attention.output.dense.weight)
        theirs.self_attn.out_proj.bias.copy_(mine.attention.output.dense.bias)
        theirs.norm1.weight.copy_(mine.attention.output.LayerNorm.weight)
        theirs.norm1.bias.copy_(mine.attention.output.LayerNorm.bias)
        theirs.linear1.weight.copy_(mine.intermediate.dense.weight)
        theirs.linear1.bias.copy_(mine.intermediate.dense.bias)
        theirs.linear2.weight.copy_(mine.output.dense.weight)
        theirs.linear2.bias.copy_(mine.output.dense.bias)
        theirs.norm2.weight.copy_(mine.output.LayerNorm.weight)
        theirs.norm2.bias.copy_(mine.output.LayerNorm.bias)
    x = torch.randn(2, 5, hidden, dtype=d)
    with torch.no_grad():
        assert torch.allclose(mine(x), theirs(x), atol=1e-10), (mine(x) - theirs(x)).abs().max()


def safetensors_order(path):
    with open(path, "rb") as f:
        size = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(size))
    return json.loads(header["__metadata__"]["order"]), header


def check_key_order():
    """Names, order and shapes against the checkpoint fixture written independently for the import tests."""
    order, header = safetensors_order(os.path.join(ROOT, "tests/data/weights/expected_interact_tiny.safetensors"))
    model = ref.InteractReference(cnn_channels=3, kernel=10, window=41, hidden=8, heads=2, intermediate=16,
                                  layers=2, max_positions=16, head_hidden=8, outputs=3)
    state = model.state_dict()
    assert list(state) == order, (list(state), order)
    for name, tensor in state.items():
        assert list(tensor.shape) == header[name]["shape"], name


def check_cnn_geometry(model, tokens):
    """The CNN's lengths 2000, 1999, 2000 and 100 tokens (spec §2) for a 2001-bp window."""
    assert model.cnn.lengths == [2000, 1999, 2000] and model.cnn.tokens == 100, model.cnn.lengths


# --- windows ----------------------------------------------------------------------------------
def draw(rng, length, weights):
    return "".join(rng.choices("ATCG", weights=weights, k=length))


def make_windows(seed):
    rng = random.Random(seed)
    windows = []
    # 0: uniform bases, a CpG at the centre (C at index 1000).
    s = list(draw(rng, 2001, (1, 1, 1, 1)))
    s[1000:1002] = "CG"
    windows.append(("uniform_cpg", "".join(s)))
    # 1: internal N runs (assembly gaps) of 7, 40 and 150 bp.
    s = list(draw(rng, 2001, (1, 1, 1, 1)))
    s[1000:1002] = "CG"
    for start, length in ((rng.randrange(0, 900), 7), (rng.randrange(1100, 1800), 40), (1500, 150)):
        s[start:start + length] = "N" * length
    windows.append(("n_runs", "".join(s)))
    # 2: GC-rich, N padding over the last 350 bp (a window past the chromosome end).
    s = list(draw(rng, 2001, (2, 2, 3, 3)))
    s[1000:1002] = "CG"
    s[-350:] = "N" * 350
    windows.append(("gc_rich_right_padded", "".join(s)))
    # 3: AT-rich with a (CA)n repeat and 260 N at the start.
    s = list(draw(rng, 2001, (3, 3, 2, 2)))
    s[600:700] = "CA" * 50
    s[:260] = "N" * 260
    s[1000:1002] = "CG"
    windows.append(("at_rich_left_padded", "".join(s)))
    # Alt windows of window 0: one base changed at 1000 + d.
    pairs = []
    for d in PAIR_OFFSETS:
        s = list(windows[0][1])
        position = 1000 + d
        alt = rng.choice([b for b in "ATCG" if b != s[position]])
        pairs.append(dict(ref_window=0, alt_window=len(windows), position=position, offset=d,
                          ref_base=s[position], alt_base=alt))
        s[position] = alt
        windows.append((f"uniform_cpg_alt_{d:+d}", "".join(s)))
    return windows, pairs


# --- fixtures ---------------------------------------------------------------------------------
def rounded(values):
    return [float(v) for v in values]


def config_fixture(config, windows, pairs):
    tokens = torch.tensor([ref.encode(seq) for _, seq in windows])
    sizes = dict(ref.CONFIGS[config])
    results = {}
    for dtype in (torch.float64, torch.float32):
        model = ref.build(config, dtype)
        check_cnn_geometry(model, tokens)
        trace = {}
        with torch.inference_mode():
            out = model(tokens, trace)
        results[dtype] = (out, trace)
    out64, trace = results[torch.float64]
    out32, trace32 = results[torch.float32]
    error32 = (out32.double() - out64).abs().max().item()
    spread = (out64.min().item(), out64.max().item())
    assert 0.05 < spread[0] and spread[1] < 0.95, spread  # not saturated
    checks = []
    for b in range(len(windows)):
        entry = {}
        for key in ("cnn_bins", "embeddings", "hidden", "pooled", "global_max"):
            value = trace[key]
            if value is None:
                continue
            value = value[b]
            entry[key] = dict(shape=list(value.shape), sum=value.sum().item(),
                              abs_sum=value.abs().sum().item(),
                              first=rounded(value.reshape(-1)[:FIRST]))
        entry["logits"] = rounded(trace["logits"][b])
        checks.append(entry)
    pair_entries = []
    for pair in pairs:
        delta = out64[pair["alt_window"]] - out64[pair["ref_window"]]
        delta32 = out32[pair["alt_window"]] - out32[pair["ref_window"]]
        pair_entries.append(dict(pair, delta_float64=rounded(delta), delta_float32=rounded(delta32)))
    differences = [(out64[i] - out64[j]).abs().max().item() for i in range(4) for j in range(i)]
    alternatives = {}
    if sizes["cell_type"]:  # other readings of the global max-pool's input, for diagnosis only
        for source in ("relu3", "conv3"):
            with torch.inference_mode():
                alternatives[source] = [rounded(row) for row in
                                        ref.build(config, torch.float64, celltype_pool_source=source)(tokens)]
    return {
        "generator": "tools/reference/make_interact_fixtures.py (independent PyTorch reference)",
        "torch": torch.__version__,
        "config": dict(sizes, celltype_pool_source="ln3", tokens=100, paddings=list(ref.PADDINGS), pool=ref.POOL),
        "weights": "deterministic formula of docs/pyref.md (tests/core/interact_test_weights.h), float64",
        "token_codes": ref.BASE_CODES,
        "windows": [dict(name=name, sequence=seq) for name, seq in windows],
        "expected_float64": [rounded(row) for row in out64],
        "expected_float32": [rounded(row) for row in out32],
        "float32_max_abs_error": error32,
        "min_difference_between_windows_0_3": min(differences),
        "pairs": pair_entries,
        "checks": checks,
        **({"expected_float64_other_pool_sources": alternatives} if alternatives else {}),
    }


# Small tensors named like the real ones (all elements stored) and two full-size ones (the large
# argument regime of the formula; selected elements stored).
FORMULA_TENSORS = [
    ("cnn.one_hot_embedding.weight", [5, 4]),
    ("cnn.conv1.weight", [6, 4, 10]),
    ("cnn.conv1.bias", [6]),
    ("cnn.layer_batch1.weight", [6, 12]),
    ("cnn.layer_batch1.bias", [6, 12]),
    ("cnn.conv2.weight", [400, 400, 10]),
    ("cnn.layer_batch3.weight", [512, 2000]),
    ("cnn.batch.weight", [6]),
    ("cnn.batch.bias", [6]),
    ("cnn.batch.running_mean", [6]),
    ("cnn.batch.running_var", [6]),
    ("cnn.batch.num_batches_tracked", []),
    ("bert.embeddings.word_embeddings.weight", [8, 6]),
    ("bert.embeddings.position_embeddings.weight", [16, 8]),
    ("bert.embeddings.token_type_embeddings.weight", [1, 8]),
    ("bert.embeddings.LayerNorm.weight", [8]),
    ("bert.embeddings.LayerNorm.bias", [8]),
    ("bert.encoder.layer.0.attention.self.query.weight", [8, 8]),
    ("bert.encoder.layer.0.attention.self.query.bias", [8]),
    ("bert.encoder.layer.0.intermediate.dense.weight", [16, 8]),
    ("bert.encoder.layer.0.intermediate.dense.bias", [16]),
    ("bert.encoder.layer.0.output.LayerNorm.weight", [8]),
    ("bert.encoder.layer.0.output.LayerNorm.bias", [8]),
    ("bert.pooler.dense.weight", [8, 8]),
    ("bert.pooler.dense.bias", [8]),
    ("mlm.classifier.main.0.bias", [5]),
    ("mlm.classifier.main.0.weight_g", []),
    ("mlm.classifier.main.0.weight_v", [5, 8]),
    ("mlm.classifier.main.3.bias", [2]),
    ("mlm.classifier.main.3.weight_g", []),
    ("mlm.classifier.main.3.weight_v", [2, 5]),
]


def formula_fixture():
    shapes = dict(FORMULA_TENSORS)
    tensors = []
    for name, shape in FORMULA_TENSORS:
        rows = shapes[name[: -len("weight_g")] + "weight_v"][0] if name.endswith(".weight_g") else None
        value = ref.test_value(name, shape, rows).reshape(-1)
        count = value.numel()
        if count > 1000:
            indices = sorted({0, 1, 2, 3, 4999, 123456, count // 2, count - 2, count - 1})
        else:
            indices = list(range(count))
        picked = value[indices]
        entry = dict(name=name, shape=shape, fnv1a32=ref.fnv1a32(name), phase=ref.phase(name), indices=indices)
        if value.dtype == torch.int64:
            entry["int64"] = [int(v) for v in picked]
        else:
            entry["unit_first"] = rounded(ref.unit_values(name, count)[indices[:4]])
            entry["float64"] = rounded(picked)
            entry["float32"] = rounded(picked.to(torch.float32))
        tensors.append(entry)
    return {
        "generator": "tools/reference/make_interact_fixtures.py",
        "formula": "u_i = sin(0.7548776662*(i+1)^2 + FNV1a32(name)/2^32*2*pi); value by role (docs/pyref.md)",
        "tensors": tensors,
    }


def write_json(path, data, indent=1):
    with open(path, "w") as f:
        json.dump(data, f, indent=indent)
        f.write("\n")
    print(f"wrote {path} ({os.path.getsize(path):,} bytes)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(ROOT, "tests/data/interact"))
    parser.add_argument("--configs", nargs="*", default=["small", "full", "celltype"],
                        help="configurations to write (each takes up to a minute on 2 cores)")
    args = parser.parse_args()
    torch.set_num_threads(os.cpu_count())
    check_blocks()
    check_key_order()
    print("reference building blocks and key order: OK")
    os.makedirs(args.out, exist_ok=True)
    write_json(os.path.join(args.out, "weight_formula_check.json"), formula_fixture(), indent=None)
    windows, pairs = make_windows(SEED)
    for config in args.configs:
        data = config_fixture(config, windows, pairs)
        print(f"{config}: outputs {min(min(r) for r in data['expected_float64']):.4f}.."
              f"{max(max(r) for r in data['expected_float64']):.4f}, float32 error "
              f"{data['float32_max_abs_error']:.2e}, min window difference "
              f"{data['min_difference_between_windows_0_3']:.2e}, pair deltas "
              + ", ".join(f"{max(abs(v) for v in p['delta_float64']):.2e}" for p in data["pairs"]))
        write_json(os.path.join(args.out, f"{config}.json"), data)


if __name__ == "__main__":
    main()
