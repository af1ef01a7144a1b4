#pragma once

#include <string>
#include <string_view>

namespace locuscope {

// The complement of a base or IUPAC code (R<->Y, K<->M, B<->V, D<->H; S, W, N and '-' map to
// themselves), case preserved; 0 for any other character.
char complementBase(char base);

// Reverse complement of a DNA string, IUPAC-aware, case preserved. InputError naming the character
// and its position for anything that is not a base or an IUPAC code.
std::string reverseComplement(std::string_view sequence);

// "'x'" for a printable character, "0x07" otherwise: for messages about bad input.
std::string describeCharacter(char c);

}  // namespace locuscope
