// elements can be objects and functions; calling arr[i]() and reading arr[i].prop work as expected
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var people = [{ name: 'ann', age: 31 }, { name: 'bob', age: 25 }, { name: 'cy', age: 40 }];
var oldest = people[0];
for (var i = 1; i < people.length; i++) {
  if (people[i].age > oldest.age) oldest = people[i];
}
console.log(oldest.name);
people[1].age++;
console.log(people[1]);
var steps = [
  function (x) { return x + 1; },
  (x) => x * 3,
];
console.log(steps[1](steps[0](1)));
var matrix = [[function () { return 'deep'; }]];
console.log(matrix[0][0]());
