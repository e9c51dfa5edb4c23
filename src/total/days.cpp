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
    sources.insert(at, Source{.file = file,
                              .line = line,
                              .food = std::string(entry.food),
                              .amount = std::string(entry.amount),
                              .unit = std::string(entry.unit),
                              .id = entry.resolved ? std::string(entry.resolved->id) : std::string(),
                              .description = entry.resolved ? std::string(entry.resolved->description) : std::string(),
                              .selenium_ug = ug,
                              .quantity = entry.quantity});
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
    for (Unresolved& line : later.unresolved)
        if (into.unresolved.size() < kMaxUnresolved) into.unresolved.push_back(std::move(line));
    into.unresolved_count += later.unresolved_count;
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
// (the file never outlives the process), strings as a length and their bytes, lists as
// a count and their items. A record is its length, then its fields.

namespace {

/// Every field of a spilled day, once, in the order they are written and read: `io` is a
/// DayWriter (over a const Day) or a DayReader (over a Day). A new fact on Day is a line here.
template <class Io, class D>
void fields(Io& io, D& day) {
    io.text(day.person);
    io.text(day.label);
    io.number(day.selenium_ug);
    io.number(day.sum);
    io.number(day.carry);
    io.number(day.entries);
    io.first_file(day.first_file);
    io.number(day.first_line);
    io.number(day.average_ug);
    io.number(day.status);
    for (auto* x : {&day.range.ranged_ug, &day.range.below_ug, &day.range.above_ug}) {
        io.number(x->sum);
        io.number(x->carry);
    }
    io.list(day.explained, [&io](auto& e) {
        io.number(e.line);
        io.text(e.food);
        io.text(e.unit);
        io.text(e.id);
        io.text(e.description);
        io.text(e.measure);
        io.text(e.how);
        io.number(e.amount);
        io.number(e.grams);
        io.number(e.selenium_ug);
        io.number(e.given);
        io.number(e.export_ug);
        io.number(e.range_kind);
        io.number(e.samples);
        io.number(e.std_error);
        io.number(e.low_ug);
        io.number(e.high_ug);
    });
    io.list(day.sources, [&io, &day](auto& source) {
        io.file(source.file, day.first_file);
        io.number(source.line);
        io.text(source.food);
        io.text(source.amount);
        io.text(source.unit);
        io.text(source.id);
        io.text(source.description);
        io.number(source.selenium_ug);
        io.number(source.quantity);
    });
    io.list(day.missing, [&io](auto& food) { io.text(food); });
    io.number(day.partial);
    io.list(day.unresolved, [&io, &day](auto& line) {
        io.file(line.file, day.first_file);
        io.number(line.line);
        io.text(line.text);
        io.text(line.message);
    });
    io.number(day.unresolved_count);
    io.number(day.export_ug);
    io.number(day.export_carry);
}

// How a field of each kind is stored: numbers, enums and bools as fixed-size numbers.
template <typename T>
struct StoredAs {
    using type = T;
};
template <typename T>
requires std::is_enum_v<T>
struct StoredAs<T> {
    using type = std::underlying_type_t<T>;
};
template <>
struct StoredAs<bool> {
    using type = std::uint8_t;
};
template <typename T>
using Stored = typename StoredAs<T>::type;

class DayWriter {
public:
    explicit DayWriter(std::string& out) : out_(out) {}
    template <typename T>
    void number(const T& value) {
        static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
        const auto stored = static_cast<Stored<T>>(value);
        out_.append(reinterpret_cast<const char*>(&stored), sizeof stored);
    }
    void text(std::string_view text) {
        number(text.size());
        out_.append(text);
    }
    template <typename T, typename Each>
    void list(const std::vector<T>& items, Each each) {
        number(items.size());
        for (const T& item : items) each(item);
    }
    // The day's first file (every day has one; a file's days share it).
    void first_file(const std::shared_ptr<const std::string>& file) {
        text(file ? std::string_view(*file) : std::string_view());
    }
    // A file that is most often the day's first: "" then (another only with --merge).
    void file(const std::shared_ptr<const std::string>& file, const std::shared_ptr<const std::string>& first) {
        const bool own = file == first || (file && first && *file == *first);
        text(own || !file ? std::string_view() : std::string_view(*file));
    }

private:
    std::string& out_;
};

// Reads the fields of one record, which is whole in memory; every length and count is
// checked against what is left of it, so a short or corrupt record is an error.
class DayReader {
public:
    DayReader(const char* at, const char* end, std::shared_ptr<const std::string>& last_file)
        : at_(at), end_(end), last_file_(last_file) {}
    template <typename T>
    void number(T& value) {
        static_assert(std::is_arithmetic_v<T> || std::is_enum_v<T>);
        Stored<T> stored{};
        need(sizeof stored);
        std::memcpy(&stored, at_, sizeof stored);
        at_ += sizeof stored;
        if constexpr (std::is_same_v<T, bool>)
            value = stored != 0;
        else
            value = static_cast<T>(stored);
    }
    void text(std::string& out) { out = text(); }
    template <typename T, typename Each>
    void list(std::vector<T>& items, Each each) {
        std::size_t count = 0;
        number(count);
        need(count);  // at least a byte each: a wrong count fails here, not in resize
        items.resize(count);
        for (T& item : items) each(item);
    }
    void first_file(std::shared_ptr<const std::string>& file) {
        const std::string_view name = text();
        if (!last_file_ || *last_file_ != name) last_file_ = std::make_shared<const std::string>(name);
        file = last_file_;
    }
    void file(std::shared_ptr<const std::string>& file, const std::shared_ptr<const std::string>& first) {
        const std::string_view own = text();
        file = own.empty() ? first : std::make_shared<const std::string>(own);
    }
    /// Throws unless the record was read to its end.
    void done() const {
        if (at_ != end_) throw std::runtime_error("a day written to a temporary file is longer than its fields");
    }

private:
    std::string_view text() {
        std::size_t size = 0;
        number(size);
        need(size);
        const std::string_view out(at_, size);
        at_ += size;
        return out;
    }
    void need(std::uint64_t n) const {
        if (n > static_cast<std::uint64_t>(end_ - at_))
            throw std::runtime_error("a day written to a temporary file is cut short");
    }
    const char* at_;
    const char* end_;
    std::shared_ptr<const std::string>& last_file_;  // shared by the days that have it
};

}  // namespace

