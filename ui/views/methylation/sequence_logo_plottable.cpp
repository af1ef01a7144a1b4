#include "ui/views/methylation/sequence_logo_plottable.h"

#include <QFont>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace locuscope {
namespace {

// The outline of one upper-case letter, built once (the font outline is what SVG/PDF receive).
const QPainterPath& glyph(char base) {
    static const auto make = [](char letter) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(100);
        font.setBold(true);
        QPainterPath path;
        path.addText(0, 0, font, QString(QChar::fromLatin1(letter)));
        return path;
    };
    static const QPainterPath a = make('A'), c = make('C'), g = make('G'), t = make('T'), n = make('N');
    switch (base) {
        case 'A':
            return a;
        case 'C':
            return c;
        case 'G':
            return g;
        case 'T':
            return t;
        default:
            return n;
    }
}

}  // namespace

SequenceLogoPlottable::SequenceLogoPlottable(QCPAxis* keyAxis, QCPAxis* valueAxis)
    : QCPAbstractPlottable(keyAxis, valueAxis) {
    setSelectable(QCP::stNone);
    setAntialiasedFill(true);
}

void SequenceLogoPlottable::setLetters(std::vector<Letter> letters) {
    letters_ = std::move(letters);
}

QColor SequenceLogoPlottable::baseColour(char base) {
    switch (base) {
        case 'A':
            return QColor(0x10, 0x96, 0x48);  // green
        case 'C':
            return QColor(0x25, 0x5c, 0x99);  // blue
        case 'G':
            return QColor(0xf7, 0xb3, 0x2b);  // orange
        case 'T':
            return QColor(0xd6, 0x28, 0x39);  // red
        default:
            return QColor(0x90, 0x90, 0x90);
    }
}

double SequenceLogoPlottable::selectTest(const QPointF&, bool, QVariant*) const {
    return -1;  // hover and clicks are handled by the panel, by position
}

QCPRange SequenceLogoPlottable::getKeyRange(bool& foundRange, QCP::SignDomain) const {
    foundRange = !letters_.empty();
    if (!foundRange) {
        return QCPRange();
    }
    const auto [lo, hi] = std::minmax_element(letters_.begin(), letters_.end(),
                                              [](const Letter& a, const Letter& b) { return a.key < b.key; });
    return QCPRange(lo->key - 0.5, hi->key + 0.5);
}

QCPRange SequenceLogoPlottable::getValueRange(bool& foundRange, QCP::SignDomain, const QCPRange&) const {
    foundRange = !letters_.empty();
    double lo = 0, hi = 0;
    for (const Letter& letter : letters_) {
        lo = std::min(lo, letter.value);
        hi = std::max(hi, letter.value);
    }
    return QCPRange(lo, hi);
}

void SequenceLogoPlottable::draw(QCPPainter* painter) {
    QCPAxis* keyAxis = mKeyAxis.data();
    QCPAxis* valueAxis = mValueAxis.data();
    if (!keyAxis || !valueAxis) {
        return;
    }
    const QCPRange visible = keyAxis->range();
    const double zero = valueAxis->coordToPixel(0);
    painter->setPen(Qt::NoPen);
    for (const Letter& letter : letters_) {
        if (letter.key < visible.lower - 1 || letter.key > visible.upper + 1 || letter.value == 0 ||
            !std::isfinite(letter.value)) {
            continue;
        }
        const double x0 = keyAxis->coordToPixel(letter.key - 0.45);
        const double x1 = keyAxis->coordToPixel(letter.key + 0.45);
        const double y = valueAxis->coordToPixel(letter.value);
        const QRectF target(QPointF(std::min(x0, x1), std::min(zero, y)),
                            QPointF(std::max(x0, x1), std::max(zero, y)));
        if (target.width() <= 0 || target.height() <= 0) {
            continue;
        }
        const QColor colour = baseColour(letter.base);
        if (target.width() < 3) {
            painter->fillRect(target, colour);  // too narrow to read: a coloured bar
            continue;
        }
        const QPainterPath& path = glyph(letter.base);
        const QRectF box = path.boundingRect();
        QTransform transform;
        if (letter.value >= 0) {
            transform.translate(target.left(), target.top());
            transform.scale(target.width() / box.width(), target.height() / box.height());
        } else {  // below zero and upside down
            transform.translate(target.left(), target.bottom());
            transform.scale(target.width() / box.width(), -target.height() / box.height());
        }
        transform.translate(-box.left(), -box.top());
        painter->fillPath(transform.map(path), colour);
    }
}

void SequenceLogoPlottable::drawLegendIcon(QCPPainter* painter, const QRectF& rect) const {
    painter->fillRect(rect, baseColour('A'));
}

}  // namespace locuscope
