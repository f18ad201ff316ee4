// when valueOf returns an object the conversion falls back to toString, and vice versa
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = {
  valueOf: function () { console.log('a.valueOf'); return {}; },
  toString: function () { console.log('a.toString'); return '5'; },
};
console.log(a * 3);
var b = {
  valueOf: function () { console.log('b.valueOf'); return 8; },
  toString: function () { console.log('b.toString'); return []; },
};
console.log(`${b}`);
var c = { valueOf: 'not a function', toString: function () { return '3'; } };
console.log(c - 1);
