// identifiers may use \u escapes, \u{} escapes and non-ASCII ID characters; escaped names equal unescaped ones
// RUN: %astdiff %s

var \u0061bc = 1;
var d\u{65}f = 2;
var ünïcödé = 3;
var ℮ = 4;
var $ = 5, _ = 6, \u{1d4d0} = 7;
abc;
o.\u0069f;
({ \u0069f: 1 });
