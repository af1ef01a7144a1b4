#pragma once

#include <qcustomplot.h>

#include <QColor>
#include <QString>

namespace locuscope {

// The look shared by the ELM figures: one colour-blind-safe palette (Okabe & Ito), markers that stay
// fast for big scatters, and the text items the figures annotate with.
namespace elm_style {

// Okabe-Ito: blue, vermillion, bluish green, orange, reddish purple, sky blue, yellow, black.
QColor palette(int index);
inline QColor highlight() {
    return QColor(0xd5, 0x00, 0x32);
}  // the selected locus or pair
inline QColor reference() {
    return QColor(0x80, 0x80, 0x80);
}  // 1:1 lines, zero lines

// Markers for `count` points: vector discs while that stays cheap (crisp SVG/PDF), a pre-rendered
// antialiased disc pixmap for big scatters (gui-anchors.md §5.2: ~15 ms for 128k points vs ~190 ms).
constexpr int vectorMarkerLimit = 5000;
QCPScatterStyle points(const QColor& colour, double diameter, int count);
// An antialiased filled disc with a thin darker rim, `diameter` device pixels wide.
QPixmap discPixmap(const QColor& colour, int diameter);
// An open ring drawn around the selected item.
QCPScatterStyle ring(double diameter);

// A boxed note anchored in the axis rect (ratio coordinates, 0..1 from the top left).
QCPItemText* addNote(QCustomPlot* plot, QCPAxisRect* rect, const QString& text, double x, double y,
                     Qt::Alignment alignment);
// A dashed straight line through two points in plot coordinates.
QCPItemStraightLine* addReferenceLine(QCustomPlot* plot, QCPAxisRect* rect, QPointF a, QPointF b,
                                      const QColor& colour = reference());

// An empty graph that only puts a line or marker style into the legend (for items, which have none).
QCPGraph* addLegendEntry(QCustomPlot* plot, const QString& name, const QPen& pen,
                         const QCPScatterStyle& marker = QCPScatterStyle());

// "0.994", "1.4e-06": compact numbers for tooltips and annotations.
QString number(double value, int precision = 3);

}  // namespace elm_style
}  // namespace locuscope
