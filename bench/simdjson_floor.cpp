// SPDX-License-Identifier: GPL-3.0-or-later
// The floor: the least a program must do to answer the same question as
// `attriscope report`, written the plain way with simdjson On-Demand. It reads
// the file with one read, walks "prompt_timing", groups rows by (model, method,
// hardware) and prints per group count, success rate, mean, median, p95, std,
// min and max of the time and the mean tokens/s. No validation beyond what
// simdjson does, no warnings, no row store, no method-row hardware labels.
//
// Two floors (bench/run.sh reports both):
//   simdjson_floor --sums FILE  count, sum, min and max per group only: no time
//                               is kept, so this is the least any program can do
//   simdjson_floor FILE         also keeps every time, for the median and p95
// Both end with the checksum line of bench/peers/checksum.mjs.
//
// Built twice by bench/CMakeLists.txt: with the project's flags (simdjson's
// On-Demand then runs its `fallback` kernel on Debian's x86-64 baseline) and
// with -march=native (the best kernel for this CPU).

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ondemand = simdjson::ondemand;

namespace {
struct Group
{
    long long prompts = 0;
    long long successful = 0;
    std::vector<double> times;
    double sum = 0;
    double min = INFINITY;
    double max = -INFINITY;
    long long timed = 0;
    double rateSum = 0;
    long long rates = 0;
};

struct Hash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

std::string_view text(ondemand::value v)
{
    std::string_view s;
    if (v.get_string().get(s))
        return {};
    return s;
}

double number(ondemand::value v)
{
    double d;
    if (v.get_double().get(d))
        return NAN;
    return d;
}

double quantile(const std::vector<double> &sorted, double q)
{
    if (sorted.empty())
        return NAN;
    const double h = q * double(sorted.size() - 1);
    const std::size_t lo = std::size_t(h);
    const double hi = lo + 1 < sorted.size() ? sorted[lo + 1] : sorted[lo];
    return sorted[lo] + (h - double(lo)) * (hi - sorted[lo]);
}
} // namespace

