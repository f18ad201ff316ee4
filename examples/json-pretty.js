'use strict';
// json-pretty: pretty-prints a JSON document with its own recursive formatter (indentation, sorted
// keys, string escaping, compact short arrays) and prints statistics about the document's shape.
// JSON.parse reads the input; the formatting is done by hand. Without options the output must be
// identical to JSON.stringify(value, null, indent), which the program checks before it exits.
//
//   node examples/json-pretty.js                              the embedded sample
//   node examples/json-pretty.js '{"b": [1, 2], "a": "x"}'    the given document
//   options: --sort-keys  --indent=N  --ascii (escape non-ASCII)  --compact-arrays

const SAMPLE = `{
  "name": "kiln",
  "version": "0.1.0",
  "description": "An ahead-of-time compiler from JavaScript to native executables",
  "keywords": ["compiler", "javascript", "llvm", "aot"],
  "targets": [
    { "triple": "x86_64-linux-gnu", "tier": 1, "tested": true },
    { "triple": "aarch64-linux-gnu", "tier": 1, "tested": true },
    { "triple": "armv7-linux-gnueabihf", "tier": 2, "tested": false, "notes": null }
  ],
  "limits": { "maxNesting": 1500, "maxSourceBytes": 1073741824, "ratio": 0.75, "tiny": 1e-7 },
  "escapes": "tab\\t, quote \\" and backslash \\\\, newline\\n, bell \\u0007, caf\\u00e9 \\u2028",
  "empty": { "object": {}, "array": [], "string": "" },
  "matrix": [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  "unicode": "snowman \\u2603, emoji \\ud83d\\ude00"
}`;

const DEFAULT_OPTIONS = { indent: 2, sortKeys: false, ascii: false, compactArrays: false };

const SHORT_ESCAPES = new Map([
  ['"', '\\"'], ['\\', '\\\\'], ['\b', '\\b'], ['\f', '\\f'],
  ['\n', '\\n'], ['\r', '\\r'], ['\t', '\\t'],
]);

function hex4(code) {
  return code.toString(16).padStart(4, '0');
}

// Escapes a string the way JSON.stringify does: the two-character escapes where JSON has them,
// \u00XX for other control characters, \uXXXX for lone surrogates (well-formed JSON.stringify),
// and, with the ascii option, \uXXXX for every code unit above 0x7E.
function quote(text, ascii) {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const code = text.charCodeAt(i);
    if (SHORT_ESCAPES.has(ch)) {
      out += SHORT_ESCAPES.get(ch);
    } else if (code < 0x20) {
      out += `\\u${hex4(code)}`;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const next = text.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += ascii ? `\\u${hex4(code)}\\u${hex4(next)}` : ch + text[i + 1];
        i++;
      } else {
        out += `\\u${hex4(code)}`;
      }
    } else if (ascii && code > 0x7e) {
      out += `\\u${hex4(code)}`;
    } else {
      out += ch;
    }
  }
  return out + '"';
}

function isScalar(value) {
  return value === null || typeof value !== 'object';
}

function formatScalar(value, options) {
  switch (typeof value) {
    case 'string':
      return quote(value, options.ascii);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    default:
      return String(value); // true, false or null
  }
}

class Formatter {
  constructor(options) {
    this.options = options;
    this.unit = ' '.repeat(options.indent);
  }

  format(value) {
    return this.formatValue(value, '');
  }

  formatValue(value, indentation) {
    if (isScalar(value)) return formatScalar(value, this.options);
    return Array.isArray(value)
      ? this.formatArray(value, indentation)
      : this.formatObject(value, indentation);
  }

  formatArray(array, indentation) {
    if (array.length === 0) return '[]';
    // Short arrays of scalars stay on one line when asked (matrices read better that way).
    if (this.options.compactArrays && array.every(isScalar)) {
      const line = `[${array.map((item) => formatScalar(item, this.options)).join(', ')}]`;
      if (indentation.length + line.length <= 80) return line;
    }
    const inner = indentation + this.unit;
    const items = array.map((item) => inner + this.formatValue(item, inner));
    return `[\n${items.join(',\n')}\n${indentation}]`;
  }

  formatObject(object, indentation) {
    const keys = Object.keys(object);
    if (keys.length === 0) return '{}';
    if (this.options.sortKeys) keys.sort();
    const inner = indentation + this.unit;
    const members = keys.map((key) =>
      `${inner}${quote(key, this.options.ascii)}: ${this.formatValue(object[key], inner)}`);
    return `{\n${members.join(',\n')}\n${indentation}}`;
  }
}

