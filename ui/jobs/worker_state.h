#pragma once

#include <any>
#include <memory>
#include <string>
#include <unordered_map>

namespace locuscope {

// Objects that live on the worker thread between jobs: loaded models, datasets, trained networks.
// Loading a model is expensive and LibTorch's InferenceMode/NoGradGuard are thread-local, so the
// objects stay with the one worker thread and only jobs (running there) touch them. Values are
// opaque handles from core/pipelines; ui/ never sees a tensor.
class WorkerState {
public:
    template <class T>
    void put(const std::string& key, std::shared_ptr<T> value) {
        objects_[key] = std::move(value);
    }

    // Null when absent or of another type.
    template <class T>
    std::shared_ptr<T> get(const std::string& key) const {
        const auto found = objects_.find(key);
        if (found == objects_.end()) {
            return nullptr;
        }
        const auto* value = std::any_cast<std::shared_ptr<T>>(&found->second);
        return value != nullptr ? *value : nullptr;
    }

    bool contains(const std::string& key) const { return objects_.count(key) != 0; }
    void remove(const std::string& key) { objects_.erase(key); }

private:
    std::unordered_map<std::string, std::any> objects_;
};

}  // namespace locuscope
