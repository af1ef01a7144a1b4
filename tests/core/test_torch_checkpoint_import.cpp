// Import of original PyTorch checkpoints. The fixtures in tests/data/weights were written by
// make_checkpoints.py with Debian's python3-torch; expected_*.safetensors hold Python's own
// contiguous bytes of every tensor, so every element is compared against torch's view of it.
#include <caffe2/serialize/inline_container.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/nn/beluga_weight_names.h"
#include "core/nn/checkpoint_import.h"
#include "core/nn/interact_weight_names.h"
#include "core/nn/safetensors_file.h"
#include "core/nn/state_dict_unpickler.h"
#include "core/nn/torch_checkpoint_reader.h"
#include "core/nn/weight_key_map.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(LOCUSCOPE_TEST_DATA) / "weights";

// Passes when `action` throws an InputError whose message contains every one of `parts`.
template <typename Action>
::testing::AssertionResult failsWith(Action action, std::initializer_list<std::string> parts) {
    try {
        action();
    } catch (const InputError& error) {
        const std::string what = error.what();
        for (const std::string& part : parts) {
            if (what.find(part) == std::string::npos) {
                return ::testing::AssertionFailure() << "message '" << what << "' lacks '" << part << "'";
            }
        }
        return ::testing::AssertionSuccess();
    }
    return ::testing::AssertionFailure() << "no InputError";
}

// Compares every tensor with Python's expected_<name>.safetensors: order, dtype, shape, bytes.
void expectMatchesPython(const std::vector<TensorRecord>& tensors, const std::string& expectedName,
                         const std::string& stripPrefix = "") {
    const SafetensorsFile expected = readSafetensors(kData / ("expected_" + expectedName + ".safetensors"));
    const auto order = nlohmann::json::parse(expected.metadata.at("order")).get<std::vector<std::string>>();
    ASSERT_EQ(tensors.size(), order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        const TensorRecord* want = expected.find(order[i]);
        ASSERT_NE(want, nullptr) << order[i];
        EXPECT_EQ(tensors[i].name, order[i].substr(stripPrefix.size())) << i;
        EXPECT_EQ(tensors[i].dtype, want->dtype) << order[i];
        EXPECT_EQ(tensors[i].shape, want->shape) << order[i];
        EXPECT_EQ(tensors[i].bytes, want->bytes) << order[i];
    }
}

const TensorRecord& named(const std::vector<TensorRecord>& tensors, const std::string& name) {
    for (const TensorRecord& tensor : tensors) {
        if (tensor.name == name) {
            return tensor;
        }
    }
    throw std::runtime_error("no tensor " + name);
}

std::vector<float> floats(const TensorRecord& tensor) {
    std::vector<float> values(tensor.bytes.size() / sizeof(float));
    std::memcpy(values.data(), tensor.bytes.data(), tensor.bytes.size());
    return values;
}

// --- a tiny pickle writer for crafted archives (protocol 2 opcodes, as torch.save emits them) ---
class Pickle {
public:
    Pickle() { bytes_ += "\x80\x02"; }
    Pickle& op(char opcode) {
        bytes_ += opcode;
        return *this;
    }
    Pickle& global(const std::string& module, const std::string& name) {
        bytes_ += "c" + module + "\n" + name + "\n";
        return *this;
    }
    Pickle& str(const std::string& text) {
        bytes_ += 'X';
        appendLittle(text.size(), 4);
        bytes_ += text;
        return *this;
    }
    Pickle& integer(std::int64_t value) {  // LONG1 with 8 bytes
        bytes_ += "\x8a\x08";
        appendLittle(static_cast<std::uint64_t>(value), 8);
        return *this;
    }
    Pickle& ints(const std::vector<std::int64_t>& values) {
        op('(');
        for (const std::int64_t value : values) {
            integer(value);
        }
        return op('t');
    }
    Pickle& emptyOrderedDict() { return global("collections", "OrderedDict").op(')').op('R'); }
    // A _rebuild_tensor_v2 call over storage `key` holding `elements` F32 values.
    Pickle& tensor(const std::string& key, std::int64_t elements, std::int64_t offset,
                   const std::vector<std::int64_t>& sizes, const std::vector<std::int64_t>& strides) {
        global("torch._utils", "_rebuild_tensor_v2").op('(');
        op('(')
            .str("storage")
            .global("torch", "FloatStorage")
            .str(key)
            .str("cpu")
            .integer(elements)
            .op('t')
            .op('Q');
        integer(offset).ints(sizes).ints(strides).op('\x89').emptyOrderedDict();
        return op('t').op('R');
    }
    std::string text() const { return bytes_ + "."; }

private:
    void appendLittle(std::uint64_t value, int width) {
        for (int i = 0; i < width; ++i) {
            bytes_ += static_cast<char>((value >> (8 * i)) & 0xff);
        }
    }
    std::string bytes_;
};

class CheckpointTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory =
            fs::temp_directory_path() / ("locuscope-checkpoint-" + std::to_string(::getpid()) + "-" +
                                         ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
    void TearDown() override { fs::remove_all(directory); }

    // A zip archive like torch.save's, with the given data.pkl and records.
    fs::path archive(const std::string& name, const std::string& pickle,
                     const std::vector<std::pair<std::string, std::string>>& records) const {
        const fs::path path = directory / name;
        caffe2::serialize::PyTorchStreamWriter writer(path.string());
        writer.writeRecord("data.pkl", pickle.data(), pickle.size());
        for (const auto& [record, data] : records) {
            writer.writeRecord(record, data.data(), data.size());
        }
        writer.writeEndOfFile();
        return path;
    }

    static std::string floatBytes(std::initializer_list<float> values) {
        std::string text(values.size() * sizeof(float), '\0');
        std::memcpy(text.data(), values.begin(), text.size());
        return text;
    }

    fs::path directory;
};

// A state dict {"w": tensor} around one crafted tensor call.
std::string oneTensor(const std::string& key, std::int64_t elements, std::int64_t offset,
                      const std::vector<std::int64_t>& sizes, const std::vector<std::int64_t>& strides) {
    Pickle pickle;
    pickle.emptyOrderedDict().str("w").tensor(key, elements, offset, sizes, strides).op('s');
    return pickle.text();
}

}  // namespace

// --- values ------------------------------------------------------------------------------------

TEST(TorchCheckpoint, PlainStateDictMatchesPythonElementForElement) {
    const TorchCheckpoint checkpoint = readTorchCheckpoint(kData / "plain.pt");
    EXPECT_EQ(checkpoint.keyPath, "");
    expectMatchesPython(checkpoint.tensors, "plain");
}

TEST(TorchCheckpoint, Protocol4PickleReadsTheSame) {
    expectMatchesPython(readTorchCheckpoint(kData / "plain_protocol4.pt").tensors, "plain");
}

TEST(TorchCheckpoint, EveryDtypeKeepsItsType) {
    const TorchCheckpoint checkpoint = readTorchCheckpoint(kData / "plain.pt");
    const std::vector<std::pair<std::string, TensorDType>> dtypes{
        {"0.weight", TensorDType::F32},
        {"f16", TensorDType::F16},
        {"bf16", TensorDType::BF16},
        {"f64", TensorDType::F64},
        {"i64", TensorDType::I64},
        {"i32", TensorDType::I32},
        {"i16", TensorDType::I16},
        {"i8", TensorDType::I8},
        {"u8", TensorDType::U8},
        {"mask", TensorDType::Bool},
        {"1.num_batches_tracked", TensorDType::I64}};
    for (const auto& [name, dtype] : dtypes) {
        EXPECT_EQ(named(checkpoint.tensors, name).dtype, dtype) << name;
    }
    EXPECT_TRUE(named(checkpoint.tensors, "scalar").shape.empty());
    EXPECT_EQ(floats(named(checkpoint.tensors, "scalar")), std::vector<float>{2.5f});
    EXPECT_EQ(named(checkpoint.tensors, "empty").shape, (std::vector<std::int64_t>{0, 3}));
    EXPECT_TRUE(named(checkpoint.tensors, "empty").bytes.empty());
}

