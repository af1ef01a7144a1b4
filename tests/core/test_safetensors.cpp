#include <gtest/gtest.h>
#include <torch/torch.h>

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "core/nn/safetensors_file.h"
#include "core/nn/tensor_file.h"
#include "core/runtime/input_error.h"

using namespace locuscope;
namespace fs = std::filesystem;

namespace {

class SafetensorsTest : public ::testing::Test {
protected:
    void SetUp() override {
        directory = fs::temp_directory_path() /
                    ("locuscope-safetensors-" + std::to_string(::getpid()) + "-" +
                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(directory);
        fs::create_directories(directory);
    }
    void TearDown() override { fs::remove_all(directory); }

    static std::string read(const fs::path& path) {
        std::ifstream in(path, std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    }
    static void writeRaw(const fs::path& path, const std::string& contents) {
        std::ofstream(path, std::ios::binary) << contents;
    }
    std::size_t entries() const {
        return static_cast<std::size_t>(std::distance(fs::directory_iterator(directory), {}));
    }

    // A file with the given header (unpadded) and data section.
    static std::string rawFile(const std::string& header, const std::string& data) {
        std::string file(8, '\0');
        for (int i = 0; i < 8; ++i) {
            file[static_cast<std::size_t>(i)] = static_cast<char>((header.size() >> (8 * i)) & 0xff);
        }
        return file + header + data;
    }

    // Writes `contents` as bad.safetensors; passes when reading it throws an InputError that names
    // the file and contains `problem`.
    ::testing::AssertionResult rejects(const std::string& contents, const std::string& problem) {
        const fs::path file = directory / "bad.safetensors";
        writeRaw(file, contents);
        try {
            readSafetensors(file);
        } catch (const InputError& error) {
            const std::string what = error.what();
            if (what.find("bad.safetensors") == std::string::npos || what.find(problem) == std::string::npos) {
                return ::testing::AssertionFailure() << "message '" << what << "' lacks the file or '" << problem
                                                     << "'";
            }
            return ::testing::AssertionSuccess();
        }
        return ::testing::AssertionFailure() << "no InputError for a file that should fail with '" << problem << "'";
    }

    fs::path directory;
};

std::string bytes(std::initializer_list<int> values) {
    std::string text;
    for (const int value : values) {
        text.push_back(static_cast<char>(value));
    }
    return text;
}

std::string floatBytes(std::initializer_list<float> values) {
    std::string text(values.size() * 4, '\0');
    std::memcpy(text.data(), values.begin(), text.size());
    return text;
}

TensorRecord patterned(const std::string& name, TensorDType dtype, std::vector<std::int64_t> shape, int seed) {
    TensorRecord record{name, dtype, std::move(shape), {}};
    record.bytes.resize(static_cast<std::size_t>(elementCount(record.shape)) * elementSize(dtype));
    for (std::size_t i = 0; i < record.bytes.size(); ++i) {
        record.bytes[i] = static_cast<std::uint8_t>((i * 37 + static_cast<std::size_t>(seed)) & 0xff);
    }
    return record;
}

TensorRecord fromString(const std::string& name, TensorDType dtype, std::vector<std::int64_t> shape,
                        const std::string& data) {
    return TensorRecord{name, dtype, std::move(shape), std::vector<std::uint8_t>(data.begin(), data.end())};
}

}  // namespace

// --- format ---------------------------------------------------------------------------------

TEST(SafetensorsDType, NamesSizesAndParsing) {
    EXPECT_EQ(toString(TensorDType::Bool), "BOOL");
    EXPECT_EQ(toString(TensorDType::BF16), "BF16");
    EXPECT_EQ(parseDType("I64"), TensorDType::I64);
    EXPECT_EQ(elementSize(TensorDType::F64), 8u);
    EXPECT_EQ(elementSize(TensorDType::BF16), 2u);
    EXPECT_EQ(elementSize(TensorDType::Bool), 1u);
    EXPECT_EQ(elementSize(TensorDType::I16), 2u);
    EXPECT_EQ(parseDType("I16"), TensorDType::I16);
    EXPECT_THROW(parseDType("f32"), InputError);
    EXPECT_EQ(elementCount({}), 1);
    EXPECT_EQ(elementCount({2, 0, 5}), 0);
    EXPECT_EQ(elementCount({2, 3, 4}), 24);
    EXPECT_THROW(elementCount({std::int64_t{1} << 40, std::int64_t{1} << 40}), InputError);
    EXPECT_EQ(shapeToString({2, 3}), "[2, 3]");
    EXPECT_EQ(shapeToString({}), "[]");
}

TEST_F(SafetensorsTest, RoundTripKeepsEveryDtypeShapeAndByte) {
    SafetensorsFile original;
    original.tensors = {
        patterned("f32", TensorDType::F32, {2, 3}, 1),  patterned("f16", TensorDType::F16, {5}, 2),
        patterned("bf16", TensorDType::BF16, {1, 3}, 3), patterned("scalar", TensorDType::F64, {}, 4),
        patterned("i64", TensorDType::I64, {3}, 5),      patterned("i32", TensorDType::I32, {2, 2}, 6),
        patterned("i8", TensorDType::I8, {7}, 7),        patterned("empty", TensorDType::U8, {0}, 8),
        patterned("empty2d", TensorDType::F32, {2, 0, 3}, 9), patterned("mask", TensorDType::Bool, {3}, 10),
        patterned("u8", TensorDType::U8, {2, 2, 2}, 11), patterned("i16", TensorDType::I16, {3}, 12),
    };
    writeSafetensors(directory / "w.safetensors", original);
    const SafetensorsFile loaded = readSafetensors(directory / "w.safetensors");

    ASSERT_EQ(loaded.tensors.size(), original.tensors.size());
    EXPECT_TRUE(loaded.metadata.empty());
    for (const TensorRecord& expected : original.tensors) {
        const TensorRecord* found = loaded.find(expected.name);
        ASSERT_NE(found, nullptr) << expected.name;
        EXPECT_EQ(found->dtype, expected.dtype) << expected.name;
        EXPECT_EQ(found->shape, expected.shape) << expected.name;
        EXPECT_EQ(found->bytes, expected.bytes) << expected.name;
    }
    EXPECT_EQ(loaded.find("scalar")->bytes.size(), 8u);
    EXPECT_TRUE(loaded.find("empty")->bytes.empty());
    EXPECT_EQ(loaded.find("absent"), nullptr);
    EXPECT_EQ(entries(), 1u);  // no temporary left behind
}

TEST_F(SafetensorsTest, MetadataRoundTrips) {
    SafetensorsFile original;
    original.metadata = {{"kind", "elm-mlp"},
                         {"hyper", R"({"hidden": [64, 32], "slope": 0.01})"},
                         {"note", "quote \" backslash \\ newline \n tab \t"},
                         {"unicode", "\xc2\xb5m \xe2\x80\x93 \xe7\x94\xb2\xe5\x9f\xba\xe5\x8c\x96"},
                         {"empty", ""}};
    original.tensors = {patterned("w", TensorDType::F32, {4}, 1)};
    writeSafetensors(directory / "m.safetensors", original);
    const SafetensorsFile loaded = readSafetensors(directory / "m.safetensors");
    EXPECT_EQ(loaded.metadata, original.metadata);
    EXPECT_EQ(readSafetensorsHeader(directory / "m.safetensors").metadata, original.metadata);
}

TEST_F(SafetensorsTest, FileWithoutTensorsRoundTrips) {
    SafetensorsFile original;
    original.metadata = {{"framework", "pt"}};
    writeSafetensors(directory / "e.safetensors", original);
    const SafetensorsFile loaded = readSafetensors(directory / "e.safetensors");
    EXPECT_TRUE(loaded.tensors.empty());
    EXPECT_EQ(loaded.metadata, original.metadata);
}

// The expected bytes below are worked out by hand from the format description: 8-byte little-endian
// header length, compact JSON with keys dtype/shape/data_offsets, spaces up to a multiple of 8.
TEST_F(SafetensorsTest, SingleFloatTensorMatchesTheReferenceBytes) {
    SafetensorsFile contents;
    contents.tensors = {fromString("a", TensorDType::F32, {2}, floatBytes({1.0f, 2.0f}))};
    writeSafetensors(directory / "a.safetensors", contents);

    const std::string header = R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";  // 54 bytes
    const std::string expected = bytes({56, 0, 0, 0, 0, 0, 0, 0}) + header + "  " +
                                 bytes({0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0x40});
    EXPECT_EQ(read(directory / "a.safetensors"), expected);
}

TEST_F(SafetensorsTest, MetadataComesFirstInTheHeader) {
    SafetensorsFile contents;
    contents.metadata = {{"format", "pt"}};
    contents.tensors = {fromString("a", TensorDType::F32, {2}, floatBytes({1.0f, 2.0f}))};
    writeSafetensors(directory / "a.safetensors", contents);

    const std::string header =
        R"({"__metadata__":{"format":"pt"},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";  // 85
    const std::string expected = bytes({88, 0, 0, 0, 0, 0, 0, 0}) + header + "   " + floatBytes({1.0f, 2.0f});
    EXPECT_EQ(read(directory / "a.safetensors"), expected);
}

TEST_F(SafetensorsTest, HeaderAlreadyAlignedGetsNoPadding) {
    SafetensorsFile contents;
    contents.tensors = {
        fromString("attn.0", TensorDType::F32, {1, 2, 3}, floatBytes({0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f}))};
    writeSafetensors(directory / "b.safetensors", contents);

    const std::string header = R"({"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}})";  // 64
    EXPECT_EQ(read(directory / "b.safetensors"),
              bytes({64, 0, 0, 0, 0, 0, 0, 0}) + header + floatBytes({0.0f, 1.0f, 2.0f, 3.0f, 4.0f, 5.0f}));
}

