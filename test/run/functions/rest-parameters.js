// a rest parameter collects the remaining arguments into an array, empty when there are none
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

function sum(...nums) {
  var total = 0;
  for (var i = 0; i < nums.length; i++) total += nums[i];
  return total;
}
console.log(sum(), sum(1), sum(1, 2, 3, 4));
function tag(label, ...rest) {
  console.log(label, rest.length, rest);
}
tag('none');
tag('some', 'a', undefined, null);
var count = (...args) => args.length;
console.log(count(), count(1, 2), count(undefined));
function first(a, b, ...others) {
  return [a, b, others];
}
console.log(first(1), first(1, 2, 3));
