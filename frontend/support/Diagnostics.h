// Syntax errors and their clang-style rendering:
//   file:line:col: error: message
//   <the source line>
//        ^
// The parser stops at the first error (as node does), so an error is thrown as a C++ exception
// from deep inside the recursive descent and caught once at the parse entry point.
#pragma once
#include <cstdint>
#include <ostream>
#include <string>

namespace kiln {

class SourceFile;

struct SyntaxError {
  uint32_t offset; // byte offset of the offending token or character
  std::string message;
};

/// Prints `error` for `file` in clang's format. Column is 1-based in the diagnostic (clang's
/// convention), counted in characters of the line.
void printDiagnostic(std::ostream &out, const SourceFile &file, uint32_t offset,
                     const std::string &severity, const std::string &message);

} // namespace kiln
