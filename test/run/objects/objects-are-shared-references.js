// variables hold references: mutations through one alias are visible through every other
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var a = { count: 1 };
var b = a;
b.count++;
console.log(a.count, a === b);
function mutate(obj) {
  obj.touched = true;
}
function reassign(obj) {
  obj = { replaced: true };
  return obj;
}
mutate(a);
var r = reassign(a);
console.log(a, r);
var holder = { inner: a };
holder.inner.count = 100;
console.log(a.count);
var copy = { count: a.count, touched: a.touched };
copy.count = 0;
console.log(a.count, copy.count, copy === a);
var list = [a, a];
list[0].count = 'via array';
console.log(list[1].count);
