#pragma once

namespace colab {

// Starts the GUI (or hands the arguments to the running one) and runs the event loop.
int runGui(int argc, char** argv);

} // namespace colab
