#!/usr/bin/env python3
"""A plain PyTorch run of the ELM pub's training recipe: an independent check of Locuscope's trainer
and the reference for its speed (docs/benchmarks.md). Written for this project from the recipe in the
docs (spec §3-4); not the pub's code.

Recipe: Linear(L->1024) LeakyReLU(0.01) Linear(1024->1024) LeakyReLU Linear(1024->T), no biases;
L1 loss; AdamW(lr 1e-3, weight decay 1); batch 128; shuffled train and test loaders; the test-set
loss drives ReduceLROnPlateau(0.5, 3) and early stopping (patience 10, min_delta 0.003), best state
restored; torch.manual_seed(seed) before the model is built. Samples are in h5py's lexicographic id
order; --heritability adds numpy RandomState(noise_seed) noise, sqrt(H2) P + N(0, 1 - H2), to train
and test alike.

    /usr/bin/python3 tools/reference/elm_reference.py --heritability 0.25     # full run, r per trait
    /usr/bin/python3 tools/reference/elm_reference.py --bench 5               # seconds per epoch
"""
import argparse
import glob
import os
import time

import numpy as np
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def load(directory, heritability, noise_seed):
    genotypes = glob.glob(os.path.join(directory, "*_g.txt"))[0]
    phenotypes = glob.glob(os.path.join(directory, "*_p.txt"))[0]
    with open(genotypes) as f:
        f.readline()
        g = np.array([line.split()[1:] for line in f], dtype=np.float32)  # loci x samples
    with open(phenotypes) as f:
        f.readline()
        rows = [line.split() for line in f]
    ids = [r[0] for r in rows]
    p = np.array([r[1:] for r in rows], dtype=np.float32)
    x = 2 * g.T - 1  # haploid +-1, samples x loci (columns of g are samples in p.txt order)
    train = int(round(0.85 * len(ids)))

    def part(indices):
        order = sorted(indices, key=lambda i: ids[i])  # h5py lists group keys lexicographically
        xs, ys = x[order], p[order].astype(np.float64)
        if heritability < 1:
            noise = np.random.RandomState(noise_seed).normal(0.0, np.sqrt(1 - heritability), ys.shape)
            ys = np.sqrt(heritability) * ys + noise
        return torch.from_numpy(np.ascontiguousarray(xs)), torch.from_numpy(ys.astype(np.float32))

    return part(range(train)), part(range(train, len(ids)))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=os.path.join(os.path.dirname(__file__), "../../resources/demo/elm"))
    parser.add_argument("--heritability", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--noise-seed", type=int, default=42)
    parser.add_argument("--bench", type=int, default=0, help="time this many epochs, no early stopping")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    (x_train, y_train), (x_test, y_test) = load(args.data, args.heritability, args.noise_seed)
    loci, traits, hidden = x_train.shape[1], y_train.shape[1], 1024
    model = nn.Sequential(nn.Linear(loci, hidden, bias=False), nn.LeakyReLU(0.01),
                          nn.Linear(hidden, hidden, bias=False), nn.LeakyReLU(0.01),
                          nn.Linear(hidden, traits, bias=False))
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-3, weight_decay=1.0)
    scheduler = torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, mode="min", factor=0.5, patience=3)
    train_loader = DataLoader(TensorDataset(x_train, y_train), batch_size=128, shuffle=True)
    test_loader = DataLoader(TensorDataset(x_test, y_test), batch_size=128, shuffle=True)
    best, best_epoch, best_state, waited, times = None, 0, None, 0, []
    for epoch in range(1, (args.bench or 100) + 1):
        start = time.perf_counter()
        model.train()
        train_loss = 0.0
        for xb, yb in train_loader:
            optimizer.zero_grad()
            loss = nn.functional.l1_loss(model(xb), yb)
            loss.backward()
            optimizer.step()
            train_loss += loss.item()
        model.eval()
        with torch.no_grad():
            test = sum(nn.functional.l1_loss(model(xb), yb).item() for xb, yb in test_loader) / len(test_loader)
        times.append(time.perf_counter() - start)
        print(f"epoch {epoch}: train {train_loss / len(train_loader):.6f} test {test:.6f} ({times[-1]:.3f} s)")
        if args.bench:
            continue
        scheduler.step(test)
        if best is None or test < best - 0.003:
            best, best_epoch, waited = test, epoch, 0
            best_state = {k: v.clone() for k, v in model.state_dict().items()}
        else:
            waited += 1
            if waited >= 10:
                break
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads: "
          f"{np.median(times):.3f} s/epoch median, {min(times):.3f} best")
    if args.bench:
        return
    model.load_state_dict(best_state)
    with torch.no_grad():
        prediction = model(x_test).numpy()
    r = [np.corrcoef(prediction[:, t], y_test[:, t].numpy())[0, 1] for t in range(traits)]
    print(f"{epoch} epochs, best {best_epoch}; test Pearson r: " + " ".join(f"{v:.3f}" for v in r))


if __name__ == "__main__":
    main()
