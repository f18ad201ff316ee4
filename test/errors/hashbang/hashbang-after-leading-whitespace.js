 #!/usr/bin/env node
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}hashbang-after-leading-whitespace.js:1:3: error:
// a hashbang must be the first characters of the source: even a space before it is not allowed
// (acorn reports the '!', having read '#' as the start of a private name)
