// SPDX-FileCopyrightText: 2026 The PartnerFit authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scoring/SensitivityAnalysis.h"

#include "core/scoring/AssessmentScorer.h"
#include "core/scoring/RandomGenerator.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <thread>
#include <vector>

namespace pf::core::scoring {

namespace {

constexpr int ChunkDraws = 256;

/// Runs @p work(chunk, generator) for every chunk of draws over several threads; each chunk has its own seed,
/// so the draws do not depend on the number of threads.
template <typename Work>
void forEachChunk(const MonteCarloOptions &options, int chunks, Work work)
{
    int threads = options.threads > 0 ? options.threads : int(std::max(1U, std::thread::hardware_concurrency()));
    threads = std::clamp(threads, 1, std::max(1, chunks));
    auto run = [&](int first) {
        for (int chunk = first; chunk < chunks; chunk += threads) {
            std::uint64_t state = options.seed ^ (0xd1b54a32d192ed03ULL * std::uint64_t(chunk + 1));
            RandomGenerator generator(RandomGenerator::splitMix64(state));
            work(first, chunk, generator);
        }
    };
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t) {
        pool.emplace_back(run, t);
    }
    run(0);
    for (std::thread &thread : pool) {
        thread.join();
    }
}

int threadCount(const MonteCarloOptions &options, int chunks)
{
    const int threads = options.threads > 0 ? options.threads : int(std::max(1U, std::thread::hardware_concurrency()));
    return std::clamp(threads, 1, std::max(1, chunks));
}

QList<double> alphas(const QList<double> &weights, double concentration)
{
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<double> result;
    for (double w : weights) {
        result.append(concentration * w / total);
    }
    return result;
}

} // namespace

QList<double> SensitivityAnalysis::weights(const AssessmentResult &result)
{
    QList<double> weights;
    for (const DimensionResult &d : result.dimensions) {
        weights.append(d.weight);
    }
    return weights;
}

QList<WeightSwing> SensitivityAnalysis::oneAtATime(const AssessmentResult &result)
{
    QList<WeightSwing> swings;
    const QList<double> base = weights(result);
    for (qsizetype d = 0; d < result.dimensions.size(); ++d) {
        if (!result.dimensions.at(d).score) {
            continue;
        }
        QList<double> lower = base;
        lower[d] *= 0.8;
        QList<double> upper = base;
        upper[d] *= 1.2;
        swings.append({result.dimensions.at(d).key, *AssessmentScorer::overallWithWeights(result, lower),
                       *AssessmentScorer::overallWithWeights(result, upper)});
    }
    return swings;
}

QList<BandProbability> SensitivityAnalysis::bandProbabilities(const AssessmentResult &result,
                                                              const Framework &framework,
                                                              const MonteCarloOptions &options)
{
    QList<BandProbability> out;
    for (const BandThreshold &band : framework.bands) {
        out.append({band.label, 0.0});
    }
    if (result.isKnockedOut()) {
        out.append({result.band, 1.0}); // weights cannot undo a knock-out
        return out;
    }
    if (!result.overall || options.draws <= 0) {
        return out;
    }
    const QList<double> a = alphas(weights(result), options.concentration);
    const int chunks = (options.draws + ChunkDraws - 1) / ChunkDraws;
    std::vector<std::vector<long long>> counts(std::size_t(threadCount(options, chunks)),
                                               std::vector<long long>(std::size_t(out.size()), 0));
    forEachChunk(options, chunks, [&](int thread, int chunk, RandomGenerator &generator) {
        QList<double> w;
        const int draws = std::min(ChunkDraws, options.draws - chunk * ChunkDraws);
        for (int i = 0; i < draws; ++i) {
            generator.dirichlet(a, w);
            const double overall = *AssessmentScorer::overallWithWeights(result, w);
            for (qsizetype b = 0; b < framework.bands.size(); ++b) {
                if (overall >= framework.bands.at(b).minimum - 1e-9 || b == framework.bands.size() - 1) {
                    ++counts[std::size_t(thread)][std::size_t(b)];
                    break;
                }
            }
        }
    });
    // Integer totals first, so the probabilities do not depend on how draws were split over threads.
    for (qsizetype b = 0; b < out.size(); ++b) {
        long long total = 0;
        for (const auto &threadCounts : counts) {
            total += threadCounts[std::size_t(b)];
        }
        out[b].probability = double(total) / options.draws;
    }
    return out;
}

