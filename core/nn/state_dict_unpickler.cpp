#include "core/nn/state_dict_unpickler.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <limits>
#include <unordered_map>

#include "core/runtime/input_error.h"

namespace locuscope {
namespace {

using Kind = PickleNode::Kind;

// The storage classes torch.save names in a storage's persistent id, and what their elements are.
struct StorageType {
    const char* global;
    TensorDType dtype;
};
constexpr std::array<StorageType, 10> kStorageTypes{{
    {"torch.FloatStorage", TensorDType::F32},
    {"torch.HalfStorage", TensorDType::F16},
    {"torch.BFloat16Storage", TensorDType::BF16},
    {"torch.DoubleStorage", TensorDType::F64},
    {"torch.LongStorage", TensorDType::I64},
    {"torch.IntStorage", TensorDType::I32},
    {"torch.ShortStorage", TensorDType::I16},
    {"torch.CharStorage", TensorDType::I8},
    {"torch.ByteStorage", TensorDType::U8},
    {"torch.BoolStorage", TensorDType::Bool},
}};

constexpr const char* kOrderedDict = "collections.OrderedDict";
constexpr const char* kRebuildTensor = "torch._utils._rebuild_tensor_v2";
constexpr const char* kRebuildParameter = "torch._utils._rebuild_parameter";
constexpr const char* kRebuildParameterWithState = "torch._utils._rebuild_parameter_with_state";

const StorageType* storageType(const std::string& global) {
    for (const StorageType& type : kStorageTypes) {
        if (global == type.global) {
            return &type;
        }
    }
    return nullptr;
}

bool allowedGlobal(const std::string& global) {
    return global == kOrderedDict || global == kRebuildTensor || global == kRebuildParameter ||
           global == kRebuildParameterWithState || storageType(global) != nullptr;
}

class Unpickler {
public:
    Unpickler(const std::filesystem::path& file, std::string_view record, std::string_view data)
        : file_(file), record_(record), data_(data) {}

    PickleTree run() {
        while (true) {
            opcodeStart_ = position_;
            const auto opcode = static_cast<unsigned char>(readBytes(1)[0]);
            if (opcode == '.') {  // STOP
                tree_.root = pop();
                return std::move(tree_);
            }
            step(opcode);
        }
    }

private:
    [[noreturn]] void fail(const std::string& problem) const {
        throw InputError(file_,
                         std::string(record_) + " byte " + std::to_string(opcodeStart_) + ": " + problem);
    }

    std::string_view readBytes(std::uint64_t count) {
        if (count > data_.size() - position_) {
            fail("truncated pickle (needs " + std::to_string(count) + " more bytes, " +
                 std::to_string(data_.size() - position_) + " left)");
        }
        const std::string_view bytes = data_.substr(position_, static_cast<std::size_t>(count));
        position_ += static_cast<std::size_t>(count);
        return bytes;
    }

    std::uint64_t readUnsigned(std::size_t width) {
        const std::string_view bytes = readBytes(width);
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < width; ++i) {
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
        }
        return value;
    }

    std::string readLine() {
        const std::size_t end = data_.find('\n', position_);
        if (end == std::string_view::npos) {
            fail("truncated pickle (unterminated GLOBAL name)");
        }
        std::string line(data_.substr(position_, end - position_));
        position_ = end + 1;
        return line;
    }

    std::size_t add(PickleNode node) {
        tree_.nodes.push_back(std::move(node));
        return tree_.nodes.size() - 1;
    }
    std::size_t push(PickleNode node) {
        const std::size_t index = add(std::move(node));
        stack_.push_back(index);
        return index;
    }
    std::size_t pop() {
        if (stack_.empty() || (!marks_.empty() && stack_.size() == marks_.back())) {
            fail("stack underflow (malformed pickle)");
        }
        const std::size_t index = stack_.back();
        stack_.pop_back();
        return index;
    }
    std::size_t top() {
        if (stack_.empty() || (!marks_.empty() && stack_.size() == marks_.back())) {
            fail("stack underflow (malformed pickle)");
        }
        return stack_.back();
    }
    std::vector<std::size_t> popToMark() {
        if (marks_.empty()) {
            fail("no MARK before a collection opcode (malformed pickle)");
        }
        const std::size_t mark = marks_.back();
        marks_.pop_back();
        std::vector<std::size_t> items(stack_.begin() + static_cast<std::ptrdiff_t>(mark), stack_.end());
        stack_.resize(mark);
        return items;
    }
    PickleNode& node(std::size_t index) { return tree_.nodes[index]; }

