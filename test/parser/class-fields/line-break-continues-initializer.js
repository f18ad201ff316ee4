// a field initializer continues across a line break when the next line extends it (x = 1['y'] = 2);
// a field without initializer ends at the line break, so ['w'] is a second field
// RUN: %astdiff %s

class C {
  x = 1
  ['y'] = 2
  z
  ['w']
}
