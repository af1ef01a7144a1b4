#include "ui/about_dialog.h"

#include <qcustomplot.h>

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#include "core/pipelines/system_info.h"

namespace locuscope {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("About Locuscope"));
    auto* layout = new QVBoxLayout(this);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/locuscope.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    auto* text = new QLabel(componentsHtml(), this);
    text->setTextFormat(Qt::RichText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::componentsHtml() {
    const SystemInfo info = collectSystemInfo();
    auto s = [](const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); };
    QString device = s(info.device);
    if (!info.cudaAvailable) {
        device += QStringLiteral(" (") + tr("no CUDA GPU found") + QLatin1Char(')');
    }
    QString blas = s(info.blasName);
    if (!info.blasOptimised) {
        blas += QStringLiteral(" <b>(") + tr("not optimised: matrix products will be slow") + QStringLiteral(")</b>");
    }
    return QStringLiteral(
               "<h2>Locuscope %1</h2>"
               "<p>%2</p>"
               "<table cellspacing=4>"
               "<tr><td>Qt</td><td>%3</td></tr>"
               "<tr><td>LibTorch</td><td>%4</td></tr>"
               "<tr><td>htslib</td><td>%5</td></tr>"
               "<tr><td>HDF5</td><td>%6</td></tr>"
               "<tr><td>QCustomPlot</td><td>%7</td></tr>"
               "<tr><td>%8</td><td>%9</td></tr>"
               "<tr><td>%10</td><td>%11</td></tr>"
               "<tr><td>BLAS</td><td>%12</td></tr>"
               "<tr><td>oneDNN</td><td>%13</td></tr>"
               "</table>")
        .arg(s(info.locuscopeVersion), tr("Deep-learning models of genetic variation: methylation, expression "
                                          "and epistasis, in one workbench."),
             QString::fromLatin1(qVersion()), s(info.libtorchVersion), s(info.htslibVersion), s(info.hdf5Version),
             QStringLiteral(QCUSTOMPLOT_VERSION_STR), tr("Device"), device, tr("Threads"))
        .arg(tr("%1 of %2 cores").arg(info.threads).arg(info.cores), blas,
             info.onednnSgemm ? tr("in use for ELM training") : tr("not found (ELM training uses LibTorch's products)"));
}

}  // namespace locuscope
