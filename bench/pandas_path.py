#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The notebook path AttriScope is measured against: json.load, a pandas
DataFrame of prompt_timing, aliases resolved, then groupby (model, method,
hardware) with count, success rate, mean, median, p95, std, min, max and mean
tokens/s. With --plots DIR it also draws two PNG charts (needs matplotlib).

Run it with Debian's /usr/bin/python3 (python3-pandas); a pyenv python3 on
PATH usually has no pandas.

  /usr/bin/python3 bench/pandas_path.py big.json [--plots DIR]
"""
import argparse
import json
import sys

import pandas as pd


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--plots", metavar="DIR")
    a = ap.parse_args()

    if a.file.endswith((".jsonl", ".ndjson")):
        df = pd.read_json(a.file, lines=True)
        if "kind" in df:
            df = df[df["kind"] != "method"]
    else:
        with open(a.file, "rb") as f:
            body = json.load(f)
        df = pd.DataFrame(body.get("prompt_timing") or [])
        del body
    # The first non-null of each alias pair, as docs/metrics.md says.
    for name, alias in (("method", "attribution_method"), ("time", "attribution_time"), ("tokens", "token_count")):
        if alias in df:
            df[name] = df[name].fillna(df[alias]) if name in df else df[alias]
    df["hardware"] = df["gpu_info"].where(df["gpu_info"].fillna("") != "", df["device"]) \
        if "gpu_info" in df else df["device"]
    df["success"] = df["success"].fillna(True).astype(bool)
    ok = df[df["success"]].copy()
    ok["rate"] = ok["tokens_per_second"].fillna(ok["tokens"] / ok["time"])
    keys = ["model", "method", "hardware"]
    counts = df.groupby(keys).agg(prompts=("success", "size"), successful=("success", "sum"))
    stats = ok.groupby(keys).agg(
        mean_time=("time", "mean"), median_time=("time", "median"),
        p95_time=("time", lambda s: s.quantile(0.95)), std_time=("time", "std"),
        min_time=("time", "min"), max_time=("time", "max"), mean_tokens_per_second=("rate", "mean"))
    out = counts.join(stats)
    out["success_rate"] = 100.0 * out["successful"] / out["prompts"]
    sys.stdout.write(out.reset_index().to_json(orient="records"))
    sys.stdout.write("\n")

    if a.plots:
        import matplotlib
        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        import os
        os.makedirs(a.plots, exist_ok=True)
        per_method = out.groupby("method")["mean_time"].mean().sort_values()
        ax = per_method.plot.barh(figsize=(16, 10))
        ax.set_xlabel("mean time per prompt (s)")
        plt.tight_layout()
        plt.savefig(os.path.join(a.plots, "performance.png"), dpi=100)
        plt.close()
        grid = out.reset_index().pivot_table(index="model", columns="method", values="mean_time", aggfunc="mean")
        fig, ax = plt.subplots(figsize=(16, 10))
        ax.imshow(grid.values, aspect="auto")
        ax.set_xticks(range(len(grid.columns)), grid.columns, rotation=45, ha="right")
        ax.set_yticks(range(len(grid.index)), grid.index)
        plt.tight_layout()
        plt.savefig(os.path.join(a.plots, "heatmap.png"), dpi=100)
        plt.close()


if __name__ == "__main__":
    main()
