// a labelled ordinary function declaration is allowed in sloppy scripts (Annex B)
// RUN: %astdiff %s

label: function f() {}
