// Character classes for the regular-expression validator (see RegExpValidator.cpp for the whole).
//
// Without v a class is a flat list of atoms and ranges (ClassContents :: NonemptyClassRanges):
// the only early error is a range whose ends are out of order, and in unicode mode a range with a
// class escape (\d, \p{..}) at either end. Annex B allows such ranges and reads them as a union.
//
// With v a class is a set expression (ClassSetExpression): a union of operands and ranges, or a
// chain of one operator, && (intersection) or -- (subtraction), between operands; operands are
// characters, nested classes, \q{...} string alternatives and class escapes. The early errors are
// about strings: a negated class ([^...]) must not contain anything that may match a string of
// other than one code point, which is computed bottom-up as the grammar's MayContainStrings.
// Nested classes are kept on an explicit stack of frames instead of recursion; a frame records
// which operator its class has committed to, and an operand is "delivered" to the frame below
// when its nested class closes.
#include "frontend/regexp/PatternValidator.h"

namespace kiln::regexp {
namespace {

/// ClassSetSyntaxCharacter: must be escaped inside a v-mode class.
bool isClassSetSyntaxCharacter(uint32_t c) {
  switch (c) {
  case '(': case ')': case '[': case ']': case '{': case '}': case '/': case '-': case '\\':
  case '|':
    return true;
  default:
    return false;
  }
}

/// ClassSetReservedPunctuator: may be escaped inside a v-mode class.
bool isClassSetReservedPunctuator(uint32_t c) {
  switch (c) {
  case '&': case '-': case '!': case '#': case '%': case ',': case ':': case ';': case '<':
  case '=': case '>': case '@': case '`': case '~':
    return true;
  default:
    return false;
  }
}

/// A character that, doubled, is a ClassSetReservedDoublePunctuator (&& and -- are operators;
/// the others are reserved for future syntax and so invalid).
bool isDoublePunctuatorCharacter(uint32_t c) {
  switch (c) {
  case '&': case '!': case '#': case '$': case '%': case '*': case '+': case ',': case '.':
  case ':': case ';': case '<': case '=': case '>': case '?': case '@': case '^': case '`':
  case '~':
    return true;
  default:
    return false;
  }
}

} // namespace

// At '[' without v. ClassContents[~UnicodeSetsMode]: atoms and ranges up to ']'.
bool PatternValidator::parseClassRanges() {
  uint32_t classOffset = reader.offset();
  reader.advance();
  if (reader.current() == '^')
    reader.advance();
  for (;;) {
    if (reader.atEnd())
      return fail(classOffset, "unterminated character class; add the missing ']'");
    if (reader.current() == ']') {
      reader.advance();
      return true;
    }
    uint32_t rangeOffset = reader.offset();
    ClassAtom low;
    if (!parseClassAtom(low))
      return false;
    if (reader.current() != '-')
      continue;
    reader.advance();
    if (reader.current() == ']' || reader.atEnd())
      continue; // a trailing '-' is a literal; the loop closes or reports the class
    ClassAtom high;
    if (!parseClassAtom(high))
      return false;
    if (low.isCharacterClass || high.isCharacterClass) {
      if (unicodeMode)
        return fail(rangeOffset, "invalid character class; a class escape such as \\d cannot be "
                                 "the end of a range, escape the '-'");
      continue; // Annex B: the union of both ends and '-'
    }
    if (low.value > high.value)
      return fail(rangeOffset, "range out of order in character class");
  }
}

// ClassAtom without v: a character, a class escape or a character escape.
bool PatternValidator::parseClassAtom(ClassAtom &atom) {
  atom = ClassAtom();
  uint32_t c = reader.current();
  if (c != '\\') {
    atom.value = c;
    reader.advance();
    return true;
  }
  uint32_t escapeOffset = reader.offset();
  reader.advance();
  c = reader.current();
  if (c == 'b') {
    atom.value = '\b';
    reader.advance();
    return true;
  }
  if (isClassEscapeLetter(c)) {
    atom.isCharacterClass = true;
    reader.advance();
    return true;
  }
  if ((c == 'p' || c == 'P') && unicodeMode) {
    atom.isCharacterClass = true;
    reader.advance();
    bool matchesStrings;
    return parseUnicodePropertyEscape(c == 'P', escapeOffset, matchesStrings);
  }
  if (c == 'B' && unicodeMode)
    return fail(escapeOffset, "invalid class escape; \\B is an assertion and cannot appear in a "
                              "class");
  return parseCharacterEscape(EscapeContext::Class, escapeOffset, atom.value);
}

// At '[' with v. ClassSetExpression, with nested classes on an explicit stack.
bool PatternValidator::parseClassSet() {
  enum class Operator : uint8_t { None, Union, Intersection, Subtraction };
  struct Frame {
    uint32_t offset = 0;
    bool negated = false;
    Operator op = Operator::None;
    bool expectingOperand = false; ///< just after && or --
    bool firstIsRange = false;     ///< a range cannot be an operand of && or --
    bool mayContainStrings = false;
    uint32_t itemCount = 0;
  };
  SmallStack<Frame, 8> frames;
  auto openClass = [&] {
    Frame frame;
    frame.offset = reader.offset();
    reader.advance();
    if (reader.current() == '^') {
      frame.negated = true;
      reader.advance();
    }
    frames.push(frame);
  };
  // Adds an operand or range to the innermost class, combining MayContainStrings as the grammar
  // does: a union may if any item may, an intersection if all operands may, a subtraction if its
  // first operand may.
  auto addItem = [&](bool mayContainStrings, bool isRange) {
    Frame &frame = frames.top();
    if (frame.expectingOperand) {
      frame.expectingOperand = false;
      if (frame.op == Operator::Intersection)
        frame.mayContainStrings = frame.mayContainStrings && mayContainStrings;
    } else {
      if (frame.itemCount == 0)
        frame.firstIsRange = isRange;
      else
        frame.op = Operator::Union;
      frame.mayContainStrings = frame.mayContainStrings || mayContainStrings;
    }
    ++frame.itemCount;
  };
  auto invalidOperation = [&](uint32_t offset) {
    return fail(offset, "invalid set operation in character class; a class is a union, or one of "
                        "&& and -- between single operands, nest classes to combine them");
  };

  openClass();
  for (;;) {
    Frame &frame = frames.top();
    uint32_t start = reader.offset();
    if (reader.atEnd())
      return fail(frame.offset, "unterminated character class; add the missing ']'");
    uint32_t c = reader.current();
    if (!frame.expectingOperand) {
      if (c == ']') {
        reader.advance();
        if (frame.negated && frame.mayContainStrings)
          return fail(frame.offset, "negated character class may contain strings; a class with "
                                    "[^ cannot hold \\q{...} or a property of strings");
        bool mayContainStrings = frame.mayContainStrings && !frame.negated;
        frames.pop();
        if (frames.empty())
          return true;
        addItem(mayContainStrings, /*isRange=*/false);
        continue;
      }
      if (reader.lookingAt("&&") || reader.lookingAt("--")) {
        Operator op = c == '&' ? Operator::Intersection : Operator::Subtraction;
        if (frame.itemCount == 0)
          return fail(start, "invalid character in character class; escape the '" +
                                 std::string(1, char(c)) + "'");
        if (frame.op == Operator::None ? frame.firstIsRange : frame.op != op)
          return invalidOperation(start);
        frame.op = op;
        reader.skipASCII(2);
        if (op == Operator::Intersection && reader.current() == '&')
          return fail(reader.offset(), "invalid character in character class; '&&&' is "
                                       "ambiguous, escape the third '&'");
        frame.expectingOperand = true;
        continue;
      }
      if (frame.op == Operator::Intersection || frame.op == Operator::Subtraction)
        return invalidOperation(start);
    }
    if (c == '[') {
      openClass(); // `frame` may dangle now; the nested class's result arrives via addItem
      continue;
    }
    bool isCharacter, mayContainStrings;
    uint32_t low;
    if (!parseClassSetOperand(isCharacter, low, mayContainStrings))
      return false;
    bool isRange = false;
    if (isCharacter && !frame.expectingOperand && reader.current() == '-' &&
        !reader.lookingAt("--")) {
      reader.advance();
      uint32_t next = reader.current();
      if (next == '[' || (next == '\\' && (isClassEscapeLetter(reader.byteAt(1)) ||
                                           reader.byteAt(1) == 'p' || reader.byteAt(1) == 'P' ||
                                           reader.byteAt(1) == 'q')))
        return fail(start, "invalid character class; a range must be between two characters");
      uint32_t high;
      if (!parseClassSetCharacter(high))
        return false;
      if (low > high)
        return fail(start, "range out of order in character class");
      isRange = true;
    }
    addItem(mayContainStrings, isRange);
  }
}

// A ClassSetOperand other than a nested [...] class: \q{...}, a class escape, or a character.
bool PatternValidator::parseClassSetOperand(bool &isCharacter, uint32_t &value,
                                            bool &mayContainStrings) {
  isCharacter = false;
  mayContainStrings = false;
  if (reader.current() == '\\') {
    uint32_t escapeOffset = reader.offset();
    uint8_t letter = reader.byteAt(1);
    if (letter == 'q' && reader.byteAt(2) == '{') {
      reader.skipASCII(3);
      return parseClassStringDisjunction(escapeOffset, mayContainStrings);
    }
    if (isClassEscapeLetter(letter)) {
      reader.skipASCII(2);
      return true;
    }
    if (letter == 'p' || letter == 'P') {
      reader.skipASCII(2);
      return parseUnicodePropertyEscape(letter == 'P', escapeOffset, mayContainStrings);
    }
  }
  isCharacter = true;
  return parseClassSetCharacter(value);
}

// ClassSetCharacter: a character that needs no escape, or an escaped one.
bool PatternValidator::parseClassSetCharacter(uint32_t &value) {
  uint32_t start = reader.offset();
  uint32_t c = reader.current();
  if (c == PatternReader::EndOfPattern)
    return fail(start, "unterminated character class; add the missing ']'");
  if (c == '\\') {
    reader.advance();
    c = reader.current();
    if (c == 'b') {
      value = '\b';
      reader.advance();
      return true;
    }
    if (isClassSetReservedPunctuator(c)) {
      value = c;
      reader.advance();
      return true;
    }
    return parseCharacterEscape(EscapeContext::ClassSet, start, value);
  }
  if (isClassSetSyntaxCharacter(c))
    return fail(start, "invalid character in character class; with the v flag '" +
                           std::string(1, char(c)) + "' must be escaped in a class");
  if (isDoublePunctuatorCharacter(c) && reader.byteAt(1) == c)
    return fail(start, "invalid set operation in character class; '" + std::string(2, char(c)) +
                           "' is reserved with the v flag, escape one of the characters");
  value = c;
  reader.advance();
  return true;
}

// After "\q{": ClassString alternatives separated by '|' up to '}'. A class may contain strings if
// any alternative is not exactly one code point long (the empty string counts).
bool PatternValidator::parseClassStringDisjunction(uint32_t escapeOffset,
                                                   bool &mayContainStrings) {
  mayContainStrings = false;
  uint32_t length = 0;
  for (;;) {
    if (reader.atEnd())
      return fail(escapeOffset, "unterminated \\q{...}; add the missing '}'");
    uint32_t c = reader.current();
    if (c == '}' || c == '|') {
      mayContainStrings |= length != 1;
      length = 0;
      reader.advance();
      if (c == '}')
        return true;
      continue;
    }
    uint32_t value;
    if (!parseClassSetCharacter(value))
      return false;
    ++length;
  }
}

} // namespace kiln::regexp
