#pragma once
// seck as a library: everything a program needs to check a diary and report on it, in one
// header. Installed with `cmake --install`; `find_package(seck)` gives the target seck::core.
//
//     const seck::FoodTable foods;            // SR28 only; a FoodTable::Builder adds your own
//     seck::Resolver resolver(foods);         // names and units -> µg (one per thread)
//     const seck::References refs;            // seck's default, IOM 19+ y; make_reference() with a
//                                             // ReferenceRequest for another authority or profile,
//                                             // make_references() for one per person
//     std::vector<seck::FileResult> results;
//     results.push_back(seck::check_file("diary.csv", resolver, refs));    // or check_text()
//     seck::Output out(STDOUT_FILENO);        // or seck::Output out(some_string)
//     seck::render(*seck::find_output_format("json"), results, {}, out);  // any of output_formats()
//     return results.front().exit_code();     // 0 adequate, 1 a failing finding, 2 errors
//
// A FileResult with errors (!ok()) has no report: its errors say why, with their lines.
// The food table must outlive the resolver, and both the checks made with them.

#include "seck/check/check.h"        // check_text, check_file, CheckOptions, FileResult, DiaryCheck
#include "seck/core/diagnostic.h"    // Diagnostic, format_diagnostic
#include "seck/core/output.h"        // Output: a buffered writer to a file descriptor or a string
#include "seck/report/report.h"      // output_formats, find_output_format, render, RenderOptions
#include "seck/resolve/foods.h"      // FoodTable, FoodTable::Builder (your own foods)
#include "seck/resolve/resolve.h"    // Resolver
#include "seck/total/reference.h"    // References, Reference, make_reference, make_references
#include "seck/version.h"            // SECK_VERSION
