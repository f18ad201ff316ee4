// only two plain '__proto__: value' properties clash; computed, shorthand and method forms, and patterns, may repeat it
// RUN: %astdiff %s

({ __proto__: a, ['__proto__']: b });
({ __proto__: a, __proto__ });
({ __proto__: a, __proto__() {} });
({ __proto__: a, __proto__: b } = x);
