// the largest and smallest doubles, subnormals and underflow to zero print and compare exactly
// RUN: %runcompare %s
// RUN: %runcompare -O0 %s

var max = 1.7976931348623157e308;
var minNormal = 2.2250738585072014e-308;
var minSubnormal = 5e-324;
console.log(max, minNormal, minSubnormal);
console.log(max * 2, minSubnormal / 2, -minSubnormal / 2);
console.log(minNormal / 2, minSubnormal * 3, 4e-324, 3e-324, 2e-324);
console.log(1e309, -1e309, 1e-400, 2.4703282292062328e-324);
console.log(max - 1e292, max + 1e291, max === max + 1);