TEST_F(SafetensorsTest, WiderDtypesComeFirstSoEveryTensorIsAligned) {
    SafetensorsFile contents;
    contents.tensors = {patterned("z", TensorDType::I8, {3}, 1),  patterned("b", TensorDType::F32, {1}, 2),
                        patterned("m", TensorDType::Bool, {1}, 3), patterned("c", TensorDType::F64, {1}, 4),
                        patterned("h", TensorDType::F16, {3}, 5), patterned("a", TensorDType::F32, {3}, 6),
                        patterned("l", TensorDType::I64, {1}, 7), patterned("s", TensorDType::I16, {1}, 8)};
    writeSafetensors(directory / "o.safetensors", contents);
    const SafetensorsHeader header = readSafetensorsHeader(directory / "o.safetensors");

    std::vector<std::string> order;
    for (const TensorEntry& entry : header.tensors) {
        order.push_back(entry.name);
        EXPECT_EQ((8 + header.headerSize + entry.begin) % elementSize(entry.dtype), 0u) << entry.name;
    }
    // The reference's dtype order, widest first: I64, F64, F32, I32, BF16, F16, I16, I8, U8, BOOL; then
    // by name.
    EXPECT_EQ(order, (std::vector<std::string>{"l", "c", "a", "b", "h", "s", "z", "m"}));
    EXPECT_EQ(header.headerSize % 8, 0u);
}