TEST(TorchCheckpoint, StridedViewsBecomeContiguousCopies) {
    const TorchCheckpoint checkpoint = readTorchCheckpoint(kData / "plain.pt");
    // arange(12).reshape(3, 4).t(): element [i][j] is 4j + i.
    const TensorRecord& transposed = named(checkpoint.tensors, "transposed");
    EXPECT_EQ(transposed.shape, (std::vector<std::int64_t>{4, 3}));
    EXPECT_EQ(floats(transposed), (std::vector<float>{0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11}));
    // expand(2, 3) of [1, 2, 3]: stride 0 repeats the row.
    EXPECT_EQ(floats(named(checkpoint.tensors, "expanded")), (std::vector<float>{1, 2, 3, 1, 2, 3}));
    // Two views of one 40-element storage: rows 4..15, and rows 1..4 of a (5, 8) view, every third column.
    const std::vector<float> rows = floats(named(checkpoint.tensors, "view_rows"));
    const std::vector<float> strided = floats(named(checkpoint.tensors, "view_strided"));
    ASSERT_EQ(rows.size(), 12u);
    ASSERT_EQ(strided.size(), 12u);   // [4, 3]: columns 0, 3, 6
    EXPECT_EQ(strided[0], rows[4]);   // base[8]
    EXPECT_EQ(strided[1], rows[7]);   // base[11]
    EXPECT_EQ(strided[2], rows[10]);  // base[14]
}

class CraftedCheckpoint : public CheckpointTest {};

TEST_F(CraftedCheckpoint, ViewFollowsOffsetAndStrides) {
    // Storage 0..9; view offset 1, size [2, 2], stride [4, 3] -> [[1, 4], [5, 8]].
    const fs::path file = archive("view.pt", oneTensor("0", 10, 1, {2, 2}, {4, 3}),
                                  {{"data/0", floatBytes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9})}});
    const TorchCheckpoint checkpoint = readTorchCheckpoint(file);
    ASSERT_EQ(checkpoint.tensors.size(), 1u);
    EXPECT_EQ(checkpoint.tensors[0].shape, (std::vector<std::int64_t>{2, 2}));
    EXPECT_EQ(floats(checkpoint.tensors[0]), (std::vector<float>{1, 4, 5, 8}));
}

TEST_F(CraftedCheckpoint, RejectsAViewOutsideItsStorage) {
    const fs::path file =
        archive("outside.pt", oneTensor("0", 4, 1, {2, 2}, {2, 1}), {{"data/0", floatBytes({0, 1, 2, 3})}});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); },
                          {"outside.pt", "tensor 'w'", "reaches element 4 of a storage of 4"}));
}

TEST_F(CraftedCheckpoint, RejectsAStorageRecordOfTheWrongSize) {
    const fs::path file =
        archive("short.pt", oneTensor("0", 3, 0, {3}, {1}), {{"data/0", floatBytes({0, 1})}});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); },
                          {"short.pt", "'data/0' has 8 bytes but its 3 F32 elements need 12"}));
}

TEST_F(CraftedCheckpoint, RejectsAHugeDeclaredStorageBeforeAllocating) {
    const fs::path file =
        archive("huge.pt", oneTensor("0", std::int64_t{1} << 60, 0, {1}, {1}), {{"data/0", floatBytes({0})}});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); }, {"huge.pt", "more than the file holds"}));
}

TEST_F(CraftedCheckpoint, RejectsAHugeExpansionOfAStrideZeroView) {
    const fs::path file =
        archive("expand.pt", oneTensor("0", 1, 0, {std::int64_t{1} << 20, std::int64_t{1} << 20}, {0, 0}),
                {{"data/0", floatBytes({1})}});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); }, {"expand.pt", "would expand to"}));
}

