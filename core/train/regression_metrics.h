#pragma once

#include <vector>

namespace locuscope {

// The metrics of the ELM pub, defined exactly as the numpy/sklearn calls it used (specs/elm.md §4.4).

// np.polyfit(truth, estimate, 1)[0]: least-squares slope of estimate regressed on truth.
double polyfitSlope(const std::vector<double>& truth, const std::vector<double>& estimate);
// sklearn.metrics.r2_score(truth, estimate): 1 - SS(truth - estimate) / SS(truth - mean truth).
// Penalises a slope away from 1, unlike squared Pearson.
double r2Score(const std::vector<double>& truth, const std::vector<double>& estimate);
double pearson(const std::vector<double>& a, const std::vector<double>& b);

// numpy.polynomial.polynomial.polyfit(x, y, 2) -> y = c + b x + a x^2, with the fit's r^2.
struct QuadraticFit {
    double c = 0, b = 0, a = 0;
    double r2 = 0;
};
QuadraticFit quadraticFit(const std::vector<double>& x, const std::vector<double>& y);

// pandas Series.var(): sample variance, ddof = 1.
double sampleVariance(const std::vector<double>& values);

}  // namespace locuscope
