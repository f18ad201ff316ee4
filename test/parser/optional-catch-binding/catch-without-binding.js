// 'catch' may omit its parenthesized binding
// RUN: %astdiff %s

try { f(); } catch { g(); }
try {} catch {} finally {}
function h() {
  try { return 1; } catch { return 2; }
}
