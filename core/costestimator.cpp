#include "costestimator.h"

// Implemented with its tests (tests/core/tst_costestimator.cpp).