void write_day(const Day& day, std::string& out) {
    const std::size_t start = out.size();
    out.append(sizeof(std::uint64_t), '\0');  // the record's length, set below: read back in one piece
    DayWriter writer(out);
    fields(writer, day);
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

bool SpillReader::next(Day* day) {
    if (read_ == spilled_.count) return false;
    ++read_;
    std::uint64_t length = 0;
    take(reinterpret_cast<char*>(&length), sizeof length);
    // No longer than what is left of the days written: a corrupt length is an error, not a
    // read past their end (nor a huge allocation).
    if (length > spilled_.offset + spilled_.bytes - (at_ + pos_))
        throw std::runtime_error("the days written to a temporary file end early");
    const char* begin = nullptr;
    if (end_ - pos_ >= length) {  // the whole record is in the buffer: read it there
        begin = buffer_.data() + pos_;
        pos_ += static_cast<std::size_t>(length);
    } else {
        record_.resize(static_cast<std::size_t>(length));
        take(record_.data(), record_.size());
        begin = record_.data();
    }
    DayReader reader(begin, begin + length, file_);
    fields(reader, *day);
    reader.done();
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
    // The entry as written; an id (usda:05064, fndds:27520220) by the food's description.
    const bool id = (source.food.starts_with("usda:") || source.food.starts_with("fndds:")) && source.has_food();
    return fmt::format("{}{}{} {}", source.amount, source.unit.empty() ? "" : " ", source.unit,
                       id ? source.description : source.food);
}

}  // namespace seck
