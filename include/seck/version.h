#pragma once
#define SECK_VERSION "0.1.0"
