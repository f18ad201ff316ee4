// 'v' flag patterns: class set operations, nested classes, string literals and properties of strings
// RUN: %astdiff %s

/[\p{L}--\p{N}]/v;
/[[a-z]&&[aeiou]]/v;
/[\q{abc|d}x]/v;
/\p{RGI_Emoji}/v;
/[[a-z]--[aeiou]]/v;
/[^\d\s]/v;
/[\p{ASCII}&&\p{L}&&[^a]]/v;
