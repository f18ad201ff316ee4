// == coerces: null and undefined equal only each other, booleans and strings go through numbers
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

console.log(null == undefined, null == 0, undefined == 0, null == false);
console.log('' == 0, '0' == 0, ' \n ' == 0, '0' == false, 'false' == false);
console.log('1' == true, '2' == true, 2 == true, 1 == true);
console.log(NaN == NaN, NaN != NaN, 'NaN' == NaN);
console.log(0 == -0, '1e3' == 1000, '0x10' == 16, '10' == '10.0');
console.log(null == null, undefined == undefined, null != undefined);
var o = {};
var p = o;
console.log(o == p, o == {}, o != {});
console.log(1 != '1', 1 !== '1', '' != false);
