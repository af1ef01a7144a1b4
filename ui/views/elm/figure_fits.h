#pragma once

#include <QVector>

namespace locuscope {

// The fits the ELM figures annotate, defined as the pub's numpy/sklearn calls (specs/elm.md §4.4),
// so the numbers on a figure match the report's summary.

// np.polyfit(truth, estimate, 1): least-squares line of the estimate on the truth.
struct LineFit {
    double slope = 0, intercept = 0;
    bool valid = false;  // false with fewer than 2 points or no spread in the truth
};
LineFit fitLine(const QVector<double>& truth, const QVector<double>& estimate);

// sklearn.metrics.r2_score(truth, estimate) = 1 - SS(truth - estimate) / SS(truth - mean truth):
// penalises a slope away from 1, unlike a squared Pearson r. NaN when the truth has no spread.
double r2Score(const QVector<double>& truth, const QVector<double>& estimate);

// numpy.polynomial.polynomial.polyfit(x, y, 2): y = c + b x + a x^2, with r^2 = 1 - SS_res / SS_tot.
struct ParabolaFit {
    double c = 0, b = 0, a = 0;
    double r2 = 0;
    bool valid = false;  // false with fewer than 3 distinct x
    double at(double x) const { return c + (b + a * x) * x; }
};
ParabolaFit fitParabola(const QVector<double>& x, const QVector<double>& y);

}  // namespace locuscope