TEST_F(CraftedCheckpoint, RejectsAMissingStorageRecord) {
    const fs::path file = archive("missing.pt", oneTensor("7", 1, 0, {1}, {1}), {});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); }, {"missing.pt", "'data/7' is missing"}));
}

TEST_F(CraftedCheckpoint, RejectsBigEndianStorages) {
    const fs::path file = archive("big.pt", oneTensor("0", 1, 0, {1}, {1}),
                                  {{"data/0", floatBytes({1})}, {"byteorder", "big"}});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); }, {"big.pt", "big-endian"}));
}

TEST_F(CraftedCheckpoint, ADictContainingItselfEndsInAClearError) {
    Pickle pickle;
    pickle.op('}').op('q').op('\x00').str("self").op('h').op('\x00').op('s');
    const fs::path file = archive("cycle.pt", pickle.text(), {});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); },
                          {"cycle.pt", "no dictionary of tensors", "'self' (dict of 1 entry)"}));
}

TEST_F(CraftedCheckpoint, RefusesGlobalsFromStackGlobalToo) {
    std::string pickle = "\x80\x04";
    pickle +=
        "\x8c\x08"
        "builtins"
        "\x8c\x04"
        "eval"
        "\x93";
    pickle += ".";
    const fs::path file = archive("eval.pt", pickle, {});
    EXPECT_TRUE(
        failsWith([&] { readTorchCheckpoint(file); }, {"eval.pt", "refusing to import builtins.eval"}));
}

TEST_F(CraftedCheckpoint, RefusesAPersistentIdThatIsNotAStorage) {
    Pickle pickle;
    pickle.emptyOrderedDict().str("w").str("something").op('Q').op('s');
    const fs::path file = archive("pid.pt", pickle.text(), {});
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(file); }, {"pid.pt", "unsupported persistent id"}));
}

// --- the restricted unpickler on its own ------------------------------------------------------

TEST(StateDictUnpickler, RejectsOpcodesOutsideTheSupportedSet) {
    // NEWOBJ (0x81) builds class instances; INST ('i') imports and calls by name.
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", std::string("\x80\x02)\x81.", 5)); },
                          {"x.pt", "data.pkl byte 3", "unsupported pickle opcode 0x81"}));
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x02(ios\nsystem\n."); },
                          {"unsupported pickle opcode 0x69"}));
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x09N."); }, {"protocol 9"}));
}