int main(int argc, char **argv)
{
    const bool sumsOnly = argc == 3 && std::string_view(argv[1]) == "--sums";
    if (argc != 2 && !sumsOnly) {
        std::fprintf(stderr, "usage: simdjson_floor [--sums] FILE.json\n");
        return 1;
    }
    const char *path = argv[argc - 1];
    std::fprintf(stderr, "simdjson_floor: On-Demand kernel %s, stage 1 %s\n",
                 simdjson::builtin_implementation()->name().c_str(),
                 simdjson::get_active_implementation()->name().c_str());
    simdjson::padded_string json;
    if (simdjson::padded_string::load(path).get(json)) {
        std::fprintf(stderr, "simdjson_floor: cannot read %s\n", path);
        return 2;
    }
    ondemand::parser parser;
    ondemand::document doc;
    if (parser.iterate(json).get(doc)) {
        std::fprintf(stderr, "simdjson_floor: not JSON\n");
        return 2;
    }
    std::unordered_map<std::string, Group, Hash, std::equal_to<>> groups;
    std::string key;
    long long rows = 0;
    ondemand::object top;
    if (doc.get_object().get(top))
        return 2;
    for (auto member : top) {
        ondemand::field field;
        if (std::move(member).get(field))
            return 2;
        std::string_view name;
        if (field.unescaped_key().get(name))
            return 2;
        if (name != "prompt_timing")
            continue; // On-Demand skips the method rows without looking inside
        ondemand::array array;
        if (field.value().get_array().get(array))
            return 2;
        for (auto element : array) {
            ondemand::object row;
            if (element.get_object().get(row))
                return 2;
            std::string_view model, method, gpu, device;
            double time = NAN, tokens = NAN, rate = NAN;
            bool success = true;
            for (auto f : row) {
                ondemand::field rf;
                if (std::move(f).get(rf))
                    return 2;
                std::string_view k;
                if (rf.unescaped_key().get(k))
                    return 2;
                ondemand::value v = rf.value();
                if (k == "model")
                    model = text(v);
                else if ((k == "method" || k == "attribution_method") && method.empty())
                    method = text(v);
                else if (k == "gpu_info")
                    gpu = text(v);
                else if (k == "device")
                    device = text(v);
                else if ((k == "time" || k == "attribution_time") && std::isnan(time))
                    time = number(v);
                else if ((k == "tokens" || k == "token_count") && std::isnan(tokens))
                    tokens = number(v);
                else if (k == "tokens_per_second")
                    rate = number(v);
                else if (k == "success") {
                    bool b = true;
                    if (!v.get_bool().get(b))
                        success = b;
                }
            }
            key.assign(model).append("\x1f").append(method).append("\x1f").append(gpu.empty() ? device : gpu);
            auto it = groups.find(std::string_view(key));
            if (it == groups.end())
                it = groups.emplace(key, Group{}).first;
            Group &g = it->second;
            ++g.prompts;
            ++rows;
            if (!success)
                continue;
            ++g.successful;
            if (!std::isnan(time)) {
                g.sum += time;
                g.min = std::min(g.min, time);
                g.max = std::max(g.max, time);
                ++g.timed;
                if (!sumsOnly)
                    g.times.push_back(time);
            }
            if (std::isnan(rate) && time > 0)
                rate = tokens / time;
            if (!std::isnan(rate)) {
                g.rateSum += rate;
                ++g.rates;
            }
        }
    }
    // Sorted by name like the report, then the statistics.
    std::map<std::string_view, Group *> sorted;
    for (auto &[name, g] : groups)
        sorted.emplace(name, &g);
    std::printf("{\"rows\":%lld,\"groups\":[\n", rows);
    bool first = true;
    long long successful = 0;
    double sumTime = 0, sumMin = 0, sumMax = 0;
    for (auto &[name, gp] : sorted) {
        Group &g = *gp;
        successful += g.successful;
        if (g.timed > 0) {
            sumTime += g.sum;
            sumMin += g.min;
            sumMax += g.max;
        }
        if (sumsOnly) {
            std::printf("%s{\"key\":\"%.*s\",\"prompts\":%lld,\"successful\":%lld,\"sum\":%.17g,\"min\":%.17g,"
                        "\"max\":%.17g}",
                        first ? "" : ",\n", int(name.size()), name.data(), g.prompts, g.successful, g.sum,
                        g.timed ? g.min : NAN, g.timed ? g.max : NAN);
            first = false;
            continue;
        }
        std::sort(g.times.begin(), g.times.end());
        double sum = 0;
        for (double t : g.times)
            sum += t;
        const double n = double(g.times.size());
        const double mean = n > 0 ? sum / n : NAN;
        double ss = 0;
        for (double t : g.times)
            ss += (t - mean) * (t - mean);
        std::printf("%s{\"key\":\"%.*s\",\"prompts\":%lld,\"success_rate\":%.17g,\"mean\":%.17g,\"median\":%.17g,"
                    "\"p95\":%.17g,\"std\":%.17g,\"min\":%.17g,\"max\":%.17g,\"tps\":%.17g}",
                    first ? "" : ",\n", int(name.size()), name.data(), g.prompts,
                    100.0 * double(g.successful) / double(g.prompts), mean, quantile(g.times, 0.5),
                    quantile(g.times, 0.95), n > 1 ? std::sqrt(ss / (n - 1)) : NAN,
                    g.times.empty() ? NAN : g.times.front(), g.times.empty() ? NAN : g.times.back(),
                    g.rates ? g.rateSum / double(g.rates) : NAN);
        first = false;
    }
    std::printf("\n]}\n");
    std::printf("checksum groups=%zu rows=%lld successful=%lld sum_time=%.15g sum_min=%.15g sum_max=%.15g\n",
                sorted.size(), rows, successful, sumTime, sumMin, sumMax);
    return 0;
}
