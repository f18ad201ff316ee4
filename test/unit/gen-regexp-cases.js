#!/usr/bin/env node
// Generates test/unit/RegExpCases.inc, the differential cases for RegExpValidatorTest.cpp: node
// decides whether each (pattern, flags) pair is a valid regular expression (does
// `new RegExp(pattern, flags)` throw?) and kiln's validator must agree.
//
// Every pattern in `patterns` is tried with no flags (Annex B grammar), with u and with v, so one
// line covers the rule in all three dialects; `flagCases` adds flag-specific pairs. The patterns
// are the source text between the slashes of a literal, so none contains a line terminator or an
// unescaped '/' outside a class.
//
// Usage (from the repository root):  node test/unit/gen-regexp-cases.js
'use strict';
const fs = require('fs');
const path = require('path');

const r = String.raw;
const patterns = [
  // Plain atoms, alternatives, empty pieces.
  '', 'a', 'abc', 'a|b', '|', 'a||b', '.', '^$', '^a$', 'a|', '|a',
  // Quantifiers.
  'a*', 'a+', 'a?', 'a*?', 'a+?', 'a??', 'a{2}', 'a{2,}', 'a{2,3}', 'a{2,3}?', 'a{0}',
  'a**', 'a*+', 'a???', 'a{2}{3}', 'a{2}*', '*', '+', '?', '*a', 'a|*', '(*)', '(?:+)',
  'a{3,2}', 'a{2,2}', r`a{0,4294967296}`, 'a{2147483648,2147483647}', 'a{2147483648,3}',
  'a{99999999999999999999}', 'a{,5}', 'a{', 'a{1', 'a{1,', 'a{1,2', 'a{a}', 'a{1a}', 'a{ 1}',
  '{', '}', '{}', '{1}', '{1,}', '{1,2}', '{,1}', '{a}', 'x{1}{1,}', '{*', '}*', ']', ']*',
  'a{1}?', 'a{1}??', 'a{1}+', r`\u{41,40}`, r`\u{3}`, r`\x{2}`,
  // Assertions and what may be quantified.
  '^*', '$+', r`\b*`, r`\B{2}`, r`\b`, r`\B`, '(?=a)', '(?!a)', '(?<=a)', '(?<!a)',
  '(?=a)*', '(?!a)+', '(?=a){2}', '(?=a)?', '(?=a)*?', '(?<=a)*', '(?<!a)?', '(?<=a){1}',
  '(?<=(?<a>b))', '(?<=a(?=b))', '(?=(?<=a))', '^{', '${1}', r`\b{`, '(?=a){', '(?=a){1',
  // Groups.
  '()', '(a)', '(?:a)', '(?:)', '(', ')', 'a)', '(a', '((a)', '(a))', '(?', '(?a)', '(?i:a)',
  '(?i)', '(?-i:a)', '(?<', '(?<a', '(?<a>', '(?<a>a)', '(?<>a)', '(?<1a>a)', '(?<a1>a)',
  '(?<$>a)', '(?<_>a)', '(?<a-b>a)', '(?<a b>a)', '(?<é>a)', '(?<ǅ>a)', '(?<a·>a)', '(?<·>a)',
  '(?<𝒜>a)', '(?<a𝒜>a)', '(?<😀>a)', '(?<\u200C>a)', '(?<a\u200C>a)', '(?<a\u200D>a)',
  r`(?<\u0061>a)`, r`(?<a\u0062>a)`, r`(?<\u{61}>a)`, r`(?<\u{1d49c}>a)`, r`(?<\uD835\uDC9C>a)`,
  r`(?<a\uD835\uDC9C>a)`, r`(?<a\uD835\u{DC9C}>a)`, r`(?<\uD835>a)`, r`(?<\u{110000}>a)`,
  r`(?<\u00>a)`, r`(?<\x61>a)`, r`(?<a\>a)`, r`(?<\u0031>a)`, r`(?<a\u0031>a)`, r`(?<\u200C>a)`,
  r`(?<\u{24}>a)`, '(?<a>a)(?<a>b)', '(?<a>a)|(?<a>b)', '(?<a>a)(?<b>b)', '(?:(?<a>a)|(?<a>b))',
  '(?<a>(?<b>c))', '(a)(b)(c)', '(?:(?:(?:a)))', '((((((((((a))))))))))',
  // Backreferences.
  r`\1`, r`(a)\1`, r`\1(a)`, r`(a)\2`, r`(a)\10`, r`\0`, r`\00`, r`\01`, r`\08`, r`\8`, r`\9`,
  r`(a)\8`, r`\12`, r`((((((((((((a))))))))))))\12`, r`(a)\1*`, r`\1{2}`, r`(a)\99999999999`,
  // Named references.
  r`\k`, r`\k<a>`, r`\k<a`, r`\ka`, r`(?<a>x)\k<a>`, r`\k<a>(?<a>x)`, r`(?<a>x)\k<b>`,
  r`(?<a>x)\k`, r`(?<a>x)\ka`, r`(?<a>x)\k<a`, r`(?<a>x)\k<>`, r`(?<a>x)[\k]`, r`[\k](?<a>x)`,
  r`[\k<a>]`, r`(?<a>x)\k<\u0061>`, r`(?<\u0061>x)\k<a>`, r`(?<a>x)\k<\u{61}>`, r`\(?<a>x)\k<a>`,
  r`[(?<a>x)]\k<a>`, r`(?<a>x)\k<a>*`, r`(?<a>.)\k<a>{2}`, r`(?<=\k<a>)(?<a>x)`,
  // Escapes.
  r`\d\D\s\S\w\W`, r`\f\n\r\t\v`, r`\cA`, r`\cz`, r`\c`, r`\c1`, r`\c_`, r`\c*`, r`\c\d`,
  r`\x41`, r`\x4`, r`\x`, r`\xg0`, r`\u0041`, r`\u004`, r`\u`, r`\u{41}`, r`\u{}`, r`\u{110000}`,
  r`\u{10FFFF}`, r`\u{0000000041}`, r`\u{g}`, r`\u{41`, r`\uD83D`, r`\uDE00`, r`\uD83D\uDE00`,
  r`\uD83D\u{DE00}`, r`\u{D83D}\u{DE00}`, r`\a`, r`\e`, r`\g`, r`\i`, r`\j`, r`\l`, r`\m`, r`\o`,
  r`\q`, r`\y`, r`\z`, r`\A`, r`\C`, r`\E`, r`\K`, r`\Q`, r`\Z`, r`\_`, r`\-`, r`\/`, r`\.`,
  r`\*`, r`\+`, r`\?`, r`\(`, r`\)`, r`\[`, r`\]`, r`\{`, r`\}`, r`\|`, r`\^`, r`\$`, r`\\`,
  r`\ `, r`\!`, r`\#`, r`\%`, r`\&`, r`\,`, r`\:`, r`\;`, r`\<`, r`\=`, r`\>`, r`\@`, r`\``,
  r`\~`, r`\'`, r`\"`, r`\é`, r`\😀`, r`\0`, r`\07`, r`\377`, r`\400`, r`\101`, r`\p`, r`\P`,
  '\\',
  // Unicode property escapes.
  r`\p{L}`, r`\P{L}`, r`\p{Letter}`, r`\p{Lu}`, r`\p{gc=Lu}`, r`\p{General_Category=Lu}`,
  r`\p{General_Category=Uppercase_Letter}`, r`\p{Script=Latin}`, r`\p{sc=Latn}`,
  r`\p{Script_Extensions=Greek}`, r`\p{scx=Grek}`, r`\p{Latin}`, r`\p{Script=Lu}`,
  r`\p{gc=Latin}`, r`\p{ASCII}`, r`\p{Any}`, r`\p{Assigned}`, r`\p{ASCII_Hex_Digit}`,
  r`\p{AHex}`, r`\p{Emoji}`, r`\p{ExtPict}`, r`\p{RGI_Emoji}`, r`\P{RGI_Emoji}`,
  r`\p{Basic_Emoji}`, r`\p{Emoji_Keycap_Sequence}`, r`\p{RGI_Emoji_ZWJ_Sequence}`,
  r`\p{RGI_Emoji_Flag_Sequence}`, r`\p{RGI_Emoji_Modifier_Sequence}`, r`\p{RGI_Emoji_Tag_Sequence}`,
  r`\p{lu}`, r`\p{LU}`, r`\p{letter}`, r`\p{ascii}`, r`\p{}`, r`\p{`, r`\p{L`, r`\p{=L}`,
  r`\p{gc=}`, r`\p{gc}`, r`\p{Script}`, r`\p{General_Category}`, r`\p{Block=Basic_Latin}`,
  r`\p{L }`, r`\p{ L}`, r`\p{L&}`, r`\p{Lu=Yes}`, r`\p{ASCII=Yes}`, r`\p{sc=Latin=x}`,
  r`\p{Hrkt}`, r`\p{sc=Hrkt}`, r`\p{sc=Zzzz}`, r`\p{sc=Unknown}`, r`\p{sc=Qaai}`,
  r`\p{sc=Garay}`, r`\p{sc=Tolong_Siki}`, r`\p{scx=Zinh}`, r`\p{sc=Zmth}`, r`\p{punct}`,
  r`\p{digit}`, r`\p{Combining_Mark}`, r`\p{Cn}`, r`\p{LC}`, r`\p{Cased_Letter}`,
  r`\p{Other_Alphabetic}`, r`\p{Hyphen}`, r`\p{IDS_Unary_Operator}`, r`\p{Lu}*`, r`\pL`,
  r`\p{L}{2}`, r`\P{Any}`,
  // Classes: basics and ranges.
  '[]', '[^]', '[a]', '[^a]', '[abc]', '[a-z]', '[z-a]', '[a-a]', '[-]', '[-a]', '[a-]',
  '[a-b-c]', '[a--]', '[--a]', '[---]', '[a-z-0]', '[', '[a', '[^', '[a-', '[a-z', '[[]', '[[a]]',
  '[]]', '[^]]', '[]a]', '[a]]', '[\\]', '[\\', '[/]', '[(]', '[)]', '[{]', '[}]', '[|]', '[.]',
  '[*]', '[?]', '[+]', '[$]', '[^^]', '[a^]', '[^-]', '[&]', '[!]', '[#]', '[%]', '[,]', '[:]',
  '[;]', '[<]', '[=]', '[>]', '[@]', '[`]', '[~]',
  // Class escapes.
  r`[\d]`, r`[\d-a]`, r`[a-\d]`, r`[\d-\w]`, r`[\d-]`, r`[-\d]`, r`[\s-\S]`, r`[\p{L}]`,
  r`[\p{L}-a]`, r`[a-\p{L}]`, r`[\P{L}]`, r`[^\p{L}]`, r`[\b]`, r`[\B]`, r`[\b-\n]`, r`[\-]`,
  r`[a\-z]`, r`[\cA]`, r`[\c1]`, r`[\c_]`, r`[\c]`, r`[\c-a]`, r`[\c*]`, r`[\cA-\cZ]`, r`[\0]`,
  r`[\00]`, r`[\01]`, r`[\1]`, r`[\7]`, r`[\8]`, r`[\9]`, r`[\377]`, r`[\1-\0]`, r`[\0-\1]`,
  r`[\x41-\x5a]`, r`[\x5a-\x41]`, r`[\u0041-\u005a]`, r`[\u{41}-\u{5a}]`, r`[\u{5a}-\u{41}]`,
  r`[\u{1F600}-\u{1F601}]`, r`[\u{1F601}-\u{1F600}]`, r`[\uD83D\uDE00-\uD83D\uDE01]`,
  r`[\uD83D\uDE01-\uD83D\uDE00]`, r`[\uDE00-\uD83D]`, r`[\uD83D-\uDE00]`,
  r`[\u{1F600}-\uD83D\uDE01]`, '[😀-😁]', '[😁-😀]', '[a-😀]', '[😀-a]', '[😀]', '[^😀]',
  '[é-ê]', '[ê-é]', r`[\k]`, r`[\q]`, r`[\y]`, r`[\/]`, r`[\.]`, r`[\$]`, r`[\&]`, r`[\!]`,
  r`[\#]`, r`[\%]`, r`[\,]`, r`[\:]`, r`[\;]`, r`[\<]`, r`[\=]`, r`[\>]`, r`[\@]`, r`[\`]`,
  r`[\~]`, r`[\*]`, r`[\(]`, r`[\[]`, r`[\]]`, r`[\{]`, r`[\}]`, r`[\|]`, r`[\^]`, r`[\\]`,
  r`[\_]`, r`[\ ]`, r`[\é]`, r`[\u]`, r`[\u{]`, r`[\x]`, r`[\x1]`, r`[\a]`, r`[\p]`, r`[\P]`,
  r`[\p{]`, r`[\p{L]`, r`[\p{RGI_Emoji}]`, r`[^\p{RGI_Emoji}]`, r`[\P{RGI_Emoji}]`,
  r`[\s\S]`, r`[^\s\S]`, r`[a-z\d_]`, r`[\w-]`, r`[%-\d]`, r`[\d-%]`,
  // v-mode set notation.
  '[a&&b]', '[a&&b&&c]', '[a--b]', '[a--b--c]', '[a&&b--c]', '[a--b&&c]', '[a-z&&b]',
  '[a&&b-z]', '[a-z--b]', '[[a-z]&&b]', '[[a-z]--[b]]', '[&&a]', '[a&&]', '[a&&&b]', '[&&]',
  '[--]', '[a--]', '[a&&b c]', '[ab&&c]', '[a b--c]', '[[a][b]]', '[[a]b]', '[a[b]]',
  '[[[[a]]]]', '[[^a]]', '[^[a]]', '[^[^a]]', '[[]]', '[[^]]', '[[a]&&[b]&&[c]]',
  '[[a]--[b]--[c]]', '[[a]&&[b]--[c]]', '[\\d&&\\w]', '[\\d--\\w]', '[\\p{L}&&\\p{Lu}]',
  '[\\p{L}--\\p{Lu}]', '[a&b]', '[a-b]', '[&a]', '[a&]', '[!!]', '[##]', '[$$]', '[%%]', '[**]',
  '[++]', '[,,]', '[..]', '[::]', '[;;]', '[<<]', '[==]', '[>>]', '[??]', '[@@]', '[^^^]',
  '[a^^]', '[``]', '[~~]', '[a!b!c]', '[!-#]', '[$-%]', '[a-&]', '[\\&\\&]', '[\\!\\!]',
  // \q{...} and strings.
  r`[\q{}]`, r`[\q{a}]`, r`[\q{abc}]`, r`[\q{a|b}]`, r`[\q{a|bc}]`, r`[\q{|}]`, r`[\q{a|}]`,
  r`[^\q{}]`, r`[^\q{a}]`, r`[^\q{ab}]`, r`[^\q{a|b}]`, r`[^\q{a|bc}]`, r`[^\q{a|}]`,
  r`[\q{a]`, r`[\q{a}`, r`[\q{a-b}]`, r`[\q{a\-b}]`, r`[\q{a\|b}]`, r`[\q{(}]`, r`[\q{\(}]`,
  r`[\q{\u{1F600}}]`, r`[^\q{\u{1F600}}]`, r`[^\q{\uD83D\uDE00}]`, r`[^\q{😀}]`, r`[\q{\d}]`,
  r`[\q{[a]}]`, r`[\q{a}-b]`, r`[a-\q{b}]`, r`[\q{a}&&\q{b}]`, r`[\q{ab}--\q{a}]`,
  r`[^[\q{ab}--\q{a}]]`, r`[^[\q{a}--\q{ab}]]`, r`[^[\q{ab}&&\q{a}]]`, r`[^[\q{ab}&&\q{ab}]]`,
  r`[^[\q{ab}]]`, r`[^[[\q{ab}]]]`, r`[^[^\q{ab}]]`, r`[^[\p{RGI_Emoji}&&a]]`,
  r`[^[\p{RGI_Emoji}--a]]`, r`[^[a--\p{RGI_Emoji}]]`, r`[[\p{RGI_Emoji}]--\q{a}]`,
  r`[^\p{Basic_Emoji}]`, r`[\p{RGI_Emoji}\q{x}]`, r`\q{a}`,
  // Literal characters of all sizes, also quantified.
  'é', '😀', '😀+', '😀{2}', 'é*', '中文', '\u00a0',
  // Combined, realistic patterns.
  r`^[\w.+-]+@[\w-]+\.[\w.-]+$`, r`^(?:\d{1,3}\.){3}\d{1,3}$`, r`(\d+)-(\d+)`,
  r`^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$`, r`\/\*[\s\S]*?\*\/`, r`[^\/\\]+`,
  r`^\s*(?:#|\/\/)`, r`(['"])(?:\\.|(?!\1)[^\\])*\1`, r`\$\{([^}]*)\}`, r`<(\w+)[^>]*>.*?<\/\1>`,
  r`^[\p{L}\p{N}_$]+$`, r`[\u{1F300}-\u{1FAFF}]`, r`(?<!\d)\d{3}(?!\d)`, r`[\]\-\\]`,
];

