#!/usr/bin/env node
// Generates frontend/regexp/UnicodePropertyNames.inc: the names the regular-expression validator
// accepts inside \p{...} and \P{...} (ECMAScript 2024 §22.2.2.9, UnicodeMatchProperty and
// UnicodeMatchPropertyValue).
//
// How the lists are made. kiln must accept exactly what node accepts, so node decides: each
// candidate name below is tried as `new RegExp("\\p{...}", "u")` and with "v", and only the names
// node accepts are written out. The candidates are the names of the ECMAScript tables "Non-binary
// Unicode property aliases", "Binary Unicode property aliases" and "Binary Unicode properties of
// strings", plus the General_Category and Script rows of the Unicode Character Database file
// PropertyValueAliases.txt (through Unicode 17), plus a few names that are real Unicode or ICU names
// but not ECMAScript ones (listed so that the output records node rejecting them, and so that a
// future node that starts accepting one shows up as a diff). Two checks guard against a candidate
// list that is too short for the node at hand: every code point must belong to some accepted
// General_Category value and to some accepted Script value (a script new in a later Unicode
// version would leave its code points uncovered, and the script fails).
//
// Usage (from the repository root):  node scripts/gen-regexp-property-names.js
'use strict';
const fs = require('fs');
const path = require('path');

const words = (text) => text.trim().split(/\s+/);

// The properties that take a value: \p{name=value}.
const nonBinaryProperties = {
  GeneralCategory: words('General_Category gc'),
  Script: words('Script sc Script_Extensions scx'),
};
// Names that look like non-binary properties but are not ECMAScript ones.
const rejectedNonBinaryProperties = words('Block blk Script_Extension Bidi_Class bc Line_Break lb');

const generalCategoryValues = words(`
  C Other Cc Control cntrl Cf Format Cn Unassigned Co Private_Use Cs Surrogate
  L Letter LC Cased_Letter Ll Lowercase_Letter Lm Modifier_Letter Lo Other_Letter
  Lt Titlecase_Letter Lu Uppercase_Letter M Mark Combining_Mark Mc Spacing_Mark
  Me Enclosing_Mark Mn Nonspacing_Mark N Number Nd Decimal_Number digit Nl Letter_Number
  No Other_Number P Punctuation punct Pc Connector_Punctuation Pd Dash_Punctuation
  Pe Close_Punctuation Pf Final_Punctuation Pi Initial_Punctuation Po Other_Punctuation
  Ps Open_Punctuation S Symbol Sc Currency_Symbol Sk Modifier_Symbol Sm Math_Symbol
  So Other_Symbol Z Separator Zl Line_Separator Zp Paragraph_Separator Zs Space_Separator
  letter lu Lowercase uppercase_letter`);  // the last four: wrong case, must be rejected

