// Clang-style rendering of diagnostics. Long lines are shown as a window around the column so a
// minified 9 MB one-line file does not print megabytes.
#include "frontend/support/Diagnostics.h"

#include "frontend/support/SourceFile.h"

namespace kiln {

void printDiagnostic(std::ostream &out, const SourceFile &file, uint32_t offset,
                     const std::string &severity, const std::string &message) {
  if (offset > file.text().size())
    offset = uint32_t(file.text().size());
  LineColumn lc = file.locate(offset);
  out << file.path() << ':' << lc.line << ':' << (lc.column + 1) << ": " << severity << ": "
      << message << '\n';

  std::string_view line = file.lineText(offset);
  size_t caretByte = offset - file.lineStart(offset);
  constexpr size_t kWindow = 100;
  size_t from = 0;
  if (caretByte > kWindow) {
    from = caretByte - kWindow / 2;
    while (from < line.size() && (static_cast<unsigned char>(line[from]) & 0xC0) == 0x80)
      ++from;
  }
  size_t to = std::min(line.size(), from + 2 * kWindow);
  while (to < line.size() && (static_cast<unsigned char>(line[to]) & 0xC0) == 0x80)
    ++to;
  std::string shown;
  std::string caret;
  if (from > 0) {
    shown += "...";
    caret += "   ";
  }
  for (size_t i = from; i < to; ++i) {
    unsigned char c = line[i];
    shown += (c == 0) ? ' ' : char(c);
    if (i < caretByte && (c & 0xC0) != 0x80)
      caret += (c == '\t') ? '\t' : ' ';
  }
  if (to < line.size())
    shown += "...";
  out << shown << '\n' << caret << "^\n";
}

} // namespace kiln
