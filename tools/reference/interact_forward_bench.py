#!/usr/bin/python3
"""Times the eval-mode float32 forward of the INTERACT reference with the formula weights.

    /usr/bin/python3 tools/reference/interact_forward_bench.py --config full --batch 8 --seconds 20

Prints one JSON line: windows_per_s, seconds_per_window, batch, threads, torch, mkldnn, ...
"""

import argparse
import json
import os
import random
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import interact_reference as ref  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", choices=sorted(ref.CONFIGS), default="full")
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=10.0, help="minimum timed duration")
    parser.add_argument("--warmup", type=int, default=1, help="untimed forward passes first")
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    model = ref.build(args.config, torch.float32).to(device)
    rng = random.Random(1)
    tokens = torch.tensor([[rng.randint(0, 4) for _ in range(ref.CONFIGS[args.config]["window"])]
                           for _ in range(args.batch)], device=device)

    def sync():
        if device.type == "cuda":
            torch.cuda.synchronize()

    with torch.inference_mode():
        for _ in range(args.warmup):
            model(tokens)
        sync()
        passes = 0
        start = time.perf_counter()
        while True:
            model(tokens)
            passes += 1
            sync()
            elapsed = time.perf_counter() - start
            if elapsed >= args.seconds:
                break
    windows = passes * args.batch
    print(json.dumps({
        "config": args.config, "windows_per_s": windows / elapsed, "seconds_per_window": elapsed / windows,
        "batch": args.batch, "passes": passes, "threads": torch.get_num_threads(), "device": str(device),
        "torch": torch.__version__, "mkldnn": torch.backends.mkldnn.is_available(),
    }))


if __name__ == "__main__":
    main()