QList<RankSpread> SensitivityAnalysis::portfolio(const QList<AssessmentResult> &results, int topK,
                                                 const MonteCarloOptions &options, const Framework *framework)
{
    const qsizetype n = results.size();
    QList<RankSpread> out(n);
    if (n == 0 || options.draws <= 0) {
        return out;
    }
    // Dense copies: scores (0 where not assessed) and weight masks per assessment and dimension.
    const qsizetype dims = results.constFirst().dimensions.size();
    std::vector<double> scores(std::size_t(n * dims), 0.0);
    std::vector<double> mask(std::size_t(n * dims), 0.0);
    std::vector<int> ranked; // indices of assessments that have an overall
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype d = 0; d < dims && d < results.at(i).dimensions.size(); ++d) {
            if (const auto &s = results.at(i).dimensions.at(d).score) {
                scores[std::size_t(i * dims + d)] = *s;
                mask[std::size_t(i * dims + d)] = 1.0;
            }
        }
        if (results.at(i).overall) {
            ranked.push_back(int(i));
        }
    }
    const qsizetype m = qsizetype(ranked.size());
    // With the framework: each result's band index (-1: knocked out or no band), and the bands' minima.
    std::vector<int> bandOf(std::size_t(n), -1);
    std::vector<double> minima;
    if (framework) {
        for (const BandThreshold &band : framework->bands) {
            minima.push_back(band.minimum);
        }
        for (int i : ranked) {
            const AssessmentResult &result = results.at(i);
            for (qsizetype b = 0; b < framework->bands.size() && !result.isKnockedOut(); ++b) {
                if (framework->bands.at(b).label == result.band) {
                    bandOf[std::size_t(i)] = int(b);
                }
            }
        }
    }
    const auto bandIndex = [&minima](double overall) {
        for (std::size_t b = 0; b < minima.size(); ++b) {
            if (overall >= minima[b] - 1e-9 || b + 1 == minima.size()) {
                return int(b);
            }
        }
        return -1;
    };
    const QList<double> a = alphas(weights(results.constFirst()), options.concentration);
    const int chunks = (options.draws + ChunkDraws - 1) / ChunkDraws;
    const int threads = threadCount(options, chunks);
    // rankCounts[thread][assessment * m + rank - 1]
    std::vector<std::vector<int>> rankCounts(std::size_t(threads),
                                             std::vector<int>(std::size_t(n * std::max<qsizetype>(m, 1)), 0));
    // keptCounts[thread][assessment]: draws in which the assessment stays in its band.
    std::vector<std::vector<int>> keptCounts(std::size_t(threads), std::vector<int>(std::size_t(n), 0));
    forEachChunk(options, chunks, [&](int thread, int chunk, RandomGenerator &generator) {
        QList<double> w;
        std::vector<double> overall(std::size_t(n), 0.0);
        std::vector<int> order = ranked;
        std::vector<int> &counts = rankCounts[std::size_t(thread)];
        std::vector<int> &kept = keptCounts[std::size_t(thread)];
        const int draws = std::min(ChunkDraws, options.draws - chunk * ChunkDraws);
        for (int k = 0; k < draws; ++k) {
            generator.dirichlet(a, w);
            for (int i : ranked) {
                double weighted = 0.0;
                double total = 0.0;
                const double *s = &scores[std::size_t(i * dims)];
                const double *on = &mask[std::size_t(i * dims)];
                for (qsizetype d = 0; d < dims; ++d) {
                    weighted += w.at(d) * s[d];
                    total += w.at(d) * on[d];
                }
                overall[std::size_t(i)] = weighted / total;
                if (bandOf[std::size_t(i)] >= 0 && bandIndex(weighted / total) == bandOf[std::size_t(i)]) {
                    ++kept[std::size_t(i)];
                }
            }
            order = ranked;
            // Highest overall first; ties keep the input order.
            std::stable_sort(order.begin(), order.end(),
                             [&overall](int x, int y) { return overall[std::size_t(x)] > overall[std::size_t(y)]; });
            for (qsizetype r = 0; r < m; ++r) {
                ++counts[std::size_t(order[std::size_t(r)] * m + r)];
            }
        }
    });
    for (int i : ranked) {
        std::vector<long long> histogram(std::size_t(m), 0);
        for (const auto &counts : rankCounts) {
            for (qsizetype r = 0; r < m; ++r) {
                histogram[std::size_t(r)] += counts[std::size_t(i * m + r)];
            }
        }
        RankSpread &spread = out[i];
        if (framework) {
            long long keptTotal = 0;
            for (const auto &threadKept : keptCounts) {
                keptTotal += threadKept[std::size_t(i)];
            }
            spread.bandKeptProbability = results.at(i).isKnockedOut() ? 1.0 : double(keptTotal) / options.draws;
        }
        long long cumulative = 0;
        for (qsizetype r = 0; r < m; ++r) {
            cumulative += histogram[std::size_t(r)];
            if (spread.p5 == 0 && cumulative >= std::ceil(0.05 * options.draws)) {
                spread.p5 = int(r + 1);
            }
            if (spread.median == 0 && cumulative >= std::ceil(0.5 * options.draws)) {
                spread.median = int(r + 1);
            }
            if (spread.p95 == 0 && cumulative >= std::ceil(0.95 * options.draws)) {
                spread.p95 = int(r + 1);
            }
            if (r < topK) {
                spread.topKProbability += double(histogram[std::size_t(r)]) / options.draws;
            }
        }
    }
    return out;
}

