// fmt's compiled part, once for the whole program: what libfmt.so holds (fmt's own
// src/format.cc), built into seck_core instead. Every other translation unit includes
// <fmt/format.h> without FMT_HEADER_ONLY, so it neither parses nor compiles format-inl.h,
// and nothing links libfmt.so at run time (start-up binds no extra library).
//
// format-inl.h defines fmt's non-template functions (FMT_FUNC is empty here: one definition
// each) and the templates that format.h and core.h only declare. Those are instantiated
// below for what the headers use: format.h declares thousands_sep_impl and
// decimal_point_impl `extern template` (char and wchar_t), and its floating-point code calls
// dragonbox::to_decimal and locale_ref's constructor and get<std::locale>() without a body.
#ifdef FMT_HEADER_ONLY
#error "seck_core compiles fmt once (src/core/fmt.cpp): build it without FMT_HEADER_ONLY"
#endif

#include <fmt/format-inl.h>

FMT_BEGIN_NAMESPACE
namespace detail {

template FMT_API auto dragonbox::to_decimal(float x) noexcept -> dragonbox::decimal_fp<float>;
template FMT_API auto dragonbox::to_decimal(double x) noexcept -> dragonbox::decimal_fp<double>;

#ifndef FMT_STATIC_THOUSANDS_SEPARATOR
template FMT_API locale_ref::locale_ref(const std::locale& loc);
template FMT_API auto locale_ref::get<std::locale>() const -> std::locale;
#endif

template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<char>;
template FMT_API auto decimal_point_impl(locale_ref) -> char;
template FMT_API auto thousands_sep_impl(locale_ref) -> thousands_sep_result<wchar_t>;
template FMT_API auto decimal_point_impl(locale_ref) -> wchar_t;

}  // namespace detail
FMT_END_NAMESPACE
