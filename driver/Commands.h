// Sub-commands of the kiln driver.
#pragma once

namespace kiln::driver {

/// `kiln parse FILE [--module|--script] [--dump-ast=json] [--stats]`
int runParse(int argc, char **argv);

} // namespace kiln::driver
