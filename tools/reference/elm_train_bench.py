#!/usr/bin/env python3
"""Reference timing: a plain PyTorch training loop of the ELM pub's recipe (docs/benchmarks.md).

The recipe from docs (spec §4.1): Linear(L->1024) LeakyReLU(0.01) Linear(1024->1024) LeakyReLU
Linear(1024->T), no biases; L1 loss; AdamW(lr 1e-3, weight decay 1); batch 128; shuffled train and
test loaders; the test-set loss evaluated every epoch. Prints seconds per epoch, to compare with
`locuscope-cli bench elm` on the same machine. Written for this project; not the pub's code.

    python3 tools/reference/elm_train_bench.py [--data resources/demo/elm] [--epochs 5] [--threads N]
"""
import argparse
import glob
import os
import time

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def load(directory):
    genotypes = glob.glob(os.path.join(directory, "*_g.txt"))[0]
    phenotypes = glob.glob(os.path.join(directory, "*_p.txt"))[0]
    g = np.loadtxt(genotypes, skiprows=1, usecols=None, dtype=str)[:, 1:].astype(np.float32)  # loci x samples
    p = np.loadtxt(phenotypes, skiprows=1, dtype=np.float32)[:, 1:]
    x = torch.from_numpy(2 * g.T - 1)  # haploid +-1, samples x loci
    y = torch.from_numpy(p)
    train = int(round(0.85 * x.shape[0]))
    return (x[:train], y[:train]), (x[train:], y[train:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "../../resources/demo/elm"))
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    (x_train, y_train), (x_test, y_test) = load(args.data)
    loci, traits, hidden = x_train.shape[1], y_train.shape[1], 1024
    model = nn.Sequential(nn.Linear(loci, hidden, bias=False), nn.LeakyReLU(0.01),
                          nn.Linear(hidden, hidden, bias=False), nn.LeakyReLU(0.01),
                          nn.Linear(hidden, traits, bias=False))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1.0)
    train_loader = DataLoader(TensorDataset(x_train, y_train), batch_size=128, shuffle=True)
    test_loader = DataLoader(TensorDataset(x_test, y_test), batch_size=128, shuffle=True)
    times = []
    for epoch in range(1, args.epochs + 1):
        start = time.perf_counter()
        model.train()
        for xb, yb in train_loader:
            optimizer.zero_grad()
            loss = nn.functional.l1_loss(model(xb), yb)
            loss.backward()
            optimizer.step()
        model.eval()
        with torch.no_grad():
            test = sum(nn.functional.l1_loss(model(xb), yb).item() for xb, yb in test_loader) / len(test_loader)
        times.append(time.perf_counter() - start)
        print(f"epoch {epoch}: test {test:.4f}, {times[-1]:.3f} s")
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads: "
          f"{np.median(times):.3f} s/epoch median, {min(times):.3f} best")


if __name__ == "__main__":
    main()
