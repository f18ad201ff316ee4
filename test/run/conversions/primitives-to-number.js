// unary + converts booleans, null and undefined; numbers pass through unchanged
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(+true, +false, +null, +undefined);
console.log(+1.5, +-0, +NaN, +Infinity);
console.log(-true, -null, -false);
console.log(true + 0.5, null * 10, undefined / 1);
var values = [true, false, null, undefined, '', '8'];
var i = 0;
while (i < values.length) {
  console.log(i, +values[i]);
  i++;
}