TEST(StateDictUnpickler, RejectsTruncatedAndMalformedPickles) {
    EXPECT_TRUE(failsWith(
        [] {
            unpickleStateDict("x.pt", "data.pkl",
                              "\x80\x02X\xff\xff\xff\x7f"
                              "abc");
        },
        {"truncated pickle"}));
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x02N"); }, {"truncated pickle"}));
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x02h\x05."); },
                          {"memo entry 5 was never stored"}));
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x02s."); }, {"stack underflow"}));
    EXPECT_TRUE(
        failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x02N(0."); }, {"stack underflow"}));
    EXPECT_TRUE(failsWith([] { unpickleStateDict("x.pt", "data.pkl", "\x80\x02Nt."); }, {"no MARK"}));
    EXPECT_TRUE(failsWith(
        [] {
            unpickleStateDict("x.pt", "data.pkl",
                              std::string("\x80\x02\x8a\x09", 4) + std::string(9, '\1') + ".");
        },
        {"does not fit in 64 bits"}));
}

TEST(StateDictUnpickler, DeepNestingNeitherRecursesNorCrashes) {
    constexpr int kDepth = 200000;
    std::string pickle = "\x80\x02";
    for (int i = 0; i < kDepth; ++i) {
        pickle += ']';
    }
    for (int i = 1; i < kDepth; ++i) {
        pickle += 'a';
    }
    pickle += '.';
    const PickleTree tree = unpickleStateDict("x.pt", "data.pkl", pickle);
    EXPECT_EQ(describePickleNode(tree, tree.root), "list of 1");
}

TEST(StateDictUnpickler, ReadsScalarsAsPythonWrote) {
    // LONG1 -1 (one byte 0xff), BININT -2, BININT2 65535, BINFLOAT 0.25 (big-endian), SHORT_BINUNICODE.
    const std::string pickle =
        std::string("\x80\x02(\x8a\x01\xffJ\xfe\xff\xff\xffM\xff\xffG\x3f\xd0\0\0\0\0\0\0", 23) +
        "\x8c\x02hi\x88N\x89t.";
    const PickleTree tree = unpickleStateDict("x.pt", "data.pkl", pickle);
    const PickleNode& tuple = tree.at(tree.root);
    ASSERT_EQ(tuple.kind, PickleNode::Kind::Tuple);
    ASSERT_EQ(tuple.items.size(), 8u);
    EXPECT_EQ(tree.at(tuple.items[0]).integer, -1);
    EXPECT_EQ(tree.at(tuple.items[1]).integer, -2);
    EXPECT_EQ(tree.at(tuple.items[2]).integer, 65535);
    EXPECT_EQ(tree.at(tuple.items[3]).real, 0.25);
    EXPECT_EQ(tree.at(tuple.items[4]).text, "hi");
    EXPECT_EQ(describePickleNode(tree, tuple.items[5]), "bool True");
    EXPECT_EQ(describePickleNode(tree, tuple.items[6]), "None");
    EXPECT_EQ(describePickleNode(tree, tuple.items[7]), "bool False");
}

// --- refusals ---------------------------------------------------------------------------------

TEST_F(CheckpointTest, MaliciousGlobalIsRefusedWithoutSideEffects) {
    // Unpickling malicious.pt in Python would run os.mkdir("locuscope-pickle-ran") in the current
    // directory; here it must be refused by name and nothing may appear.
    const fs::path before = fs::current_path();
    fs::current_path(directory);
    const bool refused =
        failsWith([] { readTorchCheckpoint(kData / "malicious.pt"); },
                  {"malicious.pt", "refusing to import posix.mkdir", "no code from the file is run"});
    const bool ran = fs::exists(directory / "locuscope-pickle-ran");
    fs::current_path(before);
    EXPECT_TRUE(refused);
    EXPECT_FALSE(ran);
}

TEST(TorchCheckpoint, LegacyFileGetsAConversionRecipe) {
    EXPECT_TRUE(failsWith([] { readTorchCheckpoint(kData / "legacy.pt"); },
                          {"legacy.pt", "legacy (pre-1.6, non-zip)", "torch.save(torch.load("}));
}

TEST(TorchCheckpoint, TorchScriptArchiveIsNotAStateDict) {
    EXPECT_TRUE(
        failsWith([] { readTorchCheckpoint(kData / "torchscript.pt"); }, {"torchscript.pt", "TorchScript"}));
}

TEST_F(CheckpointTest, CorruptOrForeignFilesAreInputErrors) {
    std::ifstream in(kData / "plain.pt", std::ios::binary);
    std::stringstream contents;
    contents << in.rdbuf();
    const std::string bytes = contents.str();
    std::ofstream(directory / "truncated.pt", std::ios::binary) << bytes.substr(0, bytes.size() / 2);
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(directory / "truncated.pt"); }, {"truncated.pt"}));

    std::ofstream(directory / "garbage.pt", std::ios::binary) << "PK\x03\x04 and then nothing like a zip";
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(directory / "garbage.pt"); }, {"garbage.pt", "archive"}));

    std::ofstream(directory / "text.pt") << "weights, honestly\n";
    EXPECT_TRUE(failsWith([&] { readTorchCheckpoint(directory / "text.pt"); },
                          {"text.pt", "not a PyTorch checkpoint"}));

    EXPECT_TRUE(
        failsWith([&] { readTorchCheckpoint(directory / "absent.pt"); }, {"absent.pt", "no such file"}));
}

