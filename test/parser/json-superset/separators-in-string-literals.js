// U+2028 and U+2029 may appear unescaped in string literals (ES2019); both count as line terminators for positions
// RUN: %astdiff %s

var ls = ' ';
var ps = " ";
var after = 1;