const scriptValues = words(`
  Adlam Adlm Ahom Anatolian_Hieroglyphs Hluw Arabic Arab Armenian Armn Avestan Avst Balinese Bali
  Bamum Bamu Bassa_Vah Bass Batak Batk Bengali Beng Bhaiksuki Bhks Bopomofo Bopo Brahmi Brah
  Braille Brai Buginese Bugi Buhid Buhd Canadian_Aboriginal Cans Carian Cari Caucasian_Albanian
  Aghb Chakma Cakm Cham Cherokee Cher Chorasmian Chrs Common Zyyy Coptic Copt Qaac Cuneiform Xsux
  Cypriot Cprt Cypro_Minoan Cpmn Cyrillic Cyrl Deseret Dsrt Devanagari Deva Dives_Akuru Diak
  Dogra Dogr Duployan Dupl Egyptian_Hieroglyphs Egyp Elbasan Elba Elymaic Elym Ethiopic Ethi
  Garay Gara Georgian Geor Glagolitic Glag Gothic Goth Grantha Gran Greek Grek Gujarati Gujr
  Gunjala_Gondi Gong Gurmukhi Guru Gurung_Khema Gukh Han Hani Hangul Hang Hanifi_Rohingya Rohg
  Hanunoo Hano Hatran Hatr Hebrew Hebr Hiragana Hira Imperial_Aramaic Armi Inherited Zinh Qaai
  Inscriptional_Pahlavi Phli Inscriptional_Parthian Prti Javanese Java Kaithi Kthi Kannada Knda
  Katakana Kana Katakana_Or_Hiragana Hrkt Kawi Kayah_Li Kali Kharoshthi Khar Khitan_Small_Script
  Kits Khmer Khmr Khojki Khoj Khudawadi Sind Kirat_Rai Krai Lao Laoo Latin Latn Lepcha Lepc Limbu
  Limb Linear_A Lina Linear_B Linb Lisu Lycian Lyci Lydian Lydi Mahajani Mahj Makasar Maka
  Malayalam Mlym Mandaic Mand Manichaean Mani Marchen Marc Masaram_Gondi Gonm Medefaidrin Medf
  Meetei_Mayek Mtei Mende_Kikakui Mend Meroitic_Cursive Merc Meroitic_Hieroglyphs Mero Miao Plrd
  Modi Mongolian Mong Mro Mroo Multani Mult Myanmar Mymr Nabataean Nbat Nag_Mundari Nagm
  Nandinagari Nand New_Tai_Lue Talu Newa Nko Nkoo Nushu Nshu Nyiakeng_Puachue_Hmong Hmnp Ogham
  Ogam Ol_Chiki Olck Ol_Onal Onao Old_Hungarian Hung Old_Italic Ital Old_North_Arabian Narb
  Old_Permic Perm Old_Persian Xpeo Old_Sogdian Sogo Old_South_Arabian Sarb Old_Turkic Orkh
  Old_Uyghur Ougr Oriya Orya Osage Osge Osmanya Osma Pahawh_Hmong Hmng Palmyrene Palm
  Pau_Cin_Hau Pauc Phags_Pa Phag Phoenician Phnx Psalter_Pahlavi Phlp Rejang Rjng Runic Runr
  Samaritan Samr Saurashtra Saur Sharada Shrd Shavian Shaw Siddham Sidd SignWriting Sgnw Sinhala
  Sinh Sogdian Sogd Sora_Sompeng Sora Soyombo Soyo Sundanese Sund Sunuwar Sunu Syloti_Nagri Sylo
  Syriac Syrc Tagalog Tglg Tagbanwa Tagb Tai_Le Tale Tai_Tham Lana Tai_Viet Tavt Takri Takr Tamil
  Taml Tangsa Tnsa Tangut Tang Telugu Telu Thaana Thaa Thai Tibetan Tibt Tifinagh Tfng Tirhuta
  Tirh Todhri Todr Toto Tulu_Tigalari Tutg Ugaritic Ugar Vai Vaii Vithkuqi Vith Wancho Wcho
  Warang_Citi Wara Yezidi Yezi Yi Yiii Zanabazar_Square Zanb Unknown Zzzz
  Beria_Erfe Berf Sidetic Sidt Tai_Yo Tayo Tolong_Siki Tols
  Chisoi Chis Jurchen Jurc Seal Latf Zmth Zsym Zxxx latin LATIN`);  // last row: not Unicode scripts

