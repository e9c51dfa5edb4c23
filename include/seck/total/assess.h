#pragma once
// What a day is found to be, decided once: its status, percent of the reference, the
// statuses within its range, what would bring it into the range (or why nothing is
// suggested), and its findings with their code, severity and message. Renderers only
// format an Assessment.

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "seck/core/diagnostic.h"
#include "seck/total/days.h"
#include "seck/total/reference.h"
#include "seck/total/suggest.h"
#include "seck/total/total.h"

namespace seck {

/// What a day is judged with besides its reference: whose it is and the run's options.
struct AssessContext {
    std::string_view person = {};  // "" without a person column
    std::size_t average_days = 0;  // --average N (0: none)
    std::size_t average_span = 0;  // the days its mean covers in this report (average_span())
    FailOn fail_on = {};           // which findings are errors
};

struct Assessment {
    Status status = Status::Adequate;
    /// The status as shown: status_name(status), or "incomplete" for a day below the RDA
    /// whose total is only a lower bound (never a plain deficiency).
    std::string_view status_text;
    double percent = 0;            // of the RDA (AI, RNI, ...), as computed
    std::vector<Status> statuses;  // within the day's range (Day::low_ug to high_ug), in order; its own among them
    std::vector<Suggestion> suggestions;
    std::string no_suggestion;  // why a day outside the range has none, or ""
    /// The day's findings (below-rda, above-ul, above-ul-average), each at the file and line
    /// of the day's first entry, severity by --fail-on (finding_severity).
    std::vector<Diagnostic> findings;
};

/// Assesses `day` against `ref`.
Assessment assess(const Day& day, const Reference& ref, const AssessContext& context);

}  // namespace seck
