#include "seck/days.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <type_traits>

namespace seck {

namespace {
// Neumaier's compensated step: adds `x` to `sum` and its `carry`.
void add_compensated(double& sum, double& carry, double x) {
    const double next = sum + x;
    carry += std::fabs(sum) >= std::fabs(x) ? (sum - next) + x : (x - next) + sum;
    sum = next;
}
}  // namespace

void combine(Day& into, Day&& later) {
    add_compensated(into.sum, into.carry, later.sum);
    add_compensated(into.sum, into.carry, later.carry);
    into.selenium_ug = into.sum + into.carry;
    into.entries += later.entries;
    for (Entry& entry : later.explained) into.explained.push_back(std::move(entry));
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
    put_text(out, day.person);
    put_text(out, day.label);
    put_text(out, day.first_file ? std::string_view(*day.first_file) : std::string_view());
    for (double x : {day.selenium_ug, day.sum, day.carry, day.average_ug, day.export_ug, day.export_carry}) put(out, x);
    for (std::size_t n : {day.entries, day.first_line, day.explained.size(), day.missing.size()})
        put<std::uint64_t>(out, n);
    put<std::uint8_t>(out, static_cast<std::uint8_t>(day.status));
    put<std::uint8_t>(out, day.partial);
    for (const std::string& food : day.missing) put_text(out, food);
    for (const Entry& e : day.explained) {
        put<std::uint64_t>(out, e.line);
        for (const std::string* text : {&e.food, &e.unit, &e.id, &e.description, &e.measure, &e.how})
            put_text(out, *text);
        for (double x : {e.amount, e.grams, e.selenium_ug, e.export_ug}) put(out, x);
        put<std::uint8_t>(out, e.given);
    }
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

bool SpillReader::next(Day* day) {
    if (read_ == spilled_.count) return false;
    ++read_;
    auto get = [this](auto& value) { take(reinterpret_cast<char*>(&value), sizeof value); };
    auto get_text = [&](std::string& text) {
        std::uint64_t size = 0;
        get(size);
        text.resize(static_cast<std::size_t>(size));
        take(text.data(), text.size());
    };
    get_text(day->person);
    get_text(day->label);
    std::string file;
    get_text(file);
    if (!file_ || *file_ != file) file_ = std::make_shared<const std::string>(std::move(file));
    day->first_file = file_;
    for (double* x : {&day->selenium_ug, &day->sum, &day->carry, &day->average_ug, &day->export_ug, &day->export_carry})
        get(*x);
    std::uint64_t entries = 0, first_line = 0, explained = 0, missing = 0;
    for (std::uint64_t* n : {&entries, &first_line, &explained, &missing}) get(*n);
    day->entries = static_cast<std::size_t>(entries);
    day->first_line = static_cast<std::size_t>(first_line);
    std::uint8_t status = 0, partial = 0;
    get(status);
    get(partial);
    day->status = static_cast<Status>(status);
    day->partial = partial != 0;
    day->missing.resize(static_cast<std::size_t>(missing));
    for (std::string& food : day->missing) get_text(food);
    day->explained.resize(static_cast<std::size_t>(explained));
    for (Entry& e : day->explained) {
        std::uint64_t line = 0;
        get(line);
        e.line = static_cast<std::size_t>(line);
        for (std::string* text : {&e.food, &e.unit, &e.id, &e.description, &e.measure, &e.how}) get_text(*text);
        for (double* x : {&e.amount, &e.grams, &e.selenium_ug, &e.export_ug}) get(*x);
        std::uint8_t given = 0;
        get(given);
        e.given = given != 0;
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

}  // namespace seck
