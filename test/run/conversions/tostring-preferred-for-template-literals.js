// template substitutions convert objects with toString first, unlike + which prefers valueOf
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = {
  valueOf: function () { return 1; },
  toString: function () { return 'text'; },
};
console.log(`${o}`, '' + o, o + '');
var p = {
  valueOf: function () { return 2; },
  toString: function () { return {}; },
};
console.log(`${p}`, '' + p);
var q = { toString() { return 'shorthand'; } };
console.log(`[${q}]`, 'q=' + q);