const binaryProperties = words(`
  ASCII ASCII_Hex_Digit AHex Alphabetic Alpha Any Assigned Bidi_Control Bidi_C Bidi_Mirrored
  Bidi_M Case_Ignorable CI Cased Changes_When_Casefolded CWCF Changes_When_Casemapped CWCM
  Changes_When_Lowercased CWL Changes_When_NFKC_Casefolded CWKCF Changes_When_Titlecased CWT
  Changes_When_Uppercased CWU Dash Default_Ignorable_Code_Point DI Deprecated Dep Diacritic Dia
  Emoji Emoji_Component EComp Emoji_Modifier EMod Emoji_Modifier_Base EBase Emoji_Presentation
  EPres Extended_Pictographic ExtPict Extender Ext Grapheme_Base Gr_Base Grapheme_Extend Gr_Ext
  Hex_Digit Hex IDS_Binary_Operator IDSB IDS_Trinary_Operator IDST ID_Continue IDC ID_Start IDS
  Ideographic Ideo Join_Control Join_C Logical_Order_Exception LOE Lowercase Lower Math
  Noncharacter_Code_Point NChar Pattern_Syntax Pat_Syn Pattern_White_Space Pat_WS Quotation_Mark
  QMark Radical Regional_Indicator RI Sentence_Terminal STerm Soft_Dotted SD Terminal_Punctuation
  Term Unified_Ideograph UIdeo Uppercase Upper Variation_Selector VS White_Space space
  XID_Continue XIDC XID_Start XIDS
  IDS_Unary_Operator IDSU ID_Compat_Math_Start ID_Compat_Math_Continue Modifier_Combining_Mark MCM
  Hyphen Other_Alphabetic Full_Composition_Exclusion Comp_Ex Case_Sensitive Prepended_Concatenation_Mark
  NFD_Inert Segment_Starter POSIX_Alnum alnum blank graph print xdigit ascii any`);  // not ECMAScript

const stringProperties = words(`
  Basic_Emoji Emoji_Keycap_Sequence RGI_Emoji_Modifier_Sequence RGI_Emoji_Flag_Sequence
  RGI_Emoji_Tag_Sequence RGI_Emoji_ZWJ_Sequence RGI_Emoji
  Emoji_Test RGI_Emoji_Flag_Tag_Sequence`);  // not ECMAScript

function accepts(body, flags) {
  try {
    new RegExp(body, flags);
    return true;
  } catch {
    return false;
  }
}

let failed = false;
function fail(message) {
  console.error('error: ' + message);
  failed = true;
}

// Every accepted form must be accepted in both u and v mode, and a \p{...} that node accepts must
// also be accepted as \P{...}: the validator's tables have one bit per name, not per mode.
function acceptedEverywhere(body, what) {
  const results = [body, body.replace('\\p', '\\P')].flatMap((b) => ['u', 'v'].map((f) => accepts(b, f)));
  if (results.every((r) => r)) return true;
  if (results.some((r) => r)) fail(`node accepts ${what} only in some of \\p/\\P × u/v: ${results}`);
  return false;
}