// Structural equality of two JSON values; object key order does not matter.
function deepEqual(a, b) {
  if (isScalar(a) || isScalar(b)) return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && deepEqual(a[key], b[key]));
}

// Walks the document once and collects statistics about its shape.
function collectStats(root) {
  const stats = { maxDepth: 0, deepestPath: '$', objects: 0, arrays: 0, keys: 0 };
  stats.longestString = '';
  stats.distinctKeys = new Set();
  stats.scalars = { string: 0, number: 0, boolean: 0, null: 0 };
  const visit = (value, depth, path) => {
    if (depth > stats.maxDepth) {
      stats.maxDepth = depth;
      stats.deepestPath = path;
    }
    if (value === null) {
      stats.scalars.null++;
    } else if (Array.isArray(value)) {
      stats.arrays++;
      value.forEach((item, index) => visit(item, depth + 1, `${path}[${index}]`));
    } else if (typeof value === 'object') {
      stats.objects++;
      for (const [key, member] of Object.entries(value)) {
        stats.keys++;
        stats.distinctKeys.add(key);
        visit(member, depth + 1, `${path}.${key}`);
      }
    } else {
      stats.scalars[typeof value]++;
      if (typeof value === 'string' && value.length > stats.longestString.length) {
        stats.longestString = value;
      }
    }
  };
  visit(root, 0, '$');
  return stats;
}

function parseArguments(args) {
  const options = { ...DEFAULT_OPTIONS };
  let input = SAMPLE;
  for (const arg of args) {
    if (arg === '--sort-keys') options.sortKeys = true;
    else if (arg === '--ascii') options.ascii = true;
    else if (arg === '--compact-arrays') options.compactArrays = true;
    else if (arg.startsWith('--indent=')) {
      const indent = Number(arg.slice('--indent='.length));
      if (!Number.isInteger(indent) || indent < 1 || indent > 10) {
        throw new RangeError(`--indent takes an integer from 1 to 10, got '${arg}'`);
      }
      options.indent = indent;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option '${arg}'`);
    } else input = arg;
  }
  return { options, input };
}

// Formats one document and prints it with its statistics; returns the exit status.
function prettyPrint(input, options) {
  let value;
  try {
    value = JSON.parse(input);
  } catch (error) {
    console.error(`json-pretty: invalid JSON: ${error.message}`);
    return 1;
  }

  const output = new Formatter(options).format(value);
  console.log(output);

  // Self-check: the plain formatting is JSON.stringify's, and every formatting parses back.
  const plain = !options.sortKeys && !options.ascii && !options.compactArrays;
  if (plain && output !== JSON.stringify(value, null, options.indent)) {
    console.error('json-pretty: output differs from JSON.stringify');
    return 3;
  }
  if (!deepEqual(JSON.parse(output), value)) {
    console.error('json-pretty: output does not parse back to the same document');
    return 3;
  }

  const stats = collectStats(value);
  const { string, number, boolean, null: nulls } = stats.scalars;
  const longest = stats.longestString;
  const preview = longest.length > 40 ? `${longest.slice(0, 37)}...` : longest;
  const report = [
    ['depth', `${stats.maxDepth} (at ${stats.deepestPath})`],
    ['objects', `${stats.objects} with ${stats.keys} keys (${stats.distinctKeys.size} distinct)`],
    ['arrays', `${stats.arrays}`],
    ['scalars', `string ${string}, number ${number}, boolean ${boolean}, null ${nulls}`],
    ['longest string', `${quote(preview, true)} (${longest.length} chars)`],
    ['size', `${input.length} chars in, ${output.length} chars out`],
  ];
  console.log();
  for (const [label, text] of report) console.log(`${label}:`.padEnd(16) + text);
  return 0;
}

function main(args) {
  let options, input;
  try {
    ({ options, input } = parseArguments(args));
  } catch (error) {
    console.error(`json-pretty: ${error.message}`);
    return 2;
  }
  if (args.length > 0) return prettyPrint(input, options);

  // No arguments: show the sample twice, plain and with every option.
  const fancy = { indent: 4, sortKeys: true, ascii: true, compactArrays: true };
  console.log('== plain (same as JSON.stringify(value, null, 2)) ==');
  const status = prettyPrint(SAMPLE, DEFAULT_OPTIONS);
  if (status !== 0) return status;
  console.log();
  console.log('== --indent=4 --sort-keys --ascii --compact-arrays ==');
  return prettyPrint(SAMPLE, fancy);
}

process.exitCode = main(process.argv.slice(2));
