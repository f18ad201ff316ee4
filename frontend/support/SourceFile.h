// One JavaScript source file held in memory, with the position arithmetic diagnostics and the
// ESTree dump need. Text is kept as UTF-8; input that is not valid UTF-8 is repaired on load the
// way node's decoder does it (each maximal invalid subsequence becomes U+FFFD), so the lexer may
// assume well-formed UTF-8 and a program means what it means under node.
//
// Offsets everywhere in the frontend are byte offsets into text(). ESTree (and acorn) count
// positions in UTF-16 code units; utf16Offset() converts, using a table built only when the file
// contains non-ASCII text.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kiln {

struct LineColumn {
  uint32_t line;   // 1-based
  uint32_t column; // 0-based, in UTF-16 code units (ESTree convention)
};

class SourceFile {
public:
  /// Reads a file; on failure returns false and sets `error` to a description.
  static bool load(const std::string &path, SourceFile &out, std::string &error);
  /// Wraps text already in memory (tests, fuzzing).
  static SourceFile fromText(std::string path, std::string_view text);

  const std::string &path() const { return path_; }
  std::string_view text() const { return text_; }

  /// Line and UTF-16 column of a byte offset.
  LineColumn locate(uint32_t offset) const;
  /// UTF-16 code-unit index of a byte offset.
  uint32_t utf16Offset(uint32_t offset) const;
  /// The line containing `offset`, without its terminator.
  std::string_view lineText(uint32_t offset) const;
  /// Byte offset of the start of the line containing `offset`.
  uint32_t lineStart(uint32_t offset) const;

private:
  void setText(std::string text);
  void buildLineTable() const;
  void buildUtf16Table() const;

  std::string path_;
  std::string text_;
  bool ascii_ = true;
  mutable std::vector<uint32_t> lineStarts_;
  // For non-ASCII text: UTF-16 index at every 64-byte block boundary, refined by scanning.
  mutable std::vector<uint32_t> utf16Blocks_;
};

} // namespace kiln
