// 'var' may redeclare a simple catch parameter (Annex B), including in for-in and for-of heads
// (for-of was an error until ES2020, tc39/ecma262#1393)
// RUN: %astdiff %s

try {} catch (e) { var e; }
try {} catch (e) { for (var e in o); }
try {} catch (e) { for (var e of []); }
try {} catch (e) { var e = 1; }