TEST_F(SafetensorsTest, ReadsHeadersFromOtherWriters) {
    // Unpadded, keys in another order, whitespace, tensors listed out of offset order, unknown keys.
    const std::string header =
        "{ \"b\": {\"data_offsets\": [4, 6], \"shape\": [1], \"dtype\": \"F16\", \"extra\": 1},\n"
        "  \"a\": {\"shape\": [], \"dtype\": \"I32\", \"data_offsets\": [0, 4]} }";
    writeRaw(directory / "x.safetensors", rawFile(header, bytes({1, 0, 0, 0, 0x00, 0x3c})));
    const SafetensorsFile loaded = readSafetensors(directory / "x.safetensors");
    ASSERT_EQ(loaded.tensors.size(), 2u);
    EXPECT_EQ(loaded.tensors[0].name, "a");  // offset order
    EXPECT_TRUE(loaded.tensors[0].shape.empty());
    EXPECT_EQ(loaded.tensors[0].bytes, (std::vector<std::uint8_t>{1, 0, 0, 0}));
    EXPECT_EQ(loaded.find("b")->dtype, TensorDType::F16);
    EXPECT_EQ(loaded.find("b")->bytes, (std::vector<std::uint8_t>{0x00, 0x3c}));
}

// --- validation -----------------------------------------------------------------------------

