// console.table: a port of node 20's Console.prototype.table and lib/internal/cli_table.js.
//
// Rows are the data's own enumerable keys (arrays: their indices); columns are the union of the
// rows' own keys in the order node's null-prototype `map` object would list them (integer keys
// ascending first, then the others as first seen), or the `properties` argument; primitive rows
// go to a "Values" column. Maps and Sets (and their iterators, through the entries they have
// not yielded yet, as V8's previewEntries) get "(iteration index)" tables. Cells are inspected
// with depth 0 (-1 for objects of more than two keys), at most 3 array elements and no line
// breaks; columns are padded on the right to the widest cell, measured as node's getStringWidth
// (full-width characters count two, combining marks none).
#include "Builtins.h"
#include "Inspect.h"
#include "MapAndSet.h"
#include "NodeErrors.h"
#include "number/NumberConversions.h"

#include <algorithm>
#include <climits>
#include <optional>

namespace kiln::rt {

using Cell16 = std::optional<std::u16string>;  // empty: a hole (printed as an empty cell)

static bool isFullWidth(uint32_t c) {
  return c >= 0x1100 &&
         (c <= 0x115f || c == 0x2329 || c == 0x232a || (c >= 0x2e80 && c <= 0x3247 && c != 0x303f) ||
          (c >= 0x3250 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0xa4c6) || (c >= 0xa960 && c <= 0xa97c) ||
          (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe10 && c <= 0xfe19) ||
          (c >= 0xfe30 && c <= 0xfe6b) || (c >= 0xff01 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) ||
          (c >= 0x1b000 && c <= 0x1b001) || (c >= 0x1f200 && c <= 0x1f251) || (c >= 0x1f300 && c <= 0x1f64f) ||
          (c >= 0x20000 && c <= 0x3fffd));
}

static bool isZeroWidth(uint32_t c) {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f) || (c >= 0x300 && c <= 0x36f) || (c >= 0x200b && c <= 0x200f) ||
         (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xfe20 && c <= 0xfe2f) ||
         (c >= 0xe0100 && c <= 0xe01ef);
}

// node's getStringWidth (the cells hold no colour codes: console.table inspects without colours).
static size_t stringWidth(const std::u16string &s) {
  String *str = newStringUTF16(s.data(), s.size());
  size_t width = 0;
  for (uint32_t i = 0; i < str->length; ++i) {
    uint32_t c = codePointAt(str, i);
    if (c >= 0x10000) ++i;
    width += isFullWidth(c) ? 2 : isZeroWidth(c) ? 0 : 1;
  }
  return width;
}

static Result<std::u16string> inspectCell(Value v) {
  InspectOptions options;
  options.depth = 0;
  if (isObject(v) && !isArray(v)) {
    std::vector<PropertyKey> keys;
    ownPropertyKeys(asObject(v), keys, KeyFilter::Strings, true);
    if (keys.size() > 2) options.depth = -1;
  }
  options.maxArrayLength = 3;
  options.breakLength = INT_MAX;
  return inspect(v, options);
}