// --- choosing the dictionary -------------------------------------------------------------------

TEST(TorchCheckpoint, WrappedStateDictIsFoundOrNamed) {
    const TorchCheckpoint found = readTorchCheckpoint(kData / "wrapped.pt");
    EXPECT_EQ(found.keyPath, "state_dict");
    expectMatchesPython(found.tensors, "small");
    const TorchCheckpoint named = readTorchCheckpoint(kData / "wrapped.pt", {"state_dict", ""});
    expectMatchesPython(named.tensors, "small");
    EXPECT_TRUE(failsWith(
        [] {
            readTorchCheckpoint(kData / "wrapped.pt", {"epoch", ""});
        },
        {"wrapped.pt", "'epoch' is int 3, not a dictionary of tensors"}));
}

TEST(TorchCheckpoint, NestedCheckpointListsItsDictionariesWhenAmbiguous) {
    EXPECT_TRUE(failsWith([] { readTorchCheckpoint(kData / "nested.pt"); },
                          {"nested.pt", "2 dictionaries of tensors", "'model.state_dict' (dict of 2 tensors)",
                           "'ema' (dict of 2 tensors)"}));
    expectMatchesPython(readTorchCheckpoint(kData / "nested.pt", {"model.state_dict", ""}).tensors, "small");
    expectMatchesPython(readTorchCheckpoint(kData / "nested.pt", {"ema", ""}).tensors, "ema");
    EXPECT_TRUE(failsWith(
        [] {
            readTorchCheckpoint(kData / "nested.pt", {"model", ""});
        },
        {"'model' is not a dictionary of tensors", "'step' is int 10"}));
    EXPECT_TRUE(failsWith(
        [] {
            readTorchCheckpoint(kData / "nested.pt", {"model.weights", ""});
        },
        {"no key 'weights' in 'model'", "'state_dict' (dict of 2 tensors)"}));
    EXPECT_TRUE(failsWith(
        [] {
            readTorchCheckpoint(kData / "nested.pt", {"optimizer", ""});
        },
        {"no key 'optimizer' in the top level", "'epoch' (int 3)"}));
}

TEST(TorchCheckpoint, DataParallelPrefixIsStrippedOnRequest) {
    const TorchCheckpoint kept = readTorchCheckpoint(kData / "module_prefixed.pt");
    expectMatchesPython(kept.tensors, "module_prefixed");
    EXPECT_EQ(kept.strippedKeys, 0u);
    const TorchCheckpoint stripped = readTorchCheckpoint(kData / "module_prefixed.pt", {"", "module."});
    expectMatchesPython(stripped.tensors, "module_prefixed", "module.");
    EXPECT_EQ(stripped.strippedKeys, 2u);
}

// --- key maps -------------------------------------------------------------------------------

TEST(CheckpointImport, InteractKeepsNamesAndInfersSizesFromShapes) {
    const CheckpointImport imported =
        importCheckpoint({"interact", kData / "interact_tiny.pt", "", "", false});
    expectMatchesPython(imported.weights.tensors, "interact_tiny");  // same names, same order
    const auto& metadata = imported.weights.metadata;
    EXPECT_EQ(metadata.at("model_kind"), "interact");
    EXPECT_EQ(metadata.at("architecture"), "INTERACT v1");
    EXPECT_EQ(metadata.at("source_file"), "interact_tiny.pt");
    EXPECT_EQ(metadata.at("source_md5").size(), 32u);
    // The sizes make_checkpoints.py built the model with.
    const auto hyper = nlohmann::json::parse(metadata.at("hyperparameters"));
    EXPECT_EQ(hyper.at("cnn_channels"), 3);
    EXPECT_EQ(hyper.at("kernel"), 10);
    EXPECT_EQ(hyper.at("window"), 41);
    EXPECT_EQ(hyper.at("tokens"), 2);
    EXPECT_EQ(hyper.at("hidden"), 8);
    EXPECT_EQ(hyper.at("intermediate"), 16);
    EXPECT_EQ(hyper.at("layers"), 2);
    EXPECT_EQ(hyper.at("max_positions"), 16);
    EXPECT_EQ(hyper.at("outputs"), 3);
}