const flagCases = [
  ['a', 'g'], ['a', 'i'], ['a', 'm'], ['a', 's'], ['a', 'y'], ['a', 'd'], ['a', 'dgimsuy'],
  ['a', 'dgimsvy'], ['a', 'uv'], ['a', 'vu'], ['a', 'gg'], ['a', 'gig'], ['a', 'x'], ['a', 'G'],
  ['a', 'U'], ['a', 'l'], ['a', 'n'], ['a', 'gimsuyd'], ['a', 'ii'], ['a', 'vv'], ['a', 'é'],
  [r`\p{RGI_Emoji}`, 'vi'], [r`[\q{ab}]`, 'vi'], [r`\u{41}`, 'iu'], [r`(?<a>.)\k<a>`, 'g'],
  ['a{', 'g'], ['a{', 'ug'], [r`[^\q{ab}]`, 'gv'],
];

function isValid(pattern, flags) {
  try {
    new RegExp(pattern, flags);
    return true;
  } catch (e) {
    if (!(e instanceof SyntaxError)) throw e;
    return false;
  }
}

// A C++ string literal for arbitrary bytes: printable ASCII stays readable, everything else
// becomes a three-digit octal escape (which, unlike \x, cannot swallow a following character).
function cppString(text) {
  let out = '"';
  for (const byte of Buffer.from(text, 'utf8')) {
    const c = String.fromCharCode(byte);
    if (c === '"' || c === '\\') out += '\\' + c;
    else if (byte === 0x3f) out += '\\?'; // no trigraphs, however unlikely
    else if (byte >= 0x20 && byte < 0x7f) out += c;
    else out += '\\' + byte.toString(8).padStart(3, '0');
  }
  return out + '"';
}

const seen = new Set();
const cases = [];
function add(pattern, flags) {
  const key = flags + '\0' + pattern;
  if (seen.has(key)) return;
  seen.add(key);
  cases.push([pattern, flags, isValid(pattern, flags)]);
}
for (const pattern of patterns) for (const flags of ['', 'u', 'v']) add(pattern, flags);
for (const [pattern, flags] of flagCases) add(pattern, flags);

let out = '';
out += '// GENERATED FILE - do not edit. Regenerate with: node test/unit/gen-regexp-cases.js\n';
out += `// Verdicts of node ${process.version} (V8 ${process.versions.v8}): does ` +
       '`new RegExp(pattern, flags)` throw?\n';
out += '// KILN_REGEXP_CASE(pattern, flags, valid)\n';
for (const [pattern, flags, valid] of cases)
  out += `KILN_REGEXP_CASE(${cppString(pattern)}, ${cppString(flags)}, ${valid})\n`;

const target = path.join(__dirname, 'RegExpCases.inc');
fs.writeFileSync(target, out);
const validCount = cases.filter((c) => c[2]).length;
console.log(`wrote ${path.relative(process.cwd(), target)}: ${cases.length} cases, ` +
            `${validCount} valid, ${cases.length - validCount} invalid`);