namespace {
const std::string kF32Pair = R"("dtype":"F32","shape":[2],"data_offsets":[0,8])";
}

TEST_F(SafetensorsTest, RejectsAFileShorterThanTheLengthField) {
    EXPECT_TRUE(rejects("abc", "shorter than the 8-byte header length"));
}

TEST_F(SafetensorsTest, RejectsAHeaderLengthBeyondTheFile) {
    EXPECT_TRUE(rejects(bytes({100, 0, 0, 0, 0, 0, 0, 0}) + "{}", "exceeds the 2 bytes"));
}

TEST_F(SafetensorsTest, RejectsAnAbsurdHeaderLength) {
    // 0x10000000 = 268 MB, and a length with high bytes set (e.g. text read as a length).
    EXPECT_TRUE(rejects(bytes({0, 0, 0, 0x10, 0, 0, 0, 0}) + "{}", "implausible"));
    EXPECT_TRUE(rejects("PK\x03\x04 zip file, not safetensors", "implausible"));
}

TEST_F(SafetensorsTest, RejectsAHeaderThatIsNotJson) {
    EXPECT_TRUE(rejects(rawFile("{\"a\": {", ""), "not valid JSON"));
    EXPECT_TRUE(rejects(rawFile("{\"a\": \"\xff\"}", ""), "not valid JSON"));  // invalid UTF-8
}

TEST_F(SafetensorsTest, RejectsAHeaderThatIsNotAnObject) {
    EXPECT_TRUE(rejects(rawFile("[1, 2]", ""), "not a JSON object"));
    EXPECT_TRUE(rejects(rawFile("{\"a\": 3}", ""), "tensor 'a': header entry is not an object"));
}

TEST_F(SafetensorsTest, RejectsAnUnknownDtype) {
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F8_E4M3","shape":[2],"data_offsets":[0,2]}})", "ab"),
                        "tensor 'a': unknown dtype 'F8_E4M3'"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"shape":[2],"data_offsets":[0,2]}})", "ab"), "dtype is missing"));
}

TEST_F(SafetensorsTest, RejectsAShapeThatIsNotAListOfNonNegativeIntegers) {
    const std::string data(8, '\0');
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":2,"data_offsets":[0,8]}})", data),
                        "tensor 'a': shape is missing or not a list"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", data),
                        "not a list of non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2.0],"data_offsets":[0,8]}})", data),
                        "not a list of non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":["2"],"data_offsets":[0,8]}})", data),
                        "not a list of non-negative integers"));
}

TEST_F(SafetensorsTest, RejectsBadDataOffsets) {
    const std::string data(8, '\0');
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2]}})", data), "tensor 'a': data_offsets is missing"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[8]}})", data),
                        "is not two non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,"8"]}})", data),
                        "is not two non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8,9]}})", data),
                        "is not two non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})", data),
                        "data_offsets begin 8 is after end 0"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", data),
                        "data_offsets end 16 lies beyond the data, which has 8 bytes"));
}

TEST_F(SafetensorsTest, RejectsAByteSizeThatDoesNotMatchTheShape) {
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", std::string(8, '\0')),
                        "tensor 'a': holds 8 bytes but shape [3] of F32 needs 12"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F64","shape":[],"data_offsets":[0,4]}})", std::string(4, '\0')),
                        "holds 4 bytes but shape [] of F64 needs 8"));
}

