#include "ui/views/elm/figure_fits.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace locuscope {
namespace {

double mean(const QVector<double>& values) {
    double sum = 0;
    for (double v : values) {
        sum += v;
    }
    return values.isEmpty() ? 0.0 : sum / values.size();
}

}  // namespace

LineFit fitLine(const QVector<double>& truth, const QVector<double>& estimate) {
    LineFit fit;
    const qsizetype n = std::min(truth.size(), estimate.size());
    if (n < 2) {
        return fit;
    }
    const double mx = mean(truth.mid(0, n)), my = mean(estimate.mid(0, n));
    double sxx = 0, sxy = 0;
    for (qsizetype i = 0; i < n; ++i) {
        sxx += (truth[i] - mx) * (truth[i] - mx);
        sxy += (truth[i] - mx) * (estimate[i] - my);
    }
    if (!(sxx > 0)) {
        return fit;
    }
    fit.slope = sxy / sxx;
    fit.intercept = my - fit.slope * mx;
    fit.valid = true;
    return fit;
}

double r2Score(const QVector<double>& truth, const QVector<double>& estimate) {
    const qsizetype n = std::min(truth.size(), estimate.size());
    const double mt = mean(truth.mid(0, n));
    double residual = 0, total = 0;
    for (qsizetype i = 0; i < n; ++i) {
        residual += (truth[i] - estimate[i]) * (truth[i] - estimate[i]);
        total += (truth[i] - mt) * (truth[i] - mt);
    }
    return total > 0 ? 1.0 - residual / total : std::numeric_limits<double>::quiet_NaN();
}

ParabolaFit fitParabola(const QVector<double>& x, const QVector<double>& y) {
    ParabolaFit fit;
    const qsizetype n = std::min(x.size(), y.size());
    if (n < 3) {
        return fit;
    }
    // Normal equations in x centred and scaled to unit spread (well conditioned), solved by
    // Gaussian elimination with partial pivoting, then mapped back to the raw x.
    const double mx = mean(x.mid(0, n));
    double spread = 0;
    for (qsizetype i = 0; i < n; ++i) {
        spread = std::max(spread, std::abs(x[i] - mx));
    }
    if (!(spread > 0)) {
        return fit;
    }
    double m[3][4] = {};
    for (qsizetype i = 0; i < n; ++i) {
        const double u = (x[i] - mx) / spread;
        const double powers[3] = {1.0, u, u * u};
        for (int r = 0; r < 3; ++r) {
            for (int c = 0; c < 3; ++c) {
                m[r][c] += powers[r] * powers[c];
            }
            m[r][3] += powers[r] * y[i];
        }
    }
    for (int col = 0; col < 3; ++col) {
        int pivot = col;
        for (int r = col + 1; r < 3; ++r) {
            if (std::abs(m[r][col]) > std::abs(m[pivot][col])) {
                pivot = r;
            }
        }
        if (!(std::abs(m[pivot][col]) > 1e-12 * n)) {
            return fit;  // fewer than 3 distinct x
        }
        std::swap(m[col], m[pivot]);
        for (int r = 0; r < 3; ++r) {
            if (r != col) {
                const double factor = m[r][col] / m[col][col];
                for (int c = col; c < 4; ++c) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
    }
    const double p0 = m[0][3] / m[0][0], p1 = m[1][3] / m[1][1], p2 = m[2][3] / m[2][2];
    // y = p0 + p1 u + p2 u^2 with u = (x - mx) / s.
    const double s = spread;
    fit.a = p2 / (s * s);
    fit.b = p1 / s - 2.0 * p2 * mx / (s * s);
    fit.c = p0 - p1 * mx / s + p2 * mx * mx / (s * s);
    const double my = mean(y.mid(0, n));
    double residual = 0, total = 0;
    for (qsizetype i = 0; i < n; ++i) {
        residual += (y[i] - fit.at(x[i])) * (y[i] - fit.at(x[i]));
        total += (y[i] - my) * (y[i] - my);
    }
    fit.r2 = total > 0 ? 1.0 - residual / total : std::numeric_limits<double>::quiet_NaN();
    fit.valid = true;
    return fit;
}

}  // namespace locuscope
