#pragma once

#include <QPointF>
#include <QString>
#include <QVector>
#include <QWidget>
#include <memory>

class QComboBox;
class QCustomPlot;
class QCPAxis;
class QCPAbstractPlottable;
class QCPAxisRect;
class QCPLegend;
class QCPLayoutGrid;
class QCPTextElement;
class QHBoxLayout;
class QMouseEvent;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace locuscope {

struct ElmReport;
class ElmSelection;

// One figure of the ELM analysis (specs/elm.md §4): a QCustomPlot that draws part of an ElmReport,
// a header with the trait selector and view actions, and a collapsible teaching panel that says in
// plain words what the view shows and which equation it tests. Hovering names the locus or pair under
// the cursor; clicking selects it in the shared ElmSelection, which every figure highlights.
class ElmFigure : public QWidget {
    Q_OBJECT
public:
    explicit ElmFigure(ElmSelection& selection, QWidget* parent = nullptr);
    ~ElmFigure() override;

    virtual QString figureId() const = 0;     // stable file stem: "fig2_additive_effects"
    virtual QString title() const = 0;        // may depend on the data shown (the cluster pair)
    virtual QString explanation() const = 0;  // rich text for the teaching panel

    // Shares the report with the other figures; null clears the figure.
    virtual void setReport(std::shared_ptr<const ElmReport> report);
    const ElmReport* report() const { return report_.get(); }
    ElmSelection& selection() const { return selection_; }
    QCustomPlot* plot() const { return plot_; }

    // What the figure shows now, for tests and status lines: the number of data items drawn
    // (samples, loci or pairs) and the message shown in the plot area instead of data (empty if none).
    int dataPointCount() const { return dataPoints_; }
    QString message() const { return message_; }
    bool explanationVisible() const;

    // The hover and click handlers, public so keyboard actions and tests can drive them.
    QString toolTipAt(const QPointF& pixel) const;
    void clickAt(const QPointF& pixel);

public slots:
    void resetView();
    void setExplanationVisible(bool visible);
    void exportWithDialog();  // asks for format, size, DPI and path, then writes the figure

protected:
    // What lies under a pixel of the plot.
    struct Hit {
        enum Kind { None, Locus, Pair, Other } kind = None;
        int first = -1, second = -1;  // the locus, or the pair (first < second)
        QString text;                 // the tooltip
    };
    virtual Hit hitAt(const QPointF& pixel) const;
    // Redraws everything from report() for the current trait; called on a new report and a new trait.
    virtual void rebuild() = 0;
    // Moves the marks of the selected locus/pair; called after rebuild and on selection changes.
    virtual void updateHighlight() {}
    // The initial axis ranges; the default fits all plottables with a small margin.
    virtual void applyDefaultView();
    // A figure that draws every trait at once hides the trait selector.
    virtual bool usesTrait() const { return true; }

    // The selected trait, or 0 when the selection points past the report's traits.
    int trait() const;
    // Back to an empty plot: the title row and one axis rect with default axes and no plottables/items.
    void resetPlot();
    // A centred message instead of data ("sensitivities were not kept…").
    void showMessage(const QString& text);
    void setDataPointCount(int count) { dataPoints_ = count; }
    void replotLater();
    // Rebuilds from report() now (what a new report or trait does), then highlights and replots.
    void redraw();
    // The selected locus and the members of the selected pair, without repeats.
    QVector<int> selectedLoci() const;
    void updateTitle();
    void updateExplanation();

    QCPAxisRect* mainRect() const { return mainRect_; }
    QCPLayoutGrid* panels() const { return panels_; }  // row 0 holds mainRect() at column 0

    // A legend in its own row under the plot (never over the data), filled row by row, `columns` wide.
    QCPLegend* addLegendBelow(const QList<QCPAbstractPlottable*>& plottables, int columns = 3);

    void addHeaderWidget(QWidget* widget);  // after the trait selector
    void addSideWidget(QWidget* widget);    // above the teaching panel

    QString locusName(int locus) const;
    QString pairName(int first, int second) const;
    QString traitName() const;
    double truthScale() const;    // sqrt(H^2): what a perfect model recovers of the simulated effects
    QString truthSuffix() const;  // " × √H²" when H^2 < 1, else empty

    // Index of the point nearest to `pixel` within `radius` pixels, or -1.
    static int nearestPoint(const QVector<double>& x, const QVector<double>& y, const QCPAxis* xAxis,
                            const QCPAxis* yAxis, const QPointF& pixel, double radius = 8.0);

private:
    void onTraitChanged();
    void onMousePress(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void fillTraitSelector();

    ElmSelection& selection_;
    std::shared_ptr<const ElmReport> report_;
    QComboBox* traitBox_ = nullptr;
    QHBoxLayout* header_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QCustomPlot* plot_ = nullptr;
    QCPTextElement* titleElement_ = nullptr;
    QCPAxisRect* mainRect_ = nullptr;
    QCPLayoutGrid* panels_ = nullptr;
    QWidget* side_ = nullptr;
    QVBoxLayout* sideLayout_ = nullptr;
    QTextBrowser* teaching_ = nullptr;
    QToolButton* explainButton_ = nullptr;
    QString message_;
    int dataPoints_ = 0;
    QPointF pressPosition_;
    bool pressed_ = false;
};

}  // namespace locuscope