    static PickleNode scalar(Kind kind, std::int64_t value = 0) {
        PickleNode node;
        node.kind = kind;
        node.integer = value;
        return node;
    }
    static PickleNode textNode(Kind kind, std::string_view text) {
        PickleNode node;
        node.kind = kind;
        node.text = std::string(text);
        return node;
    }
    static PickleNode container(Kind kind, std::vector<std::size_t> items = {}) {
        PickleNode node;
        node.kind = kind;
        node.items = std::move(items);
        return node;
    }

    void pushInteger(std::string_view bytes) {  // little-endian two's complement, as LONG1/LONG4
        if (bytes.size() > 8) {
            fail("integer of " + std::to_string(bytes.size()) + " bytes does not fit in 64 bits");
        }
        std::uint64_t value = 0;
        for (std::size_t i = 0; i < bytes.size(); ++i) {
            value |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[i])) << (8 * i);
        }
        if (!bytes.empty() && bytes.size() < 8 && (static_cast<unsigned char>(bytes.back()) & 0x80) != 0) {
            value |= ~std::uint64_t{0} << (8 * bytes.size());  // sign-extend
        }
        std::int64_t signedValue = 0;
        std::memcpy(&signedValue, &value, sizeof value);
        push(scalar(Kind::Int, signedValue));
    }

    void pushGlobal(const std::string& module, const std::string& name) {
        const std::string global = module + "." + name;
        if (!allowedGlobal(global)) {
            fail("refusing to import " + global +
                 ": only tensors are read from a checkpoint; no code from the file is run");
        }
        push(textNode(Kind::Global, global));
    }

    void memoize(std::uint64_t index) { memo_[index] = top(); }

    void recall(std::uint64_t index) {
        const auto found = memo_.find(index);
        if (found == memo_.end()) {
            fail("memo entry " + std::to_string(index) + " was never stored (malformed pickle)");
        }
        stack_.push_back(found->second);
    }

    // Dict insert with Python's overwrite-on-equal-key semantics for string and integer keys.
    void setItem(std::size_t dict, std::size_t key, std::size_t value) {
        if (node(dict).kind != Kind::Dict) {
            fail("SETITEM on " + describePickleNode(tree_, dict) + ", not a dict");
        }
        const PickleNode& keyNode = node(key);
        std::vector<std::size_t>& items = node(dict).items;
        if (keyNode.kind == Kind::String || keyNode.kind == Kind::Int) {
            for (std::size_t i = 0; i < items.size(); i += 2) {
                const PickleNode& existing = node(items[i]);
                if (existing.kind == keyNode.kind && existing.text == keyNode.text &&
                    existing.integer == keyNode.integer) {
                    items[i + 1] = value;
                    return;
                }
            }
        }
        items.push_back(key);
        items.push_back(value);
    }

    void append(std::size_t list, std::size_t value) {
        if (node(list).kind != Kind::List) {
            fail("APPEND to " + describePickleNode(tree_, list) + ", not a list");
        }
        node(list).items.push_back(value);
    }

    // ('storage', torch.FloatStorage, '0', 'cpu', 6): one storage record of the archive.
    void persistentLoad() {
        const std::size_t id = pop();
        const PickleNode& pid = node(id);
        const auto& parts = pid.items;
        if (pid.kind != Kind::Tuple || parts.size() < 5 || node(parts[0]).kind != Kind::String ||
            node(parts[0]).text != "storage") {
            fail("unsupported persistent id " + describePickleNode(tree_, id) +
                 " (only torch.save tensor storages are read)");
        }
        const PickleNode& type = node(parts[1]);
        const PickleNode& key = node(parts[2]);
        const PickleNode& count = node(parts[4]);
        const StorageType* known = type.kind == Kind::Global ? storageType(type.text) : nullptr;
        if (known == nullptr) {
            fail("unsupported storage type " + describePickleNode(tree_, parts[1]));
        }
        const bool plainKey = key.kind == Kind::String && !key.text.empty() && key.text.size() <= 64 &&
                              std::all_of(key.text.begin(), key.text.end(), [](char c) {
                                  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_';
                              });
        if (!plainKey) {
            fail("storage key " + describePickleNode(tree_, parts[2]) + " is not a plain record name");
        }
        if (count.kind != Kind::Int || count.integer < 0) {
            fail("storage element count " + describePickleNode(tree_, parts[4]) +
                 " is not a non-negative integer");
        }
        PickleNode storage = textNode(Kind::Storage, key.text);
        storage.dtype = known->dtype;
        storage.storageElements = count.integer;
        push(std::move(storage));
    }

    std::vector<std::int64_t> integerTuple(std::size_t index, const char* what) {
        const PickleNode& tuple = node(index);
        if (tuple.kind != Kind::Tuple) {
            fail(std::string("tensor ") + what + " is " + describePickleNode(tree_, index) + ", not a tuple");
        }
        std::vector<std::int64_t> values;
        for (const std::size_t item : tuple.items) {
            if (node(item).kind != Kind::Int || node(item).integer < 0) {
                fail(std::string("tensor ") + what + " holds " + describePickleNode(tree_, item) +
                     ", not a non-negative integer");
            }
            values.push_back(node(item).integer);
        }
        return values;
    }

    // _rebuild_tensor_v2(storage, storage_offset, size, stride, requires_grad, backward_hooks[, metadata])
    std::size_t rebuildTensor(const std::vector<std::size_t>& args) {
        if (args.size() < 6 || args.size() > 7) {
            fail("_rebuild_tensor_v2 with " + std::to_string(args.size()) + " arguments (expected 6 or 7)");
        }
        if (node(args[0]).kind != Kind::Storage) {
            fail("_rebuild_tensor_v2 of " + describePickleNode(tree_, args[0]) + ", not a storage");
        }
        if (node(args[1]).kind != Kind::Int || node(args[1]).integer < 0) {
            fail("tensor storage offset " + describePickleNode(tree_, args[1]) +
                 " is not a non-negative integer");
        }
        PickleNode tensor;
        tensor.kind = Kind::Tensor;
        tensor.storage = args[0];
        tensor.storageOffset = node(args[1]).integer;
        tensor.sizes = integerTuple(args[2], "size");
        tensor.strides = integerTuple(args[3], "stride");
        if (tensor.sizes.size() != tensor.strides.size()) {
            fail("tensor size has " + std::to_string(tensor.sizes.size()) + " dimensions but stride has " +
                 std::to_string(tensor.strides.size()));
        }
        return add(std::move(tensor));
    }

    std::size_t orderedDict(const std::vector<std::size_t>& args) {
        const std::size_t dict = add(container(Kind::Dict));
        if (args.empty()) {
            return dict;
        }
        // OrderedDict([(key, value), ...])
        if (args.size() != 1 || node(args[0]).kind != Kind::List) {
            fail("OrderedDict with arguments other than a list of pairs");
        }
        const std::vector<std::size_t> pairs = node(args[0]).items;
        for (const std::size_t pair : pairs) {
            if ((node(pair).kind != Kind::Tuple && node(pair).kind != Kind::List) ||
                node(pair).items.size() != 2) {
                fail("OrderedDict item " + describePickleNode(tree_, pair) + " is not a (key, value) pair");
            }
            setItem(dict, node(pair).items[0], node(pair).items[1]);
        }
        return dict;
    }

    void reduce() {
        const std::size_t argsIndex = pop();
        const std::size_t callable = pop();
        if (node(callable).kind != Kind::Global) {
            fail("REDUCE calls " + describePickleNode(tree_, callable) + ", not an allowed function");
        }
        if (node(argsIndex).kind != Kind::Tuple) {
            fail("REDUCE arguments are " + describePickleNode(tree_, argsIndex) + ", not a tuple");
        }
        const std::vector<std::size_t> args = node(argsIndex).items;
        const std::string global = node(callable).text;
        if (global == kOrderedDict) {
            stack_.push_back(orderedDict(args));
        } else if (global == kRebuildTensor) {
            stack_.push_back(rebuildTensor(args));
        } else if (global == kRebuildParameter || global == kRebuildParameterWithState) {
            // (data, requires_grad, backward_hooks[, state]): the parameter is its data tensor.
            if (args.size() < 3 || args.size() > 4 || node(args[0]).kind != Kind::Tensor) {
                fail(global + " with unexpected arguments");
            }
            stack_.push_back(args[0]);
        } else {
            fail("calling " + global + " is not supported (it is allowed only as a storage type)");
        }
    }

    void build() {
        const std::size_t state = pop();
        const std::size_t target = top();
        // OrderedDict's state is its attribute dict, e.g. state_dict()'s `_metadata` (module versions),
        // which the weights do not need.
        if (node(target).kind != Kind::Dict || node(state).kind != Kind::Dict) {
            fail("BUILD of " + describePickleNode(tree_, target) + " with " +
                 describePickleNode(tree_, state) + " (object state is not supported)");
        }
    }

    void step(unsigned char opcode) {
        switch (opcode) {
            case 0x80: {  // PROTO
                const auto protocol = readUnsigned(1);
                if (protocol < 2 || protocol > 5) {
                    fail("pickle protocol " + std::to_string(protocol) + " is not supported (2 to 5 are)");
                }
                break;
            }
            case 0x95:
                readUnsigned(8);
                break;  // FRAME: a length hint only
            case '(':
                marks_.push_back(stack_.size());
                break;
            case '0':
                pop();
                break;
            case '1':
                popToMark();
                break;
            case '2':
                stack_.push_back(top());
                break;
            case 'N':
                push(scalar(Kind::None));
                break;
            case 0x88:
                push(scalar(Kind::Bool, 1));
                break;
            case 0x89:
                push(scalar(Kind::Bool, 0));
                break;
            case 'J': {
                const auto value = static_cast<std::uint32_t>(readUnsigned(4));
                std::int32_t signedValue = 0;
                std::memcpy(&signedValue, &value, sizeof value);
                push(scalar(Kind::Int, signedValue));
                break;
            }
            case 'K':
                push(scalar(Kind::Int, static_cast<std::int64_t>(readUnsigned(1))));
                break;
            case 'M':
                push(scalar(Kind::Int, static_cast<std::int64_t>(readUnsigned(2))));
                break;
            case 0x8a:
                pushInteger(readBytes(readUnsigned(1)));
                break;  // LONG1
            case 0x8b:
                pushInteger(readBytes(readUnsigned(4)));
                break;  // LONG4
            case 'G': {
                const std::uint64_t bits = __builtin_bswap64(readUnsigned(8));  // big-endian
                PickleNode value = scalar(Kind::Float);
                std::memcpy(&value.real, &bits, sizeof bits);
                push(std::move(value));
                break;
            }
            case 'X':
                push(textNode(Kind::String, readBytes(readUnsigned(4))));
                break;
            case 0x8c:
                push(textNode(Kind::String, readBytes(readUnsigned(1))));
                break;
            case 0x8d:
                push(textNode(Kind::String, readBytes(readUnsigned(8))));
                break;
            case 'T':
                push(textNode(Kind::String, readBytes(readUnsigned(4))));
                break;  // BINSTRING
            case 'U':
                push(textNode(Kind::String, readBytes(readUnsigned(1))));
                break;  // SHORT_BINSTRING
            case 'B':
                push(textNode(Kind::Bytes, readBytes(readUnsigned(4))));
                break;
            case 'C':
                push(textNode(Kind::Bytes, readBytes(readUnsigned(1))));
                break;
            case 0x8e:
                push(textNode(Kind::Bytes, readBytes(readUnsigned(8))));
                break;
            case ')':
                push(container(Kind::Tuple));
                break;
            case 't':
                push(container(Kind::Tuple, popToMark()));
                break;
            case 0x85: {
                const std::size_t a = pop();
                push(container(Kind::Tuple, {a}));
                break;
            }
            case 0x86: {
                const std::size_t b = pop();
                const std::size_t a = pop();
                push(container(Kind::Tuple, {a, b}));
                break;
            }
            case 0x87: {
                const std::size_t c = pop();
                const std::size_t b = pop();
                const std::size_t a = pop();
                push(container(Kind::Tuple, {a, b, c}));
                break;
            }
            case ']':
                push(container(Kind::List));
                break;
            case 'l':
                push(container(Kind::List, popToMark()));
                break;
            case 'a': {
                const std::size_t value = pop();
                append(top(), value);
                break;
            }
            case 'e': {
                const std::vector<std::size_t> values = popToMark();
                const std::size_t list = top();
                for (const std::size_t value : values) {
                    append(list, value);
                }
                break;
            }
            case '}':
                push(container(Kind::Dict));
                break;
            case 'd': {
                const std::vector<std::size_t> items = popToMark();
                if (items.size() % 2 != 0) {
                    fail("DICT with an odd number of items");
                }
                const std::size_t dict = push(container(Kind::Dict));
                for (std::size_t i = 0; i < items.size(); i += 2) {
                    setItem(dict, items[i], items[i + 1]);
                }
                break;
            }
            case 's': {
                const std::size_t value = pop();
                const std::size_t key = pop();
                setItem(top(), key, value);
                break;
            }
            case 'u': {
                const std::vector<std::size_t> items = popToMark();
                if (items.size() % 2 != 0) {
                    fail("SETITEMS with an odd number of items");
                }
                const std::size_t dict = top();
                for (std::size_t i = 0; i < items.size(); i += 2) {
                    setItem(dict, items[i], items[i + 1]);
                }
                break;
            }
            case 'c': {
                const std::string module = readLine();
                const std::string name = readLine();
                pushGlobal(module, name);
                break;
            }
            case 0x93: {  // STACK_GLOBAL
                const std::size_t name = pop();
                const std::size_t module = pop();
                if (node(module).kind != Kind::String || node(name).kind != Kind::String) {
                    fail("STACK_GLOBAL with non-string names");
                }
                pushGlobal(node(module).text, node(name).text);
                break;
            }
            case 'q':
                memoize(readUnsigned(1));
                break;
            case 'r':
                memoize(readUnsigned(4));
                break;
            case 0x94:
                memoize(memo_.size());
                break;  // MEMOIZE
            case 'h':
                recall(readUnsigned(1));
                break;
            case 'j':
                recall(readUnsigned(4));
                break;
            case 'Q':
                persistentLoad();
                break;
            case 'R':
                reduce();
                break;
            case 'b':
                build();
                break;
            default: {
                static constexpr char kHex[] = "0123456789abcdef";
                fail(std::string("unsupported pickle opcode 0x") + kHex[opcode >> 4] + kHex[opcode & 0xf] +
                     " (only the opcodes torch.save uses for tensors and dicts are read)");
            }
        }
    }

    const std::filesystem::path& file_;
    std::string_view record_;
    std::string_view data_;
    std::size_t position_ = 0;
    std::size_t opcodeStart_ = 0;
    PickleTree tree_;
    std::vector<std::size_t> stack_;
    std::vector<std::size_t> marks_;
    std::unordered_map<std::uint64_t, std::size_t> memo_;
};

