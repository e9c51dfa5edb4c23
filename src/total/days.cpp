#include "seck/total/days.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <type_traits>

#include "seck/resolve/foods.h"

namespace seck {

void add_compensated(double& sum, double& carry, double x) {
    const double next = sum + x;
    carry += std::fabs(sum) >= std::fabs(x) ? (sum - next) + x : (x - next) + sum;
    sum = next;
}

void keep_source(Day& day, const SourceView& entry, const std::shared_ptr<const std::string>& file, std::size_t line,
                 double ug) {
    std::vector<Source>& sources = day.sources;
    if (sources.empty()) sources.reserve(kMaxSources);
    if (sources.size() == kMaxSources) sources.pop_back();
    const auto at = std::find_if(sources.begin(), sources.end(), [&](const Source& s) { return ug > s.selenium_ug; });
    sources.insert(at, {file, line, std::string(entry.food), std::string(entry.amount), std::string(entry.unit),
                        entry.resolved, ug, entry.quantity});
}

void combine(Day& into, Day&& later) {
    add_compensated(into.sum, into.carry, later.sum);
    add_compensated(into.sum, into.carry, later.carry);
    into.selenium_ug = into.sum + into.carry;
    into.range.ranged_ug.add(later.range.ranged_ug);
    into.range.below_ug.add(later.range.below_ug);
    into.range.above_ug.add(later.range.above_ug);
    into.entries += later.entries;
    for (Entry& entry : later.explained) into.explained.push_back(std::move(entry));
    // The largest of both parts; on a tie the earlier part's first, as one pass keeps them.
    for (Source& source : later.sources) into.sources.push_back(std::move(source));
    std::stable_sort(into.sources.begin(), into.sources.end(),
                     [](const Source& a, const Source& b) { return a.selenium_ug > b.selenium_ug; });
    if (into.sources.size() > kMaxSources) into.sources.resize(kMaxSources);
    for (std::string& food : later.missing)
        if (std::find(into.missing.begin(), into.missing.end(), food) == into.missing.end())
            into.missing.push_back(std::move(food));
    into.partial = into.partial || later.partial;
    if (!std::isnan(later.export_ug)) {  // the later part's sum and carry, added as entries are
        if (std::isnan(into.export_ug)) into.export_ug = 0;
        add_compensated(into.export_ug, into.export_carry, later.export_ug);
        add_compensated(into.export_ug, into.export_carry, later.export_carry);
    }
}

// ---- the temporary file

std::shared_ptr<SpillFile> SpillFile::create() {
    const char* dir = std::getenv("TMPDIR");
    std::string path = std::string(dir && *dir ? dir : "/tmp") + "/seck-days-XXXXXX";
    const int fd = ::mkstemp(path.data());
    if (fd < 0) return nullptr;
    ::unlink(path.c_str());  // gone when the process is, however it ends
    return std::shared_ptr<SpillFile>(new SpillFile(fd));
}

SpillFile::~SpillFile() {
    ::close(fd_);
}

bool SpillFile::append(std::string_view bytes) {
    std::uint64_t at = size_;
    while (!bytes.empty()) {
        const ssize_t n = ::pwrite(fd_, bytes.data(), bytes.size(), static_cast<off_t>(at));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;  // size_ unchanged: a partial write is overwritten by the next
        bytes.remove_prefix(static_cast<std::size_t>(n));
        at += static_cast<std::uint64_t>(n);
    }
    size_ = at;
    return true;
}

void SpillFile::read(std::uint64_t offset, char* into, std::size_t n) const {
    while (n > 0) {
        const ssize_t got = ::pread(fd_, into, n, static_cast<off_t>(offset));
        if (got < 0 && errno == EINTR) continue;
        if (got <= 0)
            throw std::runtime_error(std::string("cannot read back the days written to a temporary file: ") +
                                     (got < 0 ? std::strerror(errno) : "it is shorter than written"));
        into += got;
        n -= static_cast<std::size_t>(got);
        offset += static_cast<std::uint64_t>(got);
    }
}

// ---- a day, written and read back: fixed-size numbers in this machine's byte order
// (the file never outlives the process), strings as a length and their bytes.

namespace {
template <typename T>
void put(std::string& out, T value) {
    static_assert(std::is_arithmetic_v<T>);
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}
void put_text(std::string& out, std::string_view text) {
    put<std::uint64_t>(out, text.size());
    out.append(text);
}
}  // namespace

void write_day(const Day& day, std::string& out) {
    const std::size_t start = out.size();
    put<std::uint64_t>(out, 0);  // the record's length, set below: read back in one piece
    put_text(out, day.person);
    put_text(out, day.label);
    put_text(out, day.first_file ? std::string_view(*day.first_file) : std::string_view());
    for (double x : {day.selenium_ug, day.sum, day.carry, day.average_ug, day.export_ug, day.export_carry}) put(out, x);
    for (const CompensatedSum* x : {&day.range.ranged_ug, &day.range.below_ug, &day.range.above_ug}) {
        put(out, x->sum);
        put(out, x->carry);
    }
    for (std::size_t n : {day.entries, day.first_line, day.explained.size(), day.missing.size(), day.sources.size()})
        put<std::uint64_t>(out, n);
    put<std::uint8_t>(out, static_cast<std::uint8_t>(day.status));
    put<std::uint8_t>(out, day.partial);
    for (const std::string& food : day.missing) put_text(out, food);
    for (const Source& source : day.sources) {
        // The file, where it is not the day's first entry's (with --merge only).
        const bool own =
            source.file == day.first_file || (source.file && day.first_file && *source.file == *day.first_file);
        put_text(out, own || !source.file ? std::string_view() : std::string_view(*source.file));
        put<std::uint64_t>(out, source.line);
        for (const std::string* text : {&source.food, &source.amount, &source.unit}) put_text(out, *text);
        // The food itself, by address: the table outlives every report, and the file this
        // process alone reads back.
        put(out, reinterpret_cast<std::uintptr_t>(source.resolved));
        put(out, source.selenium_ug);
        put(out, source.quantity);
    }
    for (const Entry& e : day.explained) {
        put<std::uint64_t>(out, e.line);
        for (const std::string* text : {&e.food, &e.unit, &e.id, &e.description, &e.measure, &e.how})
            put_text(out, *text);
        for (double x : {e.amount, e.grams, e.selenium_ug, e.export_ug, e.samples, e.std_error, e.low_ug, e.high_ug})
            put(out, x);
        put<std::uint8_t>(out, e.given);
        put<std::uint8_t>(out, static_cast<std::uint8_t>(e.range_kind));
    }
    const std::uint64_t length = out.size() - start - sizeof(std::uint64_t);
    std::memcpy(out.data() + start, &length, sizeof length);
}

SpillReader::SpillReader(const Spilled& spilled, std::size_t buffer_bytes)
    : spilled_(spilled), at_(spilled.offset), buffer_(std::max<std::size_t>(buffer_bytes, 64)) {}

void SpillReader::take(char* into, std::size_t n) {
    while (n > 0) {
        if (pos_ == end_) {  // refill from where the buffer ended
            at_ += end_;
            const std::uint64_t left = spilled_.offset + spilled_.bytes - at_;
            end_ = static_cast<std::size_t>(std::min<std::uint64_t>(buffer_.size(), left));
            pos_ = 0;
            if (end_ == 0) throw std::runtime_error("the days written to a temporary file end early");
            spilled_.file->read(at_, buffer_.data(), end_);
        }
        const std::size_t k = std::min(n, end_ - pos_);
        std::memcpy(into, buffer_.data() + pos_, k);
        pos_ += k;
        into += k;
        n -= k;
    }
}

namespace {
// Reads the fields of one record, which is whole in memory.
struct Cursor {
    const char* at;
    const char* end;
    template <typename T>
    void get(T& value) {
        need(sizeof value);
        std::memcpy(&value, at, sizeof value);
        at += sizeof value;
    }
    std::string_view text() {
        std::uint64_t size = 0;
        get(size);
        need(size);
        const std::string_view out(at, static_cast<std::size_t>(size));
        at += size;
        return out;
    }
    void need(std::uint64_t n) const {
        if (n > static_cast<std::uint64_t>(end - at))
            throw std::runtime_error("a day written to a temporary file is cut short");
    }
};
}  // namespace

bool SpillReader::next(Day* day) {
    if (read_ == spilled_.count) return false;
    ++read_;
    std::uint64_t length = 0;
    take(reinterpret_cast<char*>(&length), sizeof length);
    Cursor in{nullptr, nullptr};
    if (end_ - pos_ >= length) {  // the whole record is in the buffer: read it there
        in = {buffer_.data() + pos_, buffer_.data() + pos_ + length};
        pos_ += static_cast<std::size_t>(length);
    } else {
        record_.resize(static_cast<std::size_t>(length));
        take(record_.data(), record_.size());
        in = {record_.data(), record_.data() + record_.size()};
    }
    day->person = in.text();
    day->label = in.text();
    const std::string_view file = in.text();
    if (!file_ || *file_ != file) file_ = std::make_shared<const std::string>(file);
    day->first_file = file_;
    for (double* x : {&day->selenium_ug, &day->sum, &day->carry, &day->average_ug, &day->export_ug, &day->export_carry})
        in.get(*x);
    for (CompensatedSum* x : {&day->range.ranged_ug, &day->range.below_ug, &day->range.above_ug}) {
        in.get(x->sum);
        in.get(x->carry);
    }
    std::uint64_t entries = 0, first_line = 0, explained = 0, missing = 0, sources = 0;
    for (std::uint64_t* n : {&entries, &first_line, &explained, &missing, &sources}) in.get(*n);
    day->entries = static_cast<std::size_t>(entries);
    day->first_line = static_cast<std::size_t>(first_line);
    std::uint8_t status = 0, partial = 0;
    in.get(status);
    in.get(partial);
    day->status = static_cast<Status>(status);
    day->partial = partial != 0;
    in.need(missing + sources + explained);  // at least a byte each: a wrong count fails here, not in resize
    day->missing.resize(static_cast<std::size_t>(missing));
    for (std::string& food : day->missing) food = in.text();
    day->sources.resize(static_cast<std::size_t>(sources));
    for (Source& source : day->sources) {
        const std::string_view own = in.text();
        source.file = own.empty() ? file_ : std::make_shared<const std::string>(own);
        std::uint64_t line = 0;
        in.get(line);
        source.line = static_cast<std::size_t>(line);
        for (std::string* text : {&source.food, &source.amount, &source.unit}) *text = in.text();
        std::uintptr_t resolved = 0;
        in.get(resolved);
        source.resolved = reinterpret_cast<const Food*>(resolved);
        in.get(source.selenium_ug);
        in.get(source.quantity);
    }
    day->explained.resize(static_cast<std::size_t>(explained));
    for (Entry& e : day->explained) {
        std::uint64_t line = 0;
        in.get(line);
        e.line = static_cast<std::size_t>(line);
        for (std::string* text : {&e.food, &e.unit, &e.id, &e.description, &e.measure, &e.how}) *text = in.text();
        for (double* x :
             {&e.amount, &e.grams, &e.selenium_ug, &e.export_ug, &e.samples, &e.std_error, &e.low_ug, &e.high_ug})
            in.get(*x);
        std::uint8_t given = 0, range_kind = 0;
        in.get(given);
        in.get(range_kind);
        e.given = given != 0;
        e.range_kind = static_cast<RangeKind>(range_kind);
    }
    return true;
}

// ---- Days

void Days::push_back(Day day) {
    memory_entries_ += day.explained.size();
    memory_.push_back(std::move(day));
    if (!in_memory_only_ && (memory_.size() > memory_days_ || memory_entries_ > kMemoryEntries)) spill();
}

void Days::spill() {
    // All but the newest day (back() stays in memory), appended to this Days' own stretch
    // of the file. If that cannot be done, the days stay in memory, and no more are tried.
    if (!spilled_.file) spilled_.file = SpillFile::create();
    std::string bytes;
    for (std::size_t i = 0; i + 1 < memory_.size(); ++i) write_day(memory_[i], bytes);
    if (!spilled_.file || spilled_.file->size() != spilled_.offset + spilled_.bytes || !spilled_.file->append(bytes)) {
        in_memory_only_ = true;
        return;
    }
    spilled_.bytes += bytes.size();
    spilled_.count += memory_.size() - 1;
    memory_.erase(memory_.begin(), memory_.end() - 1);
    memory_entries_ = memory_.back().explained.size();
}

Day Days::at(std::size_t i) const {
    if (i >= spilled_.count) return memory_.at(i - spilled_.count);
    SpillReader reader(spilled_);
    Day day;
    for (std::size_t k = 0; k <= i; ++k) reader.next(&day);
    return day;
}

Days::const_iterator::const_iterator(const Days* days, std::size_t i) : days_(days), i_(i) {
    if (i_ < days_->spilled_.count) {
        reader_ = SpillReader(days_->spilled_);
        for (std::size_t k = 0; k <= i_; ++k) reader_.next(&read_);
    }
}

Days::const_iterator& Days::const_iterator::operator++() {
    ++i_;
    if (i_ < days_->spilled_.count) reader_.next(&read_);
    return *this;
}

std::string source_entry_text(const Source& source) {
    // The entry as written; an id (usda:05064) by the food's description.
    const bool id = source.food.starts_with("usda:") && source.resolved;
    return fmt::format("{}{}{} {}", source.amount, source.unit.empty() ? "" : " ", source.unit,
                       id ? source.resolved->description : source.food);
}

}  // namespace seck
