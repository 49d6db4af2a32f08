// SPDX-License-Identifier: GPL-3.0-or-later
// attriscope-gen: a fast, deterministic generator of SYNTHETIC TokenLense timing
// files for benchmarks (tools/gen_timing.py is the readable reference; this one
// writes 3 million rows in seconds). Same schema and quirks: both alias names
// with one of them null, a nested "model_config" object in every record,
// method rows with null min/max/tokens_per_second. A prompt's text is a
// function of its id, as in real benchmarks where every (model, method,
// hardware) runs the same prompt set.
//
//   attriscope-gen --rows 1000000 --models 12 --methods 12 --hardware 4 --seed 1 --format json --out big.json
//
// No Qt: only the standard library, so it builds anywhere and fast.

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Rng
{
    std::uint64_t state;
    std::uint64_t next()
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    int range(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); }
    double gauss()
    {
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
};

const char *const kModels[] = {"BART", "GPT-2", "Llama-3-2-1B", "Mistral-7B", "Phi-3-mini", "Qwen2-1.5B",
                               "T5-base", "OPT-1.3B", "Gemma-2B", "Falcon-1B"};
const char *const kMethods[] = {"attention", "saliency", "input_x_gradient", "layer_gradient_x_activation",
                                "integrated_gradients", "lime", "shap", "deeplift", "occlusion", "gradient_shap",
                                "smoothgrad", "feature_ablation"};
const double kMethodCost[] = {0.25, 1.0, 1.1, 1.05, 1.9, 9.0, 12.0, 1.4, 6.0, 3.0, 4.0, 5.0};
struct Hw
{
    const char *gpu;
    const char *device;
    double speed;
};
const Hw kHardware[] = {{"Tesla T4", "CUDA", 1.0}, {"NVIDIA H200", "CUDA", 0.3}, {"NVIDIA A100-SXM4-40GB", "CUDA", 0.45},
                        {"", "CPU", 6.0},          {"NVIDIA L4", "CUDA", 0.7},   {"Apple M2", "MPS", 2.5}};
const char *const kWords[] = {"answer", "this",    "yes",     "no",    "question", "do",     "the",    "same",
                              "is",     "a",       "of",      "in",    "river",    "language", "law",  "sugar",
                              "windows", "movie",  "protect", "help",  "accident", "city",   "country", "water",
                              "speak",  "part",    "whether", "court", "season",   "episode", "series", "north"};
const char *const kCpuModel = "Intel(R) Xeon(R) Platinum 8259CL CPU @ 2.50GHz";

struct Options
{
    long long rows = 0;
    int prompts = 20; // per group, when --rows is not given
    int models = 12, methods = 12, hardware = 4;
    std::uint64_t seed = 1;
    double failureRate = 0.02;
    int minWords = 25, maxWords = 51; // ~600 bytes a row with the fixed fields
    bool jsonl = false;
    const char *out = "-";
};

std::string nameOf(const char *const *pool, int poolSize, int i, const char *prefix)
{
    if (i < poolSize)
        return pool[i];
    return std::string(prefix) + "-" + std::to_string(i + 1);
}

/// Output with a large buffer: fwrite per row would dominate.
struct Out
{
    std::FILE *file;
    std::string buffer;
    void flushIfBig()
    {
        if (buffer.size() >= (std::size_t(8) << 20))
            flush();
    }
    void flush()
    {
        if (!buffer.empty() && std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) {
            std::perror("attriscope-gen: write");
            std::exit(2);
        }
        buffer.clear();
    }
    Out &operator<<(std::string_view s)
    {
        buffer.append(s);
        return *this;
    }
    Out &num(double v)
    {
        char tmp[40];
        // Shortest round-trip form, as Python's repr: "0.0" for zero, like json.dumps.
        auto [p, ec] = std::to_chars(tmp, tmp + sizeof tmp, v);
        std::string_view s(tmp, std::size_t(p - tmp));
        buffer.append(s);
        if (s.find_first_of(".en") == std::string_view::npos)
            buffer.append(".0");
        return *this;
    }
    Out &integer(long long v)
    {
        char tmp[24];
        auto [p, ec] = std::to_chars(tmp, tmp + sizeof tmp, v);
        buffer.append(tmp, std::size_t(p - tmp));
        return *this;
    }
    Out &str(std::string_view s)
    {
        buffer.push_back('"');
        buffer.append(s); // generated names need no escaping
        buffer.push_back('"');
        return *this;
    }
};

