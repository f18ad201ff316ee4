// converting an object whose valueOf and toString both return objects throws a TypeError
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = {
  valueOf: function () { return {}; },
  toString: function () { return {}; },
};
try {
  console.log(o + 1);
} catch (e) {
  console.log(e instanceof TypeError, e.message);
}
try {
  console.log(`${o}`);
} catch (e) {
  console.log(e.name, e.message);
}
var thrower = { valueOf: function () { throw new RangeError('from valueOf'); } };
try {
  console.log(thrower * 2);
} catch (e) {
  console.log(e.name, e.message);
}
