#pragma once

#include <QString>
#include <QStringList>

namespace locuscope {

// Back/forward history of visited loci, as a browser keeps it: visiting a new locus after going back
// drops the forward entries; revisiting the current locus adds nothing.
class LocusHistory {
public:
    void visit(const QString& locus);
    bool canGoBack() const { return current_ > 0; }
    bool canGoForward() const { return current_ + 1 < entries_.size(); }
    QString back();     // the locus to show; the current one when there is nothing before it
    QString forward();  // likewise
    QString current() const { return current_ >= 0 ? entries_.at(current_) : QString(); }
    int size() const { return static_cast<int>(entries_.size()); }

private:
    QStringList entries_;
    qsizetype current_ = -1;
};

}  // namespace locuscope
