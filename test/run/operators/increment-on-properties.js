// ++ and -- on dot and bracket properties read, convert and write back the property
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var o = { count: 0, s: '10' };
o.count++;
++o.count;
console.log(o.count, o.count--, o.count);
console.log(o.s++, o.s, typeof o.s);
o.missing++;
console.log(o.missing);
var key = 'count';
o[key] += 5;
console.log(o[key]++, o[key]);
var arr = [1, 2, 3];
arr[0]++;
--arr[2];
var idx = 1;
arr[idx++]++;
console.log(arr, idx);
var calls = 0;
function obj() {
  calls++;
  return o;
}
obj().count++;
console.log(o.count, calls);
