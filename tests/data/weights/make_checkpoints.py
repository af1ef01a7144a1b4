#!/usr/bin/python3
"""Writes the PyTorch checkpoint fixtures for test_torch_checkpoint_import and test_cli_model.

Run with Debian's python3-torch (1.13):  /usr/bin/python3 tests/data/weights/make_checkpoints.py
The outputs are committed; rerunning rewrites them (random values come from a fixed seed).

Every checkpoint that should import also gets an expected_<name>.safetensors, written here by a
small struct+json writer (not by torch and not by Locuscope) from each tensor's contiguous numpy
bytes, so the C++ test compares every element against Python's own view of the same tensors. The
metadata key "order" lists the state dict's keys in their original order.
"""

import collections
import json
import os
import struct
import sys

import torch
from torch import nn

HERE = os.path.dirname(os.path.abspath(__file__))
torch.manual_seed(20240601)

DTYPE_NAMES = {
    torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.float64: "F64",
    torch.int64: "I64", torch.int32: "I32", torch.int16: "I16", torch.int8: "I8",
    torch.uint8: "U8", torch.bool: "BOOL",
}


def tensor_bytes(t):
    t = t.detach().contiguous()
    if t.dtype == torch.bfloat16:  # numpy has no bfloat16: reinterpret the same 2-byte patterns
        t = t.view(torch.int16)
    return t.numpy().tobytes()


