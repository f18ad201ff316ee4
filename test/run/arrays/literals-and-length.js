// array literals create arrays whose length counts elements, and indexing reads them back
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var empty = [];
var nums = [1, 2, 3];
var mixed = [1, 'two', true, null, undefined, { three: 3 }, [4]];
console.log(empty.length, nums.length, mixed.length);
console.log(nums[0], nums[2], mixed[1], mixed[5].three, mixed[6][0]);
console.log(nums, empty);
var trailing = [1, 2, 3,];
console.log(trailing.length, trailing);
var i = 0;
var computed = [i++, i++, i * 10];
console.log(computed);
console.log([].length, [[]].length, [[], []].length, ['abc'][0].length);
