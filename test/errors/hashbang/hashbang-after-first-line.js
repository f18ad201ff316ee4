// a hashbang is only recognized at the very start of the source; here it follows comment lines
// (acorn reports the '!', having read '#' as the start of a private name)
// RUN: not %kiln parse %s 2>&1 | FileCheck %s
// CHECK: {{.*}}hashbang-after-first-line.js:6:2: error:

#!/usr/bin/env node
