// arithmetic, comparison and + convert objects with valueOf before trying toString
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = {
  valueOf: function () { console.log('valueOf'); return 10; },
  toString: function () { console.log('toString'); return 'ten'; },
};
console.log(o * 2);
console.log(o + 1);
console.log(o + '!');
console.log(o > 5);
console.log(-o);
console.log(o == 10);
var onlyToString = { toString: function () { return '7'; } };
console.log(onlyToString * 2, onlyToString + 1, +onlyToString);
var withBool = { valueOf: function () { return true; } };
console.log(withBool + 1, withBool + 'x');
