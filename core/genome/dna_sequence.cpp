#include "core/genome/dna_sequence.h"

#include <cctype>
#include <cstdio>

#include "core/runtime/input_error.h"

namespace locuscope {

char complementBase(char base) {
    const bool lower = std::islower(static_cast<unsigned char>(base)) != 0;
    char complement = 0;
    switch (std::toupper(static_cast<unsigned char>(base))) {
        case 'A':
            complement = 'T';
            break;
        case 'C':
            complement = 'G';
            break;
        case 'G':
            complement = 'C';
            break;
        case 'T':
            complement = 'A';
            break;
        case 'R':
            complement = 'Y';
            break;
        case 'Y':
            complement = 'R';
            break;
        case 'K':
            complement = 'M';
            break;
        case 'M':
            complement = 'K';
            break;
        case 'B':
            complement = 'V';
            break;
        case 'V':
            complement = 'B';
            break;
        case 'D':
            complement = 'H';
            break;
        case 'H':
            complement = 'D';
            break;
        case 'S':
            complement = 'S';
            break;
        case 'W':
            complement = 'W';
            break;
        case 'N':
            complement = 'N';
            break;
        case '-':
            return '-';
        default:
            return 0;
    }
    return lower ? static_cast<char>(std::tolower(static_cast<unsigned char>(complement))) : complement;
}

std::string describeCharacter(char c) {
    if (std::isprint(static_cast<unsigned char>(c))) {
        return std::string("'") + c + "'";
    }
    char text[8];
    std::snprintf(text, sizeof(text), "0x%02x", static_cast<unsigned char>(c));
    return text;
}

std::string reverseComplement(std::string_view sequence) {
    std::string result(sequence.size(), 'N');
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        const char complement = complementBase(sequence[i]);
        if (complement == 0) {
            throw InputError("sequence has " + describeCharacter(sequence[i]) + " at position " +
                             std::to_string(i + 1) + ", which is neither a base nor an IUPAC code");
        }
        result[sequence.size() - 1 - i] = complement;
    }
    return result;
}

}  // namespace locuscope