TEST_F(SafetensorsTest, RejectsAShapeWhoseSizeOverflows) {
    // 2^62 * 4 elements overflows int64; so does 2^61 elements of 8 bytes.
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"U8","shape":[4611686018427387904,4],"data_offsets":[0,8]}})",
                                std::string(8, '\0')),
                        "overflows"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F64","shape":[2305843009213693952],"data_offsets":[0,8]}})",
                                std::string(8, '\0')),
                        "overflows"));
}

TEST_F(SafetensorsTest, RejectsOverlappingTensors) {
    EXPECT_TRUE(rejects(rawFile(R"({"a":{)" + kF32Pair + R"(},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})",
                                std::string(12, '\0')),
                        "tensors 'a' (bytes 0-8) and 'b' (bytes 4-12) overlap"));
}

TEST_F(SafetensorsTest, RejectsGapsBetweenOrAfterTensors) {
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},)"
                                R"("b":{"dtype":"F32","shape":[1],"data_offsets":[8,12]}})",
                                std::string(12, '\0')),
                        "gap of 4 bytes before tensor 'b'"));
    EXPECT_TRUE(rejects(rawFile(R"({"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", std::string(8, '\0')),
                        "gap of 4 bytes before tensor 'b'"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{)" + kF32Pair + "}}", std::string(12, '\0')),
                        "4 bytes after the last tensor belong to no tensor"));
}

TEST_F(SafetensorsTest, RejectsMetadataThatIsNotStrings) {
    EXPECT_TRUE(rejects(rawFile(R"({"__metadata__":{"kind":"mlp","epochs":3}})", ""),
                        "__metadata__ value 'epochs' is not a string"));
    EXPECT_TRUE(rejects(rawFile(R"({"__metadata__":["kind"]})", ""), "__metadata__ is not an object of strings"));
}

TEST_F(SafetensorsTest, RejectsDuplicateNames) {
    EXPECT_TRUE(rejects(rawFile(R"({"a":{)" + kF32Pair + R"(},"a":{)" + kF32Pair + "}}", std::string(8, '\0')),
                        "duplicate tensor name 'a'"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","dtype":"I8","shape":[2],"data_offsets":[0,8]}})",
                                std::string(8, '\0')),
                        "duplicate key 'dtype'"));
}

TEST_F(SafetensorsTest, RejectsAnEmptyOrPaddingOnlyHeader) {
    EXPECT_TRUE(rejects(rawFile("", ""), "not valid JSON"));
    EXPECT_TRUE(rejects(rawFile("        ", ""), "not valid JSON"));
}

TEST_F(SafetensorsTest, RejectsAMissingShape) {
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","data_offsets":[0,8]}})", std::string(8, '\0')),
                        "tensor 'a': shape is missing or not a list"));
}

TEST_F(SafetensorsTest, RejectsFractionalOrNegativeOffsets) {
    const std::string data(8, '\0');
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0.0,8.0]}})", data),
                        "is not two non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[-8,0]}})", data),
                        "is not two non-negative integers"));
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,18446744073709551615]}})",
                                data),
                        "lies beyond the data"));
}

TEST_F(SafetensorsTest, RejectsAHugeShapeWithoutAllocating) {
    // 2^62 F32 elements: the byte count is checked against the 8 data bytes before any buffer is made.
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[2147483648,2147483648],"data_offsets":[0,8]}})",
                                std::string(8, '\0')),
                        "tensor 'a'"));
}

TEST_F(SafetensorsTest, DeeplyNestedHeaderIsAnErrorNotACrash) {
    // Used to overflow the stack.
    const std::string deep = R"({"__metadata__":)" + std::string(100000, '[') + std::string(100000, ']') + "}";
    EXPECT_TRUE(rejects(rawFile(deep, ""), "header nests more than 8 levels deep"));
    const std::string deepTensor = R"({"a":{"dtype":"F32","shape":)" + std::string(100000, '[') +
                                   std::string(100000, ']') + R"(,"data_offsets":[0,0]}})";
    EXPECT_TRUE(rejects(rawFile(deepTensor, ""), "header nests more than 8 levels deep"));
    // Nesting within the limit still gets the ordinary message.
    EXPECT_TRUE(rejects(rawFile(R"({"a":{"dtype":"F32","shape":[[[2]]],"data_offsets":[0,8]}})", std::string(8, '\0')),
                        "not a list of non-negative integers"));
}