std::string inQuotes(const std::string& text) {
    constexpr std::size_t kLimit = 40;
    return "'" + (text.size() > kLimit ? text.substr(0, kLimit) + "..." : text) + "'";
}

}  // namespace

PickleTree unpickleStateDict(const std::filesystem::path& file, std::string_view record,
                             std::string_view pickle) {
    return Unpickler(file, record, pickle).run();
}

std::string describePickleNode(const PickleTree& tree, std::size_t index) {
    const PickleNode& node = tree.at(index);
    switch (node.kind) {
        case Kind::None:
            return "None";
        case Kind::Bool:
            return node.integer != 0 ? "bool True" : "bool False";
        case Kind::Int:
            return "int " + std::to_string(node.integer);
        case Kind::Float:
            return "float " + std::to_string(node.real);
        case Kind::String:
            return "str " + inQuotes(node.text);
        case Kind::Bytes:
            return "bytes (" + std::to_string(node.text.size()) + ")";
        case Kind::Tuple:
            return "tuple of " + std::to_string(node.items.size());
        case Kind::List:
            return "list of " + std::to_string(node.items.size());
        case Kind::Global:
            return node.text;
        case Kind::Storage:
            return "storage " + inQuotes(node.text);
        case Kind::Tensor:
            return "tensor " + toString(tree.at(node.storage).dtype) + " " + shapeToString(node.sizes);
        case Kind::Dict: {
            const std::size_t entries = node.items.size() / 2;
            std::size_t tensors = 0;
            for (std::size_t i = 1; i < node.items.size(); i += 2) {
                tensors += tree.at(node.items[i]).kind == Kind::Tensor ? 1 : 0;
            }
            if (entries > 0 && tensors == entries) {
                return "dict of " + std::to_string(tensors) + " tensor" + (tensors == 1 ? "" : "s");
            }
            return "dict of " + std::to_string(entries) + " entr" + (entries == 1 ? "y" : "ies");
        }
    }
    return "value";
}

}  // namespace locuscope