TEST(CheckpointImport, InteractShapesOfThePublishedModel) {
    InteractHyperparameters published;
    published.cnnChannels = 400;
    published.kernel = 10;
    published.window = 2001;
    published.hidden = 512;
    published.intermediate = 2048;
    published.layers = 8;
    published.maxPositions = 1024;
    published.tokenTypes = 1;
    published.headInputs = 512;
    published.headHidden = 512;
    published.outputs = 21;
    std::int64_t trainable = 0;
    std::map<std::string, std::vector<std::int64_t>> shapes;
    for (const ExpectedTensor& tensor : interactTensors(published)) {
        shapes[tensor.source] = tensor.shape;
        // specs/interact.md §9: 34,502,983 trainable parameters for T=21, 1024 positions (the one-hot
        // table and BatchNorm's running statistics are not trainable).
        const bool buffer = tensor.source.find("running_") != std::string::npos || tensor.integer ||
                            tensor.source == "cnn.one_hot_embedding.weight";
        trainable += buffer ? 0 : elementCount(tensor.shape);
    }
    EXPECT_EQ(trainable, 34'502'983);
    EXPECT_EQ(shapes.at("cnn.layer_batch1.weight"), (std::vector<std::int64_t>{400, 2000}));
    EXPECT_EQ(shapes.at("cnn.layer_batch2.weight"), (std::vector<std::int64_t>{400, 1999}));
    EXPECT_EQ(shapes.at("cnn.layer_batch3.weight"), (std::vector<std::int64_t>{400, 2000}));
    EXPECT_EQ(shapes.at("mlm.classifier.main.0.weight_g"), std::vector<std::int64_t>{});
}

TEST(CheckpointImport, BelugaGetsReadableNames) {
    const CheckpointImport imported = importCheckpoint({"beluga", kData / "beluga_tiny.pt", "", "", false});
    const SafetensorsFile expected = readSafetensors(kData / "expected_beluga_tiny.safetensors");
    ASSERT_EQ(imported.weights.tensors.size(), 16u);
    for (const BelugaLayerName& layer : kBelugaLayerNames) {
        for (const std::string part : {".weight", ".bias"}) {
            const TensorRecord& mine = named(imported.weights.tensors, layer.target + part);
            const TensorRecord* python = expected.find(layer.source + part);
            ASSERT_NE(python, nullptr) << layer.source << part;
            EXPECT_EQ(mine.shape, python->shape) << layer.target;
            EXPECT_EQ(mine.bytes, python->bytes) << layer.target;
        }
    }
    const auto hyper = nlohmann::json::parse(imported.weights.metadata.at("hyperparameters"));
    EXPECT_EQ(hyper.at("positions"), 106);
    EXPECT_EQ(hyper.at("conv6_channels"), 5);
    EXPECT_EQ(hyper.at("hidden"), 6);
    EXPECT_EQ(hyper.at("outputs"), 7);
    EXPECT_EQ(nlohmann::json::parse(imported.weights.metadata.at("source_names")).at("fc1.weight"),
              "model.1.2.1.weight");
}

TEST(CheckpointImport, BelugaGeometryOfThePublishedModel) {
    // specs/seal.md §1.5: lengths 2000 -> ... -> 106, 640 x 106 = 67840 inputs to fc1.
    EXPECT_EQ(belugaPositions(2000, 8), 106);
    BelugaHyperparameters published;
    published.channels = {4, 320, 320, 480, 480, 640, 640};
    published.kernel = 8;
    published.positions = 106;
    published.hidden = 2003;
    published.outputs = 2002;
    std::int64_t parameters = 0;
    for (const ExpectedTensor& tensor : belugaTensors(published)) {
        parameters += elementCount(tensor.shape);
    }
    EXPECT_EQ(parameters, 149'536'251);
}