TEST_F(SafetensorsTest, RejectsMetadataThatIsNullOrNested) {
    EXPECT_TRUE(rejects(rawFile(R"({"__metadata__":null})", ""), "__metadata__ is not an object of strings"));
    EXPECT_TRUE(rejects(rawFile(R"({"__metadata__":{"kind":{"nested":"x"}}})", ""),
                        "__metadata__ value 'kind' is not a string"));
}

TEST_F(SafetensorsTest, RejectsADuplicateMetadataKey) {
    EXPECT_TRUE(rejects(rawFile(R"({"__metadata__":{"kind":"a","kind":"b"}})", ""), "duplicate key 'kind'"));
}

TEST_F(SafetensorsTest, RejectsAMissingFile) {
    try {
        readSafetensors(directory / "absent.safetensors");
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("absent.safetensors: no such file"), std::string::npos)
            << error.what();
    }
}

TEST_F(SafetensorsTest, WriteRejectsInconsistentContentsAndKeepsTheOldFile) {
    writeRaw(directory / "keep.safetensors", "precious");
    SafetensorsFile bad;
    bad.tensors = {fromString("a", TensorDType::F32, {3}, floatBytes({1.0f, 2.0f}))};
    try {
        writeSafetensors(directory / "keep.safetensors", bad);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("keep.safetensors: tensor 'a': has 8 bytes but shape [3]"),
                  std::string::npos)
            << error.what();
    }
    SafetensorsFile duplicate;
    duplicate.tensors = {patterned("a", TensorDType::U8, {1}, 1), patterned("a", TensorDType::U8, {1}, 2)};
    EXPECT_THROW(writeSafetensors(directory / "keep.safetensors", duplicate), InputError);
    EXPECT_EQ(read(directory / "keep.safetensors"), "precious");
    EXPECT_EQ(entries(), 1u);
}

TEST_F(SafetensorsTest, WritingIntoAMissingDirectoryLeavesNothing) {
    SafetensorsFile contents;
    contents.tensors = {patterned("a", TensorDType::F32, {2}, 1)};
    const fs::path target = directory / "missing" / "w.safetensors";
    try {
        writeSafetensors(target, contents);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("w.safetensors"), std::string::npos) << error.what();
    }
    EXPECT_FALSE(fs::exists(directory / "missing"));
    EXPECT_EQ(entries(), 0u);
}

// --- LibTorch adapter -------------------------------------------------------------------------

TEST(TensorFile, EverySupportedDtypeConvertsBothWays) {
    const torch::Tensor base = torch::arange(-3, 3).reshape({2, 3});
    for (const torch::Dtype dtype : {torch::kFloat32, torch::kFloat16, torch::kBFloat16, torch::kFloat64,
                                     torch::kInt64, torch::kInt32, torch::kInt16, torch::kInt8, torch::kBool}) {
        const torch::Tensor tensor = base.to(dtype);
        const TensorRecord record = toRecord("t", tensor);
        EXPECT_EQ(record.shape, (std::vector<std::int64_t>{2, 3}));
        EXPECT_EQ(record.bytes.size(), 6 * tensor.element_size());
        const torch::Tensor back = toTensor(record);
        EXPECT_EQ(back.scalar_type(), dtype);
        EXPECT_TRUE(torch::equal(back, tensor)) << c10::toString(dtype);
    }
    const torch::Tensor bytes = torch::arange(0, 250, 50).to(torch::kUInt8);
    EXPECT_EQ(toRecord("u", bytes).dtype, TensorDType::U8);
    EXPECT_TRUE(torch::equal(toTensor(toRecord("u", bytes)), bytes));
}

