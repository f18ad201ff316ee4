// SourceFile: loading (with node-compatible UTF-8 repair) and offset -> line/column arithmetic.
#include "frontend/support/SourceFile.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace kiln {

namespace {

// Length of the well-formed UTF-8 sequence at p (1-4), or 0 when the bytes there are not one.
// `maximalInvalid` receives the length of the maximal subpart to replace with one U+FFFD
// (WHATWG/Unicode "substitution of maximal subparts", which is what node's decoder does).
size_t utf8SequenceLength(const unsigned char *p, const unsigned char *end, size_t &maximalInvalid) {
  unsigned char c = p[0];
  maximalInvalid = 1;
  if (c < 0x80)
    return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF)
    need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F; // no UTF-16 surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else
    return 0;
  for (size_t i = 1; i <= need; ++i) {
    if (p + i >= end)
      return 0;
    unsigned char b = p[i];
    if (b < lo || b > hi)
      return 0;
    maximalInvalid = i + 1;
    lo = 0x80;
    hi = 0xBF;
  }
  return need + 1;
}

// Returns the repaired text, or an empty string when `in` is already well-formed (the common
// case, which then needs no copy). `ascii` tells whether `in` is pure ASCII.
std::string repairUtf8(std::string_view in, bool &ascii) {
  ascii = true;
  const auto *p = reinterpret_cast<const unsigned char *>(in.data());
  const auto *end = p + in.size();
  // Fast path: scan until the first non-ASCII byte.
  const auto *q = p;
  while (q < end && *q < 0x80)
    ++q;
  if (q == end)
    return {};
  ascii = false;
  size_t firstBad = 0;
  for (const auto *r = q; r < end;) {
    size_t bad;
    size_t len = utf8SequenceLength(r, end, bad);
    if (!len) {
      firstBad = r - p;
      break;
    }
    r += len;
    if (r == end)
      return {};
  }
  q = p + firstBad;
  std::string out(in.data(), q - p);
  out.reserve(in.size() + 16);
  while (q < end) {
    size_t bad;
    size_t len = utf8SequenceLength(q, end, bad);
    if (len) {
      out.append(reinterpret_cast<const char *>(q), len);
      q += len;
    } else {
      out.append("\xEF\xBF\xBD");
      q += bad;
    }
  }
  return out;
}

} // namespace

bool SourceFile::load(const std::string &path, SourceFile &out, std::string &error) {
  FILE *f = std::fopen(path.c_str(), "rb");
  if (!f) {
    error = std::strerror(errno);
    return false;
  }
  std::string data;
  if (std::fseek(f, 0, SEEK_END) == 0) {
    long size = std::ftell(f);
    if (size > 0)
      data.reserve(size_t(size));
    std::rewind(f);
  }
  char buffer[1 << 16];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0)
    data.append(buffer, n);
  bool failed = std::ferror(f);
  std::fclose(f);
  if (failed) {
    error = "read error";
    return false;
  }
  out.path_ = path;
  out.setText(std::move(data));
  return true;
}

SourceFile SourceFile::fromText(std::string path, std::string_view text) {
  SourceFile file;
  file.path_ = std::move(path);
  file.setText(std::string(text));
  return file;
}

void SourceFile::setText(std::string text) {
  if (text.size() > UINT32_MAX - 16)
    text.resize(UINT32_MAX - 16); // offsets are 32-bit; the driver rejects such files first
  std::string repaired = repairUtf8(text, ascii_);
  text_ = repaired.empty() ? std::move(text) : std::move(repaired);
  lineStarts_.clear();
  utf16Blocks_.clear();
}

void SourceFile::buildLineTable() const {
  lineStarts_.push_back(0);
  const char *s = text_.data();
  size_t n = text_.size();
  for (size_t i = 0; i < n; ++i) {
    unsigned char c = s[i];
    if (c == '\n') {
      lineStarts_.push_back(i + 1);
    } else if (c == '\r') {
      if (i + 1 < n && s[i + 1] == '\n')
        ++i;
      lineStarts_.push_back(i + 1);
    } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
      i += 2; // U+2028, U+2029
      lineStarts_.push_back(i + 1);
    }
  }
}

static uint32_t utf16Units(const char *s, size_t from, size_t to) {
  uint32_t units = 0;
  for (size_t i = from; i < to; ++i) {
    unsigned char c = s[i];
    if ((c & 0xC0) != 0x80)
      units += c >= 0xF0 ? 2 : 1; // 4-byte sequences are surrogate pairs
  }
  return units;
}

void SourceFile::buildUtf16Table() const {
  size_t blocks = text_.size() / 64 + 1;
  utf16Blocks_.resize(blocks + 1);
  uint32_t units = 0;
  for (size_t b = 0; b <= blocks; ++b) {
    utf16Blocks_[b] = units;
    size_t from = b * 64, to = std::min(text_.size(), from + 64);
    if (from < to)
      units += utf16Units(text_.data(), from, to);
  }
}

uint32_t SourceFile::utf16Offset(uint32_t offset) const {
  if (ascii_)
    return offset;
  if (utf16Blocks_.empty())
    buildUtf16Table();
  size_t block = offset / 64;
  return utf16Blocks_[block] + utf16Units(text_.data(), block * 64, offset);
}

uint32_t SourceFile::lineStart(uint32_t offset) const {
  if (lineStarts_.empty())
    buildLineTable();
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  return *(it - 1);
}

LineColumn SourceFile::locate(uint32_t offset) const {
  if (lineStarts_.empty())
    buildLineTable();
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  uint32_t line = uint32_t(it - lineStarts_.begin());
  uint32_t start = *(it - 1);
  return {line, utf16Offset(offset) - utf16Offset(start)};
}

std::string_view SourceFile::lineText(uint32_t offset) const {
  uint32_t start = lineStart(offset);
  size_t end = start;
  while (end < text_.size()) {
    unsigned char c = text_[end];
    if (c == '\n' || c == '\r')
      break;
    if (c == 0xE2 && end + 2 < text_.size() && (unsigned char)text_[end + 1] == 0x80 &&
        ((unsigned char)text_[end + 2] == 0xA8 || (unsigned char)text_[end + 2] == 0xA9))
      break;
    ++end;
  }
  return std::string_view(text_).substr(start, end - start);
}

} // namespace kiln
