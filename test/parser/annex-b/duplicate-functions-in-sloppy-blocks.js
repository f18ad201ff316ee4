// sloppy scripts may declare the same ordinary function twice in one block (Annex B web legacy)
// RUN: %astdiff %s

{
  function f() {}
  function f() {}
}
switch (x) {
  case 0: function g() {}
  case 1: function g() {}
}