TEST(TensorFile, RecordBytesAreTheSafetensorsLayout) {
    const TensorRecord record = toRecord("a", torch::tensor({1.0f, 2.0f}));
    EXPECT_EQ(record.dtype, TensorDType::F32);
    EXPECT_EQ(record.bytes, (std::vector<std::uint8_t>{0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0x00, 0x40}));
    // bfloat16 is the upper half of the float32: 1.0 = 0x3f80.
    EXPECT_EQ(toRecord("b", torch::tensor({1.0f}).to(torch::kBFloat16)).bytes,
              (std::vector<std::uint8_t>{0x80, 0x3f}));
}

TEST(TensorFile, ScalarsEmptyAndNonContiguousTensors) {
    const TensorRecord scalar = toRecord("s", torch::tensor(2.5));
    EXPECT_TRUE(scalar.shape.empty());
    const torch::Tensor scalarBack = toTensor(scalar);
    EXPECT_EQ(scalarBack.dim(), 0);
    EXPECT_EQ(scalarBack.item<double>(), 2.5);

    const TensorRecord empty = toRecord("e", torch::zeros({0, 4}));
    EXPECT_TRUE(empty.bytes.empty());
    EXPECT_EQ(toTensor(empty).sizes().vec(), (std::vector<std::int64_t>{0, 4}));

    const torch::Tensor transposed = torch::arange(6, torch::kFloat32).reshape({2, 3}).t();
    ASSERT_FALSE(transposed.is_contiguous());
    const TensorRecord record = toRecord("t", transposed);
    EXPECT_EQ(record.shape, (std::vector<std::int64_t>{3, 2}));
    EXPECT_TRUE(torch::equal(toTensor(record), transposed));
}

TEST(TensorFile, RejectsUnsupportedDtypesAndBadRecords) {
    try {
        toRecord("counts", torch::zeros({2}, torch::kComplexFloat));
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("tensor 'counts'"), std::string::npos) << error.what();
    }
    EXPECT_THROW(toTensor(TensorRecord{"x", TensorDType::F32, {3}, std::vector<std::uint8_t>(8)}), InputError);
}

namespace {

struct TwoLayer : torch::nn::Module {
    TwoLayer(int inputs, int hidden) {
        hidden1 = register_module("hidden1", torch::nn::Linear(inputs, hidden));
        output = register_module("output", torch::nn::Linear(torch::nn::LinearOptions(hidden, 1).bias(false)));
        scale = register_buffer("scale", torch::rand({hidden}));
    }
    torch::Tensor forward(const torch::Tensor& x) {
        return output->forward(torch::relu(hidden1->forward(x)) * scale);
    }
    torch::nn::Linear hidden1{nullptr};
    torch::nn::Linear output{nullptr};
    torch::Tensor scale;
};

std::vector<torch::Tensor> snapshot(const torch::nn::Module& module) {
    std::vector<torch::Tensor> copies;
    for (const auto& parameter : module.parameters()) {
        copies.push_back(parameter.detach().clone());
    }
    for (const auto& buffer : module.buffers()) {
        copies.push_back(buffer.detach().clone());
    }
    return copies;
}

bool same(const std::vector<torch::Tensor>& a, const std::vector<torch::Tensor>& b) {
    if (a.size() != b.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (!torch::equal(a[i], b[i])) {
            return false;
        }
    }
    return true;
}

}  // namespace

TEST_F(SafetensorsTest, ModuleRoundTripRestoresWeightsAndMetadata) {
    torch::manual_seed(1);
    TwoLayer saved(4, 8);
    const std::map<std::string, std::string> metadata{{"kind", "two-layer"}, {"inputs", "4"}};
    saveModule(directory / "model.safetensors", saved, metadata);

    const SafetensorsFile file = readSafetensors(directory / "model.safetensors");
    std::vector<std::string> names;
    for (const TensorRecord& record : file.tensors) {
        names.push_back(record.name);
    }
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<std::string>{"hidden1.bias", "hidden1.weight", "output.weight", "scale"}));
    EXPECT_EQ(file.find("hidden1.weight")->shape, (std::vector<std::int64_t>{8, 4}));
    EXPECT_EQ(readModuleMetadata(directory / "model.safetensors"), metadata);

    torch::manual_seed(2);
    TwoLayer loaded(4, 8);
    ASSERT_FALSE(same(snapshot(saved), snapshot(loaded)));
    loadModule(directory / "model.safetensors", loaded);
    EXPECT_TRUE(same(snapshot(saved), snapshot(loaded)));
    const torch::Tensor x = torch::randn({5, 4});
    EXPECT_TRUE(torch::equal(saved.forward(x), loaded.forward(x)));
    EXPECT_TRUE(loaded.hidden1->weight.requires_grad());  // still a trainable parameter
}