def write_expected(name, state):
    """A minimal safetensors writer: 8-byte LE length, JSON header, packed little-endian data."""
    header = {"__metadata__": {"order": json.dumps(list(state.keys()))}}
    blobs, offset = [], 0
    for key, t in state.items():
        data = tensor_bytes(t)
        header[key] = {"dtype": DTYPE_NAMES[t.dtype], "shape": list(t.shape),
                       "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(os.path.join(HERE, "expected_" + name + ".safetensors"), "wb") as out:
        out.write(struct.pack("<Q", len(text)))
        out.write(text)
        for data in blobs:
            out.write(data)


def save(obj, name, **kwargs):
    torch.save(obj, os.path.join(HERE, name), **kwargs)


# --- a plain state dict: every dtype, a scalar, an empty tensor, strides, offsets, shared storage --
def plain_state():
    module = nn.Sequential(nn.Linear(3, 2), nn.BatchNorm1d(2))
    state = module.state_dict()  # an OrderedDict carrying _metadata, with num_batches_tracked (int64)
    state["f16"] = torch.randn(2, 3).half()
    state["bf16"] = torch.randn(5).bfloat16()
    state["f64"] = torch.randn(2, 2, dtype=torch.float64)
    state["i64"] = torch.tensor([-(2 ** 62), -1, 0, 2 ** 40], dtype=torch.int64)
    state["i32"] = torch.tensor([[-7, 0], [1, 2 ** 30]], dtype=torch.int32)
    state["i16"] = torch.tensor([-300, 300], dtype=torch.int16)
    state["i8"] = torch.tensor([-128, 5, 127], dtype=torch.int8)
    state["u8"] = torch.tensor([0, 200, 255], dtype=torch.uint8)
    state["mask"] = torch.tensor([True, False, True])
    state["scalar"] = torch.tensor(2.5)
    state["empty"] = torch.zeros(0, 3)
    transposed = torch.arange(12, dtype=torch.float32).reshape(3, 4).t()  # strides (1, 4)
    assert not transposed.is_contiguous()
    state["transposed"] = transposed
    base = torch.randn(40)
    state["view_rows"] = base[4:16].view(3, 4)  # storage offset 4
    state["view_strided"] = base.view(5, 8)[1:, ::3]  # offset 8, strides (8, 3), shares base's storage
    state["expanded"] = torch.tensor([1.0, 2.0, 3.0]).expand(2, 3)  # stride 0
    return state


plain = plain_state()
save(plain, "plain.pt")
write_expected("plain", plain)
save(plain, "plain_protocol4.pt", pickle_protocol=4)  # FRAME, SHORT_BINUNICODE, MEMOIZE, STACK_GLOBAL

# --- wrapped and nested checkpoints ----------------------------------------------------------
small = collections.OrderedDict([("layer.weight", torch.randn(2, 3)), ("layer.bias", torch.randn(2))])
save({"state_dict": small, "epoch": 3, "best": 0.25, "name": "run-1"}, "wrapped.pt")
write_expected("small", small)

ema = collections.OrderedDict([("layer.weight", torch.randn(2, 3)), ("layer.bias", torch.randn(2))])
save({"model": {"state_dict": small, "step": 10}, "ema": ema, "epoch": 3}, "nested.pt")
write_expected("ema", ema)

# --- DataParallel's "module." prefix -------------------------------------------------------------
parallel = nn.DataParallel(nn.Linear(3, 2)).state_dict()
assert all(key.startswith("module.") for key in parallel)
save(parallel, "module_prefixed.pt")
write_expected("module_prefixed", parallel)


# --- tiny INTERACT v1 (specs/interact.md §2 attribute names; tiny sizes, same structure) -------
CHANNELS, KERNEL, WINDOW, HIDDEN, INTERMEDIATE, LAYERS, POSITIONS, TASKS = 3, 10, 41, 8, 16, 2, 16, 3


class DnaCnn(nn.Module):
    def __init__(self):
        super().__init__()
        self.one_hot_embedding = nn.Embedding(5, 4)
        self.conv1 = nn.Conv1d(4, CHANNELS, KERNEL, padding=4)
        self.layer_batch1 = nn.LayerNorm((CHANNELS, WINDOW - 1))
        self.conv2 = nn.Conv1d(CHANNELS, CHANNELS, KERNEL, padding=4)
        self.layer_batch2 = nn.LayerNorm((CHANNELS, WINDOW - 2))
        self.conv3 = nn.Conv1d(CHANNELS, CHANNELS, KERNEL, padding=5)
        self.layer_batch3 = nn.LayerNorm((CHANNELS, WINDOW - 1))
        self.batch = nn.BatchNorm1d(CHANNELS)


class Named(nn.Module):
    def __init__(*args, **children):  # no named `self`: BERT has a child called "self"
        this = args[0]
        super(Named, this).__init__()
        for name, child in children.items():
            setattr(this, name, child)


def bert_layer():
    return Named(
        attention=Named(self=Named(query=nn.Linear(HIDDEN, HIDDEN), key=nn.Linear(HIDDEN, HIDDEN),
                                   value=nn.Linear(HIDDEN, HIDDEN)),
                        output=Named(dense=nn.Linear(HIDDEN, HIDDEN), LayerNorm=nn.LayerNorm(HIDDEN))),
        intermediate=Named(dense=nn.Linear(HIDDEN, INTERMEDIATE)),
        output=Named(dense=nn.Linear(INTERMEDIATE, HIDDEN), LayerNorm=nn.LayerNorm(HIDDEN)))


def interact_tiny():
    wn = torch.nn.utils.weight_norm
    model = Named(
        cnn=DnaCnn(),
        bert=Named(
            embeddings=Named(word_embeddings=nn.Linear(CHANNELS, HIDDEN, bias=False),
                             position_embeddings=nn.Embedding(POSITIONS, HIDDEN),
                             token_type_embeddings=nn.Embedding(1, HIDDEN), LayerNorm=nn.LayerNorm(HIDDEN)),
            encoder=Named(layer=nn.ModuleList([bert_layer() for _ in range(LAYERS)])),
            pooler=Named(dense=nn.Linear(HIDDEN, HIDDEN))),
        mlm=Named(classifier=Named(main=nn.Sequential(
            wn(nn.Linear(HIDDEN, HIDDEN), dim=None), nn.ReLU(), nn.Dropout(0.1),
            wn(nn.Linear(HIDDEN, TASKS), dim=None), nn.Sigmoid()))))
    with torch.no_grad():  # non-trivial values everywhere, so a swapped tensor shows
        for parameter in model.parameters():
            parameter.copy_(torch.randn_like(parameter))
        model.cnn.batch.running_mean.copy_(torch.randn(CHANNELS))
        model.cnn.batch.running_var.copy_(torch.rand(CHANNELS) + 0.5)
        model.cnn.batch.num_batches_tracked.fill_(17)
    state = model.state_dict()
    assert state["mlm.classifier.main.0.weight_g"].dim() == 0
    return state


interact = interact_tiny()
save(interact, "interact_tiny.pt")
write_expected("interact_tiny", interact)


# --- tiny DeepSEA Beluga (specs/seal.md §1.5 nesting; tiny channels, the real 2000-bp geometry) --
class NoParameters(nn.Module):  # stands in for Beluga's Lambda layers (they hold no weights)
    def forward(self, x):
        return x


def beluga_tiny():
    c = [4, 3, 3, 4, 4, 5, 5]
    features = nn.Sequential(
        nn.Conv2d(c[0], c[1], (1, 8)), nn.ReLU(), nn.Conv2d(c[1], c[2], (1, 8)), nn.ReLU(), nn.Dropout(0.2),
        nn.MaxPool2d((1, 4), (1, 4)),
        nn.Conv2d(c[2], c[3], (1, 8)), nn.ReLU(), nn.Conv2d(c[3], c[4], (1, 8)), nn.ReLU(), nn.Dropout(0.2),
        nn.MaxPool2d((1, 4), (1, 4)),
        nn.Conv2d(c[4], c[5], (1, 8)), nn.ReLU(), nn.Conv2d(c[5], c[6], (1, 8)), nn.ReLU())
    length = features(torch.zeros(1, 4, 1, 2000)).shape[-1]
    assert length == 106, length
    classifier = nn.Sequential(
        nn.Dropout(0.5), NoParameters(), nn.Sequential(NoParameters(), nn.Linear(c[6] * length, 6)), nn.ReLU(),
        nn.Sequential(NoParameters(), nn.Linear(6, 7)))
    model = Named(model=nn.Sequential(features, classifier, nn.Sigmoid()))
    return model.state_dict()


beluga = beluga_tiny()
save(beluga, "beluga_tiny.pt")
write_expected("beluga_tiny", beluga)

# --- files that must be refused --------------------------------------------------------------


class Payload:
    """Unpickling this would call os.mkdir("locuscope-pickle-ran") in the current directory."""

    def __reduce__(self):
        return (os.mkdir, ("locuscope-pickle-ran",))


save(collections.OrderedDict([("weight", torch.ones(2)), ("payload", Payload())]), "malicious.pt")
save(small, "legacy.pt", _use_new_zipfile_serialization=False)
torch.jit.save(torch.jit.script(nn.Linear(2, 1)), os.path.join(HERE, "torchscript.pt"))

total = sum(os.path.getsize(os.path.join(HERE, f)) for f in os.listdir(HERE) if not f.endswith(".py"))
print("wrote fixtures into %s: %d bytes in all" % (HERE, total), file=sys.stderr)
