#pragma once

#include <vector>

namespace locuscope {

// The metrics of the ELM pub, defined exactly as the numpy/sklearn calls it used (specs/elm.md §4.4).

// np.polyfit(truth, estimate, 1): least-squares line of estimate regressed on truth. NaN slope and
// intercept with fewer than 2 points or no spread in the truth.
struct LineFit {
    double slope = 0, intercept = 0;
};
LineFit polyfitLine(const std::vector<double>& truth, const std::vector<double>& estimate);
// Its slope, the number the pub prints.
double polyfitSlope(const std::vector<double>& truth, const std::vector<double>& estimate);
// sklearn.metrics.r2_score(truth, estimate): 1 - SS(truth - estimate) / SS(truth - mean truth).
// Penalises a slope away from 1, unlike squared Pearson.
double r2Score(const std::vector<double>& truth, const std::vector<double>& estimate);
double pearson(const std::vector<double>& a, const std::vector<double>& b);
// scipy.stats.spearmanr: Pearson of the ranks, ties sharing their average rank.
double spearman(const std::vector<double>& a, const std::vector<double>& b);

// numpy.polynomial.polynomial.polyfit(x, y, 2) -> y = c + b x + a x^2, with the fit's r^2.
// All NaN with fewer than 3 distinct x.
struct QuadraticFit {
    double c = 0, b = 0, a = 0;
    double r2 = 0;
    double at(double x) const { return c + (b + a * x) * x; }
};
QuadraticFit quadraticFit(const std::vector<double>& x, const std::vector<double>& y);

// pandas Series.var(): sample variance, ddof = 1.
double sampleVariance(const std::vector<double>& values);

}  // namespace locuscope
