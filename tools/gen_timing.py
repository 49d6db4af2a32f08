#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Deterministic generator of SYNTHETIC TokenLense timing data.

Writes the body of GET /performance/timing (JSON) or JSON Lines, with the real
file's quirks: both alias names present with one of them null, an extra nested
"model_config" object on every record, method rows with null min/max/tokens_per_second.
The numbers are made up (a log-normal time per prompt around a per-(model, method,
hardware) base); they are for looking at the app and for benchmarks, not for science.

  tools/gen_timing.py --models 3 --methods 6 --hardware 2 --prompts 20 --seed 1 --out sample.json
"""
import argparse
import json
import math
import random
import sys

MODELS = ["BART", "GPT-2", "Llama-3-2-1B", "Mistral-7B", "Phi-3-mini", "Qwen2-1.5B", "T5-base", "OPT-1.3B",
          "Gemma-2B", "Falcon-1B"]
METHODS = ["attention", "saliency", "input_x_gradient", "layer_gradient_x_activation", "integrated_gradients",
           "lime", "shap", "deeplift", "occlusion", "gradient_shap", "smoothgrad", "feature_ablation"]
HARDWARE = [("Tesla T4", "CUDA"), ("NVIDIA H200", "CUDA"), ("NVIDIA A100-SXM4-40GB", "CUDA"),
            ("", "CPU"), ("NVIDIA L4", "CUDA"), ("Apple M2", "MPS")]
METHOD_COST = {"attention": 0.25, "saliency": 1.0, "input_x_gradient": 1.1, "layer_gradient_x_activation": 1.05,
               "integrated_gradients": 1.9, "lime": 9.0, "shap": 12.0, "deeplift": 1.4, "occlusion": 6.0,
               "gradient_shap": 3.0, "smoothgrad": 4.0, "feature_ablation": 5.0}
HARDWARE_SPEED = [1.0, 0.3, 0.45, 6.0, 0.7, 2.5]
CPU_MODEL = "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz"
WORDS = ("answer this yes no question do the same is a of in river language law sugar windows movie "
         "protect help accident city country water speak part").split()


def names(pool, n, prefix):
    return [pool[i] if i < len(pool) else f"{prefix}-{i + 1}" for i in range(n)]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", type=int, default=3)
    ap.add_argument("--methods", type=int, default=6)
    ap.add_argument("--hardware", type=int, default=2)
    ap.add_argument("--prompts", type=int, default=20, help="prompts per (model, method, hardware)")
    ap.add_argument("--rows", type=int, default=0, help="total prompt rows (overrides --prompts)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--failure-rate", type=float, default=0.02)
    ap.add_argument("--format", choices=["json", "jsonl"], default="json")
    ap.add_argument("--out", default="-")
    a = ap.parse_args()

    rng = random.Random(a.seed)
    models = names(MODELS, a.models, "model")
    methods = names(METHODS, a.methods, "method")
    hardware = [HARDWARE[i % len(HARDWARE)] if i < len(HARDWARE) else (f"GPU-{i + 1}", "CUDA")
                for i in range(a.hardware)]
    groups = [(m, x, h) for m in models for x in methods for h in range(len(hardware))]
    per_group = a.prompts
    if a.rows:
        per_group = max(1, math.ceil(a.rows / len(groups)))
    out = sys.stdout if a.out == "-" else open(a.out, "w", encoding="utf-8")

    method_rows, total_rows = [], 0
    jsonl = a.format == "jsonl"
    if not jsonl:
        out.write('{"prompt_timing":[')
    first = True
    for gi, (model, method, h) in enumerate(groups):
        gpu, device = hardware[h]
        base = METHOD_COST.get(method, 2.0) * HARDWARE_SPEED[h % len(HARDWARE_SPEED)] * (0.6 + 0.4 * (models.index(model) + 1))
        ok, times, n = 0, [], per_group
        if a.rows:
            n = min(per_group, a.rows - total_rows)
            if n <= 0:
                break
        for p in range(n):
            tokens = rng.randint(12, 40)
            success = rng.random() >= a.failure_rate
            t = base * (tokens / 20.0) * math.exp(rng.gauss(0, 0.25)) if success else 0.0
            if success:
                ok += 1
                times.append(t)
            prompt = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14)))
            row = {"model": model, "method": method, "attribution_method": None,
                   "prompt": prompt, "prompt_text": None, "prompt_id": f"prompt_{p + 1}",
                   "tokens": tokens, "token_count": None, "output_token_count": 0,
                   "time": t, "attribution_time": None,
                   "tokens_per_second": tokens / t if success else 0.0,
                   "success": success, "device": device, "gpu_info": gpu,
                   "model_config": {"populate_by_name": True}}
            if jsonl:
                out.write(json.dumps(row, separators=(",", ":")) + "\n")
            else:
                out.write(("" if first else ",") + json.dumps(row, separators=(",", ":")))
            first = False
            total_rows += 1
        avg = sum(times) / len(times) if times else 0.0
        mrow = {"model": model, "method": None, "attribution_method": method,
                "successful_prompts": ok, "total_prompts": n, "success_rate": 100.0 * ok / n if n else 0.0,
                "model_loading_time": round(rng.uniform(1.5, 7.0), 6), "attribution_time": sum(times),
                "average_time": None, "average_prompt_time": avg, "total_time": sum(times) + 2.0,
                "min_time": None, "max_time": None, "tokens_per_second": None,
                "platform": "Linux", "cpu_model": CPU_MODEL, "cpu_cores": 4, "memory_gb": 15.41,
                "gpu_info": gpu, "cuda_available": None, "mps_available": None,
                "torch_cuda_available": device == "CUDA", "torch_mps_available": device == "MPS",
                "torch_version": "2.6.0+cu124", "model_config": {"populate_by_name": True}}
        method_rows.append(mrow)
    if jsonl:
        for m in method_rows:
            out.write(json.dumps(dict(m, kind="method"), separators=(",", ":")) + "\n")
    else:
        out.write('],"method_timing":[')
        out.write(",".join(json.dumps(m, separators=(",", ":")) for m in method_rows))
        out.write("]}\n")
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