const sortNames = (names) => [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

// Non-binary property names: each must accept a known value.
for (const [kind, names] of Object.entries(nonBinaryProperties)) {
  const probe = kind === 'Script' ? 'Latin' : 'Letter';
  for (const name of names)
    if (!acceptedEverywhere(`\\p{${name}=${probe}}`, `${name}=${probe}`)) fail(`node rejects property ${name}`);
}
for (const name of rejectedNonBinaryProperties)
  if (accepts(`\\p{${name}=Latin}`, 'u') || accepts(`\\p{${name}=Letter}`, 'u'))
    fail(`node accepts property ${name}; add it to the validator`);

// A value must be accepted with every name of its property, or with none.
function acceptedValues(kind, candidates) {
  const accepted = [];
  for (const value of candidates) {
    const forms = nonBinaryProperties[kind].map((name) => acceptedEverywhere(`\\p{${name}=${value}}`, `${name}=${value}`));
    if (forms.every((f) => f)) accepted.push(value);
    else if (forms.some((f) => f)) fail(`${value} accepted for only some names of ${kind}`);
  }
  return sortNames(accepted);
}
const generalCategory = acceptedValues('GeneralCategory', generalCategoryValues);
const script = acceptedValues('Script', scriptValues);

// General_Category values are also accepted alone (\p{Lu}); script values are not (\p{Latin}).
for (const value of generalCategory)
  if (!acceptedEverywhere(`\\p{${value}}`, value)) fail(`lone general category ${value} rejected`);
for (const value of script)
  if (accepts(`\\p{${value}}`, 'u') && !binaryProperties.includes(value) && !generalCategory.includes(value))
    fail(`lone script value ${value} accepted`);

const binary = sortNames(binaryProperties.filter((name) => acceptedEverywhere(`\\p{${name}}`, name)));
for (const name of binary)
  if (accepts(`\\p{${name}=Yes}`, 'u') || accepts(`\\p{gc=${name}}`, 'u')) fail(`${name} accepted with a value`);

// Properties of strings: v-mode only, never negated (\P), never in the u mode.
const strings = sortNames(stringProperties.filter((name) => accepts(`\\p{${name}}`, 'v')));
for (const name of strings)
  if (accepts(`\\p{${name}}`, 'u') || accepts(`\\P{${name}}`, 'v')) fail(`string property ${name} accepted in u mode or negated`);

// Coverage: a script or category missing from the candidates would leave its code points out.
function checkCoverage(kind, property, values) {
  const union = new RegExp(`^[${values.map((v) => `\\p{${property}=${v}}`).join('')}]$`, 'u');
  const missing = [];
  for (let cp = 0; cp <= 0x10ffff; cp++)
    if (!union.test(String.fromCodePoint(cp))) missing.push(cp.toString(16));
  if (missing.length)
    fail(`${missing.length} code points have a ${kind} value not in the candidates, e.g. U+${missing[0]}`);
}
checkCoverage('General_Category', 'gc', generalCategory);
checkCoverage('Script', 'sc', script);

if (failed) process.exit(1);

let out = '';
out += '// GENERATED FILE - do not edit. Regenerate with: node scripts/gen-regexp-property-names.js\n';
out += `// Source: the names that node ${process.version} (V8 ${process.versions.v8}, Unicode ` +
       `${process.versions.unicode}) accepts in\n`;
out += '// \\p{...} and \\P{...}, each tried with new RegExp(..., "u") and "v" (see the script for the candidates).\n';
out += '// Every list is sorted by byte value so that the includer can binary-search it.\n';
out += '//\n';
out += '//   KILN_NON_BINARY_PROPERTY(name, kind)  \\p{name=value}; kind says which value list applies\n';
out += '//   KILN_GENERAL_CATEGORY_VALUE(name)      values of General_Category, also valid alone: \\p{Lu}\n';
out += '//   KILN_SCRIPT_VALUE(name)                values of Script and Script_Extensions\n';
out += '//   KILN_BINARY_PROPERTY(name)             binary properties: \\p{name}\n';
out += '//   KILN_STRING_PROPERTY(name)             properties of strings: \\p{name}, v mode only, never \\P\n';
function section(macro, names, render = (n) => `${macro}("${n}")`) {
  out += `\n#ifdef ${macro}\n`;
  for (const name of names) out += render(name) + '\n';
  out += `#undef ${macro}\n#endif\n`;
}
const nonBinary = sortNames(Object.values(nonBinaryProperties).flat());
const kindOf = (name) => Object.keys(nonBinaryProperties).find((k) => nonBinaryProperties[k].includes(name));
section('KILN_NON_BINARY_PROPERTY', nonBinary, (n) => `KILN_NON_BINARY_PROPERTY("${n}", ${kindOf(n)})`);
section('KILN_GENERAL_CATEGORY_VALUE', generalCategory);
section('KILN_SCRIPT_VALUE', script);
section('KILN_BINARY_PROPERTY', binary);
section('KILN_STRING_PROPERTY', strings);

const target = path.join(__dirname, '..', 'frontend', 'regexp', 'UnicodePropertyNames.inc');
fs.writeFileSync(target, out);
console.log(`wrote ${path.relative(process.cwd(), target)}: ${generalCategory.length} general categories, ` +
            `${script.length} scripts, ${binary.length} binary properties, ${strings.length} properties of strings`);
