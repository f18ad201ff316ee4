// plain objects convert to "[object Object]"; arrays convert by joining elements with commas
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log('' + {}, `${{ a: 1 }}`);
console.log('' + [], '' + [1], '' + [1, 2, 3], '' + [1, [2, 3]]);
console.log('' + [null, undefined, 4], '' + [, 5]);
console.log(+[], +[7], +['8'], +[1, 2], +{});
console.log([] + [], [] + {}, [2] * [3]);
console.log([] == 0, [0] == false, [1] == 1, [1, 2] == '1,2');
