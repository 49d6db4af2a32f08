// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A realistic sweep for the picture tests: 30 models with long Hugging Face
// ids × 20 attribution methods × 5 machines (one a CPU with its long model
// string), `prompts` prompt rows per group. Header-only, so any test folder
// can include it as "../sweepfixture.h".
//
// Times are hand-checkable: prompt p (0-based) of model i, method j on
// hardware h takes
//     methodCost[j] · hardwareFactor[h] · (1 + i / 10) · (1 + p / 10) seconds
// with 10 + 5·p input tokens, and every prompt succeeds.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringList>

namespace SweepFixture {

inline QStringList models()
{
    return {QStringLiteral("EleutherAI/pythia-1.4b-deduped"),
            QStringLiteral("EleutherAI/pythia-2.8b-deduped"),
            QStringLiteral("EleutherAI/gpt-neo-1.3B"),
            QStringLiteral("meta-llama/Llama-3.2-1B-Instruct"),
            QStringLiteral("meta-llama/Llama-3.2-3B-Instruct"),
            QStringLiteral("meta-llama/Meta-Llama-3.1-8B-Instruct"),
            QStringLiteral("mistralai/Mistral-7B-Instruct-v0.3"),
            QStringLiteral("mistralai/Ministral-8B-Instruct-2410"),
            QStringLiteral("microsoft/Phi-3-mini-4k-instruct"),
            QStringLiteral("microsoft/Phi-3.5-mini-instruct"),
            QStringLiteral("Qwen/Qwen2.5-0.5B-Instruct"),
            QStringLiteral("Qwen/Qwen2.5-1.5B-Instruct"),
            QStringLiteral("Qwen/Qwen2.5-7B-Instruct"),
            QStringLiteral("google/gemma-2-2b-it"),
            QStringLiteral("google/gemma-2-9b-it"),
            QStringLiteral("google-t5/t5-base"),
            QStringLiteral("google/flan-t5-large"),
            QStringLiteral("facebook/opt-1.3b"),
            QStringLiteral("facebook/opt-6.7b"),
            QStringLiteral("facebook/bart-large-cnn"),
            QStringLiteral("tiiuae/falcon-rw-1b"),
            QStringLiteral("tiiuae/Falcon3-7B-Instruct"),
            QStringLiteral("openai-community/gpt2"),
            QStringLiteral("openai-community/gpt2-medium"),
            QStringLiteral("bigscience/bloom-1b7"),
            QStringLiteral("stabilityai/stablelm-2-1_6b-chat"),
            QStringLiteral("allenai/OLMo-2-1124-7B-Instruct"),
            QStringLiteral("HuggingFaceTB/SmolLM2-1.7B-Instruct"),
            QStringLiteral("deepseek-ai/deepseek-llm-7b-chat"),
            QStringLiteral("ibm-granite/granite-3.1-2b-instruct")};
}

inline QStringList methods()
{
    return {QStringLiteral("attention"),
            QStringLiteral("saliency"),
            QStringLiteral("input_x_gradient"),
            QStringLiteral("layer_gradient_x_activation"),
            QStringLiteral("integrated_gradients"),
            QStringLiteral("layer_integrated_gradients"),
            QStringLiteral("lime"),
            QStringLiteral("kernel_shap"),
            QStringLiteral("gradient_shap"),
            QStringLiteral("deeplift"),
            QStringLiteral("deeplift_shap"),
            QStringLiteral("occlusion"),
            QStringLiteral("feature_ablation"),
            QStringLiteral("feature_permutation"),
            QStringLiteral("guided_backprop"),
            QStringLiteral("deconvolution"),
            QStringLiteral("layer_conductance"),
            QStringLiteral("smoothgrad_integrated_gradients"),
            QStringLiteral("noise_tunnel_saliency"),
            QStringLiteral("shapley_value_sampling")};
}

/// Relative cost of each method, in the order of methods(): spans 10 000×,
/// like attention (ms) against LIME and Shapley sampling (minutes).
inline double methodCost(int method)
{
    static const double cost[] = {0.01, 0.05, 0.06, 0.07, 0.5, 0.6, 20, 25, 1.5, 0.2,
                                  0.8,  8,    9,    12,  0.1, 0.1, 2,  5,  0.9, 100};
    return cost[method];
}

inline QStringList hardware()
{
    return {QStringLiteral("NVIDIA A100-SXM4-80GB"), QStringLiteral("NVIDIA H200"), QStringLiteral("NVIDIA L4"),
            QStringLiteral("Tesla T4"), QStringLiteral("Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz")};
}

inline double hardwareFactor(int hardware)
{
    static const double factor[] = {0.5, 0.3, 0.8, 1.0, 12.0};
    return factor[hardware];
}

/// Prompt p's time of (model, method, hardware), as the header comment says.
inline double time(int model, int method, int hw, int prompt)
{
    return methodCost(method) * hardwareFactor(hw) * (1.0 + model / 10.0) * (1.0 + prompt / 10.0);
}

inline int tokens(int prompt)
{
    return 10 + 5 * prompt;
}

/// A group's mean tokens/s by hand: the mean over its prompts of tokens / time.
inline double meanTokensPerSecond(int model, int method, int hw, int prompts = 3)
{
    double sum = 0;
    for (int p = 0; p < prompts; ++p)
        sum += tokens(p) / time(model, method, hw, p);
    return sum / prompts;
}

/// The sweep as the TokenLense REST body (method_timing empty).
inline QByteArray json(int prompts = 3)
{
    const QStringList modelNames = models();
    const QStringList methodNames = methods();
    const QStringList hardwareNames = hardware();
    QByteArray out = "{\"method_timing\":[],\"prompt_timing\":[\n";
    bool first = true;
    for (int i = 0; i < modelNames.size(); ++i) {
        for (int j = 0; j < methodNames.size(); ++j) {
            for (int h = 0; h < hardwareNames.size(); ++h) {
                const bool cpu = h == hardwareNames.size() - 1;
                for (int p = 0; p < prompts; ++p) {
                    if (!first)
                        out += ",\n";
                    first = false;
                    out += "{\"model\":\"" + modelNames[i].toUtf8() + "\",\"method\":\"" + methodNames[j].toUtf8()
                        + "\",\"gpu_info\":\"" + hardwareNames[h].toUtf8() + "\",\"device\":\""
                        + (cpu ? "CPU" : "CUDA") + "\",\"prompt\":\"prompt " + QByteArray::number(p)
                        + "\",\"tokens\":" + QByteArray::number(tokens(p))
                        + ",\"time\":" + QByteArray::number(time(i, j, h, p), 'g', 17) + ",\"success\":true}";
                }
            }
        }
    }
    out += "\n]}\n";
    return out;
}

/// Writes json(prompts) to `path`; false on a write error.
inline bool write(const QString &path, int prompts = 3)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray body = json(prompts);
    return file.write(body) == body.size();
}

} // namespace SweepFixture
