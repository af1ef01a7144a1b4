#include "core/train/regression_metrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <limits>
#include <stdexcept>

namespace locuscope {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

double mean(const std::vector<double>& values) {
    double sum = 0;
    for (double value : values) {
        sum += value;
    }
    return values.empty() ? nan : sum / static_cast<double>(values.size());
}

void requireSameSize(const std::vector<double>& a, const std::vector<double>& b) {
    if (a.size() != b.size()) {
        throw std::invalid_argument("metric inputs differ in length");
    }
}

}  // namespace

LineFit polyfitLine(const std::vector<double>& truth, const std::vector<double>& estimate) {
    requireSameSize(truth, estimate);
    const double mx = mean(truth);
    const double my = mean(estimate);
    double sxy = 0, sxx = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        sxy += (truth[i] - mx) * (estimate[i] - my);
        sxx += (truth[i] - mx) * (truth[i] - mx);
    }
    LineFit fit;
    fit.slope = sxx > 0 ? sxy / sxx : nan;
    fit.intercept = sxx > 0 ? my - fit.slope * mx : nan;
    return fit;
}

double polyfitSlope(const std::vector<double>& truth, const std::vector<double>& estimate) {
    return polyfitLine(truth, estimate).slope;
}

double r2Score(const std::vector<double>& truth, const std::vector<double>& estimate) {
    requireSameSize(truth, estimate);
    const double mt = mean(truth);
    double residual = 0, total = 0;
    for (std::size_t i = 0; i < truth.size(); ++i) {
        residual += (truth[i] - estimate[i]) * (truth[i] - estimate[i]);
        total += (truth[i] - mt) * (truth[i] - mt);
    }
    if (total == 0) {
        return residual == 0 ? 1.0 : 0.0;  // sklearn's convention for constant truth
    }
    return 1.0 - residual / total;
}

double pearson(const std::vector<double>& a, const std::vector<double>& b) {
    requireSameSize(a, b);
    const double ma = mean(a);
    const double mb = mean(b);
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    return saa > 0 && sbb > 0 ? sab / std::sqrt(saa * sbb) : nan;
}

double spearman(const std::vector<double>& a, const std::vector<double>& b) {
    const auto averageRanks = [](const std::vector<double>& values) {
        std::vector<std::size_t> order(values.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return values[x] < values[y]; });
        std::vector<double> ranks(values.size());
        for (std::size_t i = 0; i < order.size();) {
            std::size_t j = i;
            while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]]) {
                ++j;
            }
            for (std::size_t k = i; k <= j; ++k) {
                ranks[order[k]] = (double(i) + double(j)) / 2.0 + 1.0;
            }
            i = j + 1;
        }
        return ranks;
    };
    return pearson(averageRanks(a), averageRanks(b));
}

QuadraticFit quadraticFit(const std::vector<double>& x, const std::vector<double>& y) {
    requireSameSize(x, y);
    // Normal equations in centred/scaled x for conditioning, then mapped back to raw coefficients.
    const double mx = mean(x);
    double scale = 0;
    for (double value : x) {
        scale = std::max(scale, std::abs(value - mx));
    }
    QuadraticFit fit;
    if (x.size() < 3 || scale == 0) {
        fit.c = fit.b = fit.a = fit.r2 = nan;
        return fit;
    }
    double m[3][4] = {};
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double u = (x[i] - mx) / scale;
        const double basis[3] = {1.0, u, u * u};
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                m[r][c] += basis[r] * basis[c];
            }
            m[r][3] += basis[r] * y[i];
        }
    }
    for (int pivot = 0; pivot < 3; ++pivot) {  // Gaussian elimination with partial pivoting
        int best = pivot;
        for (int r = pivot + 1; r < 3; ++r) {
            if (std::abs(m[r][pivot]) > std::abs(m[best][pivot])) {
                best = r;
            }
        }
        if (!(std::abs(m[best][pivot]) > 1e-12 * static_cast<double>(x.size()))) {
            fit.c = fit.b = fit.a = fit.r2 = nan;  // fewer than 3 distinct x: no unique parabola
            return fit;
        }
        for (int c = 0; c < 4; ++c) {
            std::swap(m[pivot][c], m[best][c]);
        }
        for (int r = 0; r < 3; ++r) {
            if (r != pivot) {
                const double factor = m[r][pivot] / m[pivot][pivot];
                for (int c = 0; c < 4; ++c) {
                    m[r][c] -= factor * m[pivot][c];
                }
            }
        }
    }
    const double p0 = m[0][3] / m[0][0];
    const double p1 = m[1][3] / m[1][1];
    const double p2 = m[2][3] / m[2][2];
    // y = p0 + p1 u + p2 u^2 with u = (x - mx)/scale.
    fit.a = p2 / (scale * scale);
    fit.b = p1 / scale - 2 * p2 * mx / (scale * scale);
    fit.c = p0 - p1 * mx / scale + p2 * mx * mx / (scale * scale);
    const double my = mean(y);
    double residual = 0, total = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double predicted = fit.at(x[i]);
        residual += (y[i] - predicted) * (y[i] - predicted);
        total += (y[i] - my) * (y[i] - my);
    }
    fit.r2 = total > 0 ? 1.0 - residual / total : nan;
    return fit;
}

double sampleVariance(const std::vector<double>& values) {
    if (values.size() < 2) {
        return nan;
    }
    const double m = mean(values);
    double sum = 0;
    for (double value : values) {
        sum += (value - m) * (value - m);
    }
    return sum / static_cast<double>(values.size() - 1);
}

}  // namespace locuscope
