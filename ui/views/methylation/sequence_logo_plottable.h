#pragma once

#include <qcustomplot.h>

#include <QColor>
#include <vector>

namespace locuscope {

// A sequence logo as a QCustomPlot plottable: one letter per genome position, its height the
// attribution (positive up, negative down and upside down). Letters are filled QPainterPath glyphs,
// so SVG and PDF exports stay vector and the letters scale with zoom.
class SequenceLogoPlottable : public QCPAbstractPlottable {
public:
    struct Letter {
        double key = 0;  // genome position
        char base = 'N';
        double value = 0;
    };

    SequenceLogoPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis);

    void setLetters(std::vector<Letter> letters);
    const std::vector<Letter>& letters() const { return letters_; }

    // Fixed base colours: A green, C blue, G orange, T red (grey for anything else).
    static QColor baseColour(char base);

    double selectTest(const QPointF& pos, bool onlySelectable, QVariant* details = nullptr) const override;
    QCPRange getKeyRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth) const override;
    QCPRange getValueRange(bool& foundRange, QCP::SignDomain inSignDomain = QCP::sdBoth,
                           const QCPRange& inKeyRange = QCPRange()) const override;

protected:
    void draw(QCPPainter* painter) override;
    void drawLegendIcon(QCPPainter* painter, const QRectF& rect) const override;

private:
    std::vector<Letter> letters_;
};

}  // namespace locuscope