static std::u16string repeat(const std::u16string &s, size_t n) {
  std::u16string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// cli_table's table(head, columns).
static std::u16string renderTable(const std::vector<std::u16string> &head, const std::vector<std::vector<Cell16>> &columns) {
  std::vector<size_t> widths;
  for (const auto &h : head) widths.push_back(stringWidth(h));
  size_t longest = 0;
  for (const auto &c : columns) longest = std::max(longest, c.size());
  std::vector<std::vector<std::u16string>> rows(longest, std::vector<std::u16string>(head.size()));
  for (size_t i = 0; i < head.size(); ++i)
    for (size_t j = 0; j < longest; ++j) {
      const std::vector<Cell16> &column = columns[i];
      rows[j][i] = j < column.size() && column[j] ? *column[j] : std::u16string();
      widths[i] = std::max(widths[i], stringWidth(rows[j][i]));
    }
  auto renderRow = [&](const std::vector<std::u16string> &row) {
    std::u16string out = u"│ ";
    for (size_t i = 0; i < row.size(); ++i) {
      out += row[i] + std::u16string(widths[i] - stringWidth(row[i]), u' ');
      if (i != row.size() - 1) out += u" │ ";
    }
    return out + u" │";
  };
  auto divider = [&](const char16_t *left, const char16_t *middle, const char16_t *right) {
    std::u16string out = left;
    for (size_t i = 0; i < widths.size(); ++i) {
      if (i) out += middle;
      out += repeat(u"─", widths[i] + 2);
    }
    return out + right;
  };
  std::u16string result = divider(u"┌", u"┬", u"┐") + u"\n" + renderRow(head) + u"\n" + divider(u"├", u"┼", u"┤") + u"\n";
  for (const auto &row : rows) result += renderRow(row) + u"\n";
  return result + divider(u"└", u"┴", u"┘");
}

static std::vector<Cell16> indexColumn(size_t length) {
  std::vector<Cell16> column;
  for (size_t i = 0; i < length; ++i) column.push_back(toUTF16(numberToString(double(i))));
  return column;
}

static Result<std::u16string> keyValueTable(const std::vector<Value> &keys, const std::vector<Value> &values) {
  std::vector<Cell16> keyCells, valueCells;
  for (size_t i = 0; i < keys.size(); ++i) {
    keyCells.push_back(KILN_TRY(inspectCell(keys[i])));
    valueCells.push_back(KILN_TRY(inspectCell(values[i])));
  }
  return renderTable({u"(iteration index)", u"Key", u"Values"}, {indexColumn(keys.size()), keyCells, valueCells});
}

static Result<std::u16string> valuesTable(const std::vector<Value> &values) {
  std::vector<Cell16> cells;
  for (Value v : values) cells.push_back(KILN_TRY(inspectCell(v)));
  return renderTable({u"(iteration index)", u"Values"}, {indexColumn(values.size()), cells});
}

// A column of node's `map` object: its key, and whether the key is an array index (listed first).
struct Column {
  PropertyKey key;
  std::vector<Cell16> cells;
};

static Column &columnFor(std::vector<Column> &columns, PropertyKey key) {
  for (Column &c : columns)
    if (c.key == key) return c;
  // Integer keys ascending before the others, which keep their order: as an object lists them.
  auto at = columns.end();
  if (key.isIndex())
    at = std::find_if(columns.begin(), columns.end(),
                      [&](const Column &c) { return !c.key.isIndex() || c.key.index > key.index; });
  return *columns.insert(at, Column{key, {}});
}

static void setCell(std::vector<Cell16> &cells, size_t row, std::u16string text) {
  if (cells.size() <= row) cells.resize(row + 1);
  cells[row] = std::move(text);
}

static std::u16string keyText(PropertyKey key) { return toUTF16(asString(keyToValue(key))); }

// What console.table logs: the table, or the data itself when it is not an object.
Result<Value> consoleTableOutput(Value data, Value properties) {
  if (!isUndefined(properties) && !isArray(properties))
    return throwInvalidArgType("properties", "an instance of Array", properties);
  if (!isObject(data)) return data;
  Object *object = asObject(data);
  std::u16string text;
  if (object->kind == CellKind::Map || object->kind == CellKind::Set) {
    std::vector<Value> keys, values;
    collectionEntries(object, keys, values);
    text = object->kind == CellKind::Map ? KILN_TRY(keyValueTable(keys, values)) : KILN_TRY(valuesTable(keys));
  } else if (object->kind == CellKind::MapIterator || object->kind == CellKind::SetIterator) {
    std::vector<Value> keys, values;
    bool isEntries = false, isMap = false;
    iteratorRemaining(object, keys, values, isEntries, isMap);
    if (isMap && isEntries) {
      text = KILN_TRY(keyValueTable(keys, values));
    } else if (isMap) {
      text = KILN_TRY(valuesTable(values));
    } else {
      // previewEntries lists a Set's entries() as value, value, one pair after the other.
      std::vector<Value> flat;
      for (Value k : keys) {
        flat.push_back(k);
        if (isEntries) flat.push_back(k);
      }
      text = KILN_TRY(valuesTable(flat));
    }
  } else {
    std::vector<PropertyKey> rowKeys;
    ownPropertyKeys(object, rowKeys, KeyFilter::Strings, true);
    std::vector<PropertyKey> selected;
    if (!isUndefined(properties)) {
      Object *list = asObject(properties);
      double length = KILN_TRY(toNumber(KILN_TRY(getProperty(list, keyFromAtom(atoms.length)))));
      for (uint32_t i = 0; i < length; ++i)
        selected.push_back(KILN_TRY(toPropertyKey(KILN_TRY(getProperty(list, PropertyKey::fromIndex(i))))));
    }
    std::vector<Column> columns;
    std::vector<Cell16> primitiveValues;
    bool hasPrimitives = false;
    for (size_t i = 0; i < rowKeys.size(); ++i) {
      Value item = KILN_TRY(getProperty(object, rowKeys[i]));
      bool primitive = !isObject(item);
      if (isUndefined(properties) && primitive) {
        hasPrimitives = true;
        setCell(primitiveValues, i, KILN_TRY(inspectCell(item)));
        continue;
      }
      std::vector<PropertyKey> keys = selected;
      if (isUndefined(properties)) ownPropertyKeys(asObject(item), keys, KeyFilter::Strings, true);
      for (PropertyKey key : keys) {
        if (key.isSymbol()) continue;  // not listed by Object.keys(map)
        Column &column = columnFor(columns, key);
        if (primitive || !getOwnProperty(asObject(item), key).found) setCell(column.cells, i, u"");
        else setCell(column.cells, i, KILN_TRY(inspectCell(KILN_TRY(getProperty(asObject(item), key)))));
      }
    }
    std::vector<std::u16string> head = {u"(index)"};
    std::vector<std::vector<Cell16>> cells;
    std::vector<Cell16> indexCells;
    for (PropertyKey key : rowKeys) indexCells.push_back(keyText(key));
    cells.push_back(indexCells);
    for (Column &c : columns) {
      head.push_back(keyText(c.key));
      cells.push_back(c.cells);
    }
    if (hasPrimitives) {
      head.push_back(u"Values");
      cells.push_back(primitiveValues);
    }
    text = renderTable(head, cells);
  }
  return cellValue(newStringUTF16(text.data(), text.size()));
}

}  // namespace kiln::rt
