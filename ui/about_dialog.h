#pragma once

#include <QDialog>

namespace locuscope {

// Versions of Locuscope and every component, the compute device, threads and BLAS in use.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString componentsHtml();
};

}  // namespace locuscope