TEST(CheckpointImport, WrongKindNamesWhatIsMissing) {
    EXPECT_TRUE(failsWith(
        [] {
            importCheckpoint({"interact", kData / "beluga_tiny.pt", "", "", false});
        },
        {"beluga_tiny.pt", "'cnn.conv1.weight'", "is missing"}));
    EXPECT_TRUE(failsWith(
        [] {
            importCheckpoint({"beluga", kData / "interact_tiny.pt", "", "", false});
        },
        {"interact_tiny.pt", "'model.0.0.weight'", "is missing"}));
    EXPECT_TRUE(failsWith(
        [] {
            importCheckpoint({"bert", kData / "plain.pt", "", "", false});
        },
        {"unknown model kind 'bert'", "interact, beluga, raw"}));
}

TEST(WeightKeyMap, ListsMissingMismatchedAndUnexpectedTensors) {
    auto record = [](const std::string& name, std::vector<std::int64_t> shape,
                     TensorDType dtype = TensorDType::F32) {
        TensorRecord tensor{name, dtype, std::move(shape), {}};
        tensor.bytes.resize(static_cast<std::size_t>(elementCount(tensor.shape)) * elementSize(dtype));
        return tensor;
    };
    const std::vector<ExpectedTensor> expected{{"a.weight", "first.weight", {2, 3}},
                                               {"a.bias", "first.bias", {2}},
                                               {"n", "n", {}, /*integer=*/true, /*optional=*/true},
                                               {"b.weight", "second.weight", {4}}};
    const std::vector<TensorRecord> tensors{record("a.weight", {2, 3}), record("a.bias", {3}),
                                            record("extra", {1}), record("n", {}, TensorDType::I64)};
    EXPECT_TRUE(failsWith([&] { applyKeyMap("m.pt", "toy", tensors, expected, false); },
                          {"m.pt", "not a valid toy checkpoint", "1 missing: 'b.weight' [4]",
                           "'a.bias' is F32 [3], expected floating point [2]",
                           "1 unexpected (keep them with --allow-extra): 'extra' [1]"}));

    std::vector<TensorRecord> good{record("extra", {1}), record("b.weight", {4}), record("a.bias", {2}),
                                   record("a.weight", {2, 3})};
    std::vector<std::string> extra;
    const std::vector<TensorRecord> mapped = applyKeyMap("m.pt", "toy", good, expected, true, &extra);
    ASSERT_EQ(mapped.size(), 4u);  // the optional counter is absent
    EXPECT_EQ(mapped[0].name, "first.weight");
    EXPECT_EQ(mapped[1].name, "first.bias");
    EXPECT_EQ(mapped[2].name, "second.weight");
    EXPECT_EQ(mapped[3].name, "extra");
    EXPECT_EQ(extra, std::vector<std::string>{"extra"});
    EXPECT_TRUE(failsWith([&] { applyKeyMap("m.pt", "toy", good, expected, false); }, {"'extra' [1]"}));

    good.push_back(record("n", {}, TensorDType::F32));  // a counter must be int64
    EXPECT_TRUE(failsWith([&] { applyKeyMap("m.pt", "toy", good, expected, true); },
                          {"'n' is F32 [], expected I64 []"}));
}

TEST(CheckpointImport, PrefixedKeysGetAHint) {
    TensorRecord conv{
        "module.cnn.conv1.weight", TensorDType::F32, {3, 4, 10}, std::vector<std::uint8_t>(480)};
    EXPECT_TRUE(failsWith([&] { inferInteractHyperparameters("p.pt", {conv}); },
                          {"p.pt", "'cnn.conv1.weight'", "is missing", "--strip-prefix module."}));
}