TEST_F(SafetensorsTest, LoadConvertsToTheParameterDtype) {
    torch::manual_seed(1);
    TwoLayer saved(3, 5);
    saveModule(directory / "model.safetensors", saved, {});
    TwoLayer loaded(3, 5);
    loaded.to(torch::kFloat64);
    loadModule(directory / "model.safetensors", loaded);
    EXPECT_EQ(loaded.hidden1->weight.scalar_type(), torch::kFloat64);
    EXPECT_TRUE(torch::equal(loaded.hidden1->weight, saved.hidden1->weight.to(torch::kFloat64)));
    EXPECT_TRUE(torch::equal(loaded.scale, saved.scale.to(torch::kFloat64)));
}

TEST_F(SafetensorsTest, ShapeMismatchNamesTheTensorAndBothShapesAndChangesNothing) {
    TwoLayer saved(4, 8);
    saveModule(directory / "model.safetensors", saved, {});
    TwoLayer other(4, 6);
    const std::vector<torch::Tensor> before = snapshot(other);
    try {
        loadModule(directory / "model.safetensors", other, /*strict=*/false);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what())
                      .find("model.safetensors: tensor 'hidden1.weight' has shape [8, 4] in the file but the "
                            "model expects [6, 4]"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_TRUE(same(before, snapshot(other)));
}

TEST_F(SafetensorsTest, MissingTensorFailsWhenStrict) {
    torch::manual_seed(3);
    TwoLayer saved(4, 8);
    saveModule(directory / "full.safetensors", saved, {});
    SafetensorsFile partial = readSafetensors(directory / "full.safetensors");
    partial.tensors.erase(std::remove_if(partial.tensors.begin(), partial.tensors.end(),
                                         [](const TensorRecord& r) { return r.name == "output.weight"; }),
                          partial.tensors.end());
    writeSafetensors(directory / "partial.safetensors", partial);

    TwoLayer loaded(4, 8);
    const std::vector<torch::Tensor> before = snapshot(loaded);
    try {
        loadModule(directory / "partial.safetensors", loaded);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what())
                      .find("partial.safetensors: missing 1 tensor the model needs: 'output.weight' [1, 8]"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_TRUE(same(before, snapshot(loaded)));

    loadModule(directory / "partial.safetensors", loaded, /*strict=*/false);
    EXPECT_TRUE(torch::equal(loaded.hidden1->weight, saved.hidden1->weight));
    EXPECT_TRUE(torch::equal(loaded.output->weight, before[2]));  // left as it was
}

TEST_F(SafetensorsTest, UnexpectedTensorFailsWhenStrict) {
    torch::manual_seed(4);
    TwoLayer saved(4, 8);
    saveModule(directory / "full.safetensors", saved, {});
    SafetensorsFile extended = readSafetensors(directory / "full.safetensors");
    extended.tensors.push_back(toRecord("output.bias", torch::zeros({1})));
    writeSafetensors(directory / "extended.safetensors", extended);

    TwoLayer loaded(4, 8);
    try {
        loadModule(directory / "extended.safetensors", loaded);
        FAIL() << "no InputError";
    } catch (const InputError& error) {
        EXPECT_NE(std::string(error.what()).find("unexpected 1 tensor the model does not have: 'output.bias' [1]"),
                  std::string::npos)
            << error.what();
    }
    loadModule(directory / "extended.safetensors", loaded, /*strict=*/false);
    EXPECT_TRUE(same(snapshot(saved), snapshot(loaded)));
}