/// The text of prompt number `id` (1-based): the same for every group.
std::string promptText(const Options &o, int id)
{
    Rng rng{o.seed * 0x100000001B3ULL + std::uint64_t(id) * 0x9E3779B97F4A7C15ULL};
    const int words = rng.range(o.minWords, o.maxWords);
    std::string text;
    for (int w = 0; w < words; ++w) {
        if (w)
            text.push_back(' ');
        text += kWords[rng.next() % (sizeof kWords / sizeof *kWords)];
    }
    text.push_back('?');
    return text;
}

int usage()
{
    std::fputs("usage: attriscope-gen [--rows N | --prompts N] [--models M] [--methods K] [--hardware H]\n"
               "                      [--seed S] [--failure-rate F] [--words MIN,MAX] [--format json|jsonl] [--out FILE]\n",
               stderr);
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : nullptr;
        auto need = [&]() -> const char * {
            if (!v)
                std::exit(usage());
            ++i;
            return v;
        };
        if (a == "--rows")
            o.rows = std::atoll(need());
        else if (a == "--prompts")
            o.prompts = std::atoi(need());
        else if (a == "--models")
            o.models = std::atoi(need());
        else if (a == "--methods")
            o.methods = std::atoi(need());
        else if (a == "--hardware")
            o.hardware = std::atoi(need());
        else if (a == "--seed")
            o.seed = std::strtoull(need(), nullptr, 10);
        else if (a == "--failure-rate")
            o.failureRate = std::atof(need());
        else if (a == "--words") {
            const char *w = need();
            if (std::sscanf(w, "%d,%d", &o.minWords, &o.maxWords) != 2 || o.minWords < 1 || o.maxWords < o.minWords)
                return usage();
        } else if (a == "--format") {
            const std::string_view f = need();
            if (f != "json" && f != "jsonl")
                return usage();
            o.jsonl = f == "jsonl";
        } else if (a == "--out")
            o.out = need();
        else
            return usage();
    }
    if (o.models < 1 || o.methods < 1 || o.hardware < 1 || o.prompts < 1 || o.rows < 0)
        return usage();

    Out out{std::strcmp(o.out, "-") == 0 ? stdout : std::fopen(o.out, "wb"), {}};
    if (!out.file) {
        std::perror(o.out);
        return 2;
    }
    out.buffer.reserve(std::size_t(9) << 20);

    const long long groups = (long long)o.models * o.methods * o.hardware;
    long long perGroup = o.prompts;
    if (o.rows)
        perGroup = (o.rows + groups - 1) / groups;
    std::vector<std::string> prompts;
    prompts.reserve(std::size_t(perGroup));
    for (long long p = 0; p < perGroup; ++p)
        prompts.push_back(promptText(o, int(p + 1)));

    Rng rng{o.seed};
    std::string methodRows;
    long long total = 0;
    bool first = true;
    if (!o.jsonl)
        out << "{\"prompt_timing\":[";
    for (int m = 0; m < o.models; ++m) {
        const std::string model = nameOf(kModels, 10, m, "model");
        for (int x = 0; x < o.methods; ++x) {
            const std::string method = nameOf(kMethods, 12, x, "method");
            const double cost = x < 12 ? kMethodCost[x] : 2.0;
            for (int h = 0; h < o.hardware; ++h) {
                const Hw hw = h < 6 ? kHardware[h] : Hw{nullptr, "CUDA", 1.0};
                const std::string gpu = hw.gpu ? hw.gpu : "GPU-" + std::to_string(h + 1);
                const double base = cost * hw.speed * (0.6 + 0.4 * (m + 1));
                // Rows spread evenly: every group gets some once rows >= groups.
                const long long group = (long long)(m * o.methods + x) * o.hardware + h;
                long long n = perGroup;
                if (o.rows)
                    n = o.rows / groups + (group < o.rows % groups ? 1 : 0);
                if (n <= 0)
                    continue;
                long long ok = 0;
                double sum = 0;
                for (long long p = 0; p < n; ++p) {
                    const int tokens = rng.range(12, 40);
                    const bool success = rng.uniform() >= o.failureRate;
                    const double t = success ? base * (tokens / 20.0) * std::exp(0.25 * rng.gauss()) : 0.0;
                    if (success) {
                        ++ok;
                        sum += t;
                    }
                    if (!o.jsonl && !first)
                        out << ",";
                    first = false;
                    out << "{\"model\":";
                    out.str(model) << ",\"method\":";
                    out.str(method) << ",\"attribution_method\":null,\"prompt\":";
                    out.str(prompts[std::size_t(p)]) << ",\"prompt_text\":null,\"prompt_id\":\"prompt_";
                    out.integer(p + 1) << "\",\"tokens\":";
                    out.integer(tokens) << ",\"token_count\":null,\"output_token_count\":0,\"time\":";
                    out.num(t) << ",\"attribution_time\":null,\"tokens_per_second\":";
                    out.num(success ? tokens / t : 0.0) << ",\"success\":" << (success ? "true" : "false")
                                                        << ",\"device\":";
                    out.str(hw.device) << ",\"gpu_info\":";
                    out.str(gpu) << ",\"model_config\":{\"populate_by_name\":true}}";
                    if (o.jsonl)
                        out << "\n";
                    out.flushIfBig();
                    ++total;
                }
                // The method row of this group.
                Out row{nullptr, {}};
                row << "{";
                if (o.jsonl)
                    row << "\"kind\":\"method\",";
                row << "\"model\":";
                row.str(model) << ",\"method\":null,\"attribution_method\":";
                row.str(method) << ",\"successful_prompts\":";
                row.integer(ok) << ",\"total_prompts\":";
                row.integer(n) << ",\"success_rate\":";
                row.num(100.0 * double(ok) / double(n)) << ",\"model_loading_time\":";
                row.num(std::round((1.5 + 5.5 * rng.uniform()) * 1e6) / 1e6) << ",\"attribution_time\":";
                row.num(sum) << ",\"average_time\":null,\"average_prompt_time\":";
                row.num(ok ? sum / double(ok) : 0.0) << ",\"total_time\":";
                row.num(sum + 2.0) << ",\"min_time\":null,\"max_time\":null,\"tokens_per_second\":null,"
                                      "\"platform\":\"Linux\",\"cpu_model\":";
                row.str(kCpuModel) << ",\"cpu_cores\":4,\"memory_gb\":15.41,\"gpu_info\":";
                row.str(gpu) << ",\"cuda_available\":null,\"mps_available\":null,\"torch_cuda_available\":"
                             << (std::string_view(hw.device) == "CUDA" ? "true" : "false")
                             << ",\"torch_mps_available\":" << (std::string_view(hw.device) == "MPS" ? "true" : "false")
                             << ",\"torch_version\":\"2.6.0+cu124\",\"model_config\":{\"populate_by_name\":true}}";
                if (!methodRows.empty() && !o.jsonl)
                    methodRows += ",";
                methodRows += row.buffer;
                if (o.jsonl)
                    methodRows += "\n";
            }
        }
    }
    if (o.jsonl)
        out << methodRows;
    else
        out << "],\"method_timing\":[" << methodRows << "]}\n";
    out.flush();
    if (out.file != stdout && std::fclose(out.file) != 0) {
        std::perror(o.out);
        return 2;
    }
    std::fprintf(stderr, "attriscope-gen: %lld prompt rows, %lld groups\n", total, groups);
    return 0;
}
