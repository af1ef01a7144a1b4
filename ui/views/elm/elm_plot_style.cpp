#include "ui/views/elm/elm_plot_style.h"

#include <QPainter>
#include <QPixmap>
#include <cmath>

namespace locuscope::elm_style {

QColor palette(int index) {
    static const QColor colours[] = {
        QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xe6, 0x9f, 0x00), QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9),
        QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x00, 0x00),
    };
    constexpr int size = static_cast<int>(sizeof(colours) / sizeof(colours[0]));
    return colours[((index % size) + size) % size];
}

QPixmap discPixmap(const QColor& colour, int diameter) {
    QPixmap pixmap(diameter, diameter);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(colour.darker(140), 0.8));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, diameter - 1.0, diameter - 1.0));
    return pixmap;
}

QCPScatterStyle points(const QColor& colour, double diameter, int count) {
    if (count > vectorMarkerLimit) {
        return QCPScatterStyle(discPixmap(colour, static_cast<int>(std::lround(diameter))));
    }
    QColor fill = colour;
    fill.setAlphaF(0.75);
    return QCPScatterStyle(QCPScatterStyle::ssDisc, QPen(colour.darker(130), 0.6), QBrush(fill), diameter);
}

QCPScatterStyle ring(double diameter) {
    return QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(highlight(), 2.2), Qt::NoBrush, diameter);
}

QCPItemText* addNote(QCustomPlot* plot, QCPAxisRect* rect, const QString& text, double x, double y,
                     Qt::Alignment alignment) {
    auto* note = new QCPItemText(plot);
    note->setClipToAxisRect(false);
    note->position->setType(QCPItemPosition::ptAxisRectRatio);
    note->position->setAxisRect(rect);
    note->position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    note->position->setCoords(x, y);
    note->setPositionAlignment(alignment);
    note->setTextAlignment(Qt::AlignLeft);
    note->setText(text);
    note->setPadding(QMargins(5, 3, 5, 3));
    note->setBrush(QBrush(QColor(255, 255, 255, 225)));
    note->setPen(QPen(QColor(0xb0, 0xb0, 0xb0)));
    note->setLayer(QStringLiteral("legend"));
    return note;
}

QCPItemStraightLine* addReferenceLine(QCustomPlot* plot, QCPAxisRect* rect, QPointF a, QPointF b,
                                      const QColor& colour) {
    auto* line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition* position : {line->point1, line->point2}) {
        position->setAxes(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
        position->setAxisRect(rect);
    }
    line->point1->setCoords(a);
    line->point2->setCoords(b);
    line->setPen(QPen(colour, 1.2, Qt::DashLine));
    line->setSelectable(false);
    return line;
}

QCPGraph* addLegendEntry(QCustomPlot* plot, const QString& name, const QPen& pen,
                         const QCPScatterStyle& marker) {
    QCPGraph* entry = plot->addGraph();
    entry->setName(name);
    entry->setPen(pen);
    entry->setScatterStyle(marker);
    if (!marker.isNone()) {
        entry->setLineStyle(QCPGraph::lsNone);
    }
    entry->setSelectable(QCP::stNone);
    return entry;
}

QString number(double value, int precision) {
    if (!std::isfinite(value)) {
        return QStringLiteral("–");
    }
    const double magnitude = std::abs(value);
    if (magnitude != 0 && (magnitude < 1e-3 || magnitude >= 1e5)) {
        return QString::number(value, 'e', 1);
    }
    return QString::number(value, 'f', precision);
}

}  // namespace locuscope::elm_style
