#include "ui/workspaces/methylation/locus_history.h"

namespace locuscope {

void LocusHistory::visit(const QString& locus) {
    if (current_ >= 0 && entries_.at(current_) == locus) {
        return;
    }
    entries_.erase(entries_.begin() + (current_ + 1), entries_.end());
    entries_.append(locus);
    current_ = entries_.size() - 1;
    constexpr qsizetype kept = 200;  // plenty for a session; old entries drop off the front
    if (entries_.size() > kept) {
        entries_.removeFirst();
        --current_;
    }
}

QString LocusHistory::back() {
    if (canGoBack()) {
        --current_;
    }
    return current();
}

QString LocusHistory::forward() {
    if (canGoForward()) {
        ++current_;
    }
    return current();
}

}  // namespace locuscope