std::optional<BandFlip> SensitivityAnalysis::smallestBandFlip(const AssessmentResult &result,
                                                              const Framework &framework)
{
    if (!result.overall || result.isKnockedOut()) {
        return std::nullopt;
    }
    std::optional<BandFlip> best;
    for (qsizetype d = 0; d < result.dimensions.size(); ++d) {
        const DimensionResult &dimension = result.dimensions.at(d);
        if (!dimension.score || dimension.weight <= 0.0) {
            continue;
        }
        // overall(x) = (A + x s) / (B + x) with A, B over the other assessed dimensions.
        double a = 0.0;
        double b = 0.0;
        for (qsizetype o = 0; o < result.dimensions.size(); ++o) {
            if (o != d && result.dimensions.at(o).score) {
                a += result.dimensions.at(o).weight * *result.dimensions.at(o).score;
                b += result.dimensions.at(o).weight;
            }
        }
        const double s = *dimension.score;
        if (b <= 0.0) {
            continue; // the only assessed dimension: its weight cannot move the overall
        }
        for (qsizetype t = 0; t + 1 < framework.bands.size(); ++t) {
            const double threshold = framework.bands.at(t).minimum;
            if (std::abs(s - threshold) < 1e-12) {
                continue;
            }
            // The overall runs monotonically from a/b (weight 0) to s (weight -> infinity): a positive solution
            // exists exactly when the threshold lies between them, and passing it changes the band.
            const double x = (threshold * b - a) / (s - threshold);
            if (x <= 0.0) {
                continue;
            }
            const double change = (x - dimension.weight) / dimension.weight;
            if (!best || std::abs(change) < std::abs(best->relativeChange)) {
                const bool up = x > dimension.weight ? s > threshold : a / b > threshold;
                best = BandFlip{dimension.key, dimension.weight, x, change,
                                up ? framework.bands.at(t).label : framework.bandFor(threshold - 1e-6)};
            }
        }
    }
    return best;
}

} // namespace pf::core::scoring
