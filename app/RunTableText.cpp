#include "RunTableText.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <sstream>

namespace runlens {

namespace {

// Six significant digits: enough to compare runs, short enough for a terminal.
std::string compact(double v)
{
    if (std::isnan(v) || std::isinf(v))
        return formatNumber(v);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

std::string metricsSummary(const RunRecord& r, std::size_t maxItems)
{
    std::string out;
    std::size_t shown = 0;
    for (const auto& s : r.series) {
        if (!s.slice.empty() || s.key.rfind("sys/", 0) == 0)
            continue;
        if (shown == maxItems) {
            out += " …";
            break;
        }
        if (!out.empty())
            out += "  ";
        out += s.key + "=" + compact(s.lastValue);
        ++shown;
    }
    return out;
}

std::string pad(const std::string& s, std::size_t width)
{
    return s.size() >= width ? s : s + std::string(width - s.size(), ' ');
}

} // namespace

std::string RunTableText::formatTime(double t)
{
    if (std::isnan(t))
        return "-";
    std::time_t tt = static_cast<std::time_t>(t);
    std::tm tm{};
    localtime_r(&tt, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", &tm);
    return buf;
}

std::string RunTableText::formatDuration(double s)
{
    if (std::isnan(s) || s < 0)
        return "-";
    char buf[32];
    if (s < 60)
        std::snprintf(buf, sizeof buf, "%.1fs", s);
    else if (s < 3600)
        std::snprintf(buf, sizeof buf, "%dm%02ds", int(s) / 60, int(s) % 60);
    else
        std::snprintf(buf, sizeof buf, "%dh%02dm", int(s) / 3600, (int(s) % 3600) / 60);
    return buf;
}

std::string RunTableText::render(const std::vector<RunRecord>& runs)
{
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"ID", "NAME", "EXPERIMENT", "STATUS", "STARTED", "DURATION", "METRICS"});
    for (const auto& r : runs) {
        rows.push_back({r.uuid.substr(0, 8), r.name, r.experiment, std::string(toString(r.status)),
                        formatTime(r.startTime), formatDuration(r.duration()), metricsSummary(r, 3)});
    }
    std::vector<std::size_t> width(rows.front().size(), 0);
    for (const auto& row : rows)
        for (std::size_t c = 0; c < row.size(); ++c)
            width[c] = std::min<std::size_t>(std::max(width[c], row[c].size()), 40);
    std::ostringstream out;
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < row.size(); ++c)
            out << (c + 1 < row.size() ? pad(row[c], width[c]) + "  " : row[c]);
        out << '\n';
    }
    out << runs.size() << (runs.size() == 1 ? " run\n" : " runs\n");
    return out.str();
}

std::string RunTableText::renderOne(const RunRecord& r)
{
    std::ostringstream out;
    out << "Run        " << r.name << "  (" << r.uuid << ")\n"
        << "Experiment " << r.experiment << "\n"
        << "Status     " << toString(r.status) << "\n"
        << "Started    " << formatTime(r.startTime) << "   duration " << formatDuration(r.duration()) << "\n";
    if (!r.parentUuid.empty())
        out << "Parent     " << r.parentUuid << "\n";
    if (!r.host.empty())
        out << "Host       " << r.host << "\n";
    if (!r.gitCommit.empty())
        out << "Git commit " << r.gitCommit << "\n";
    if (!r.command.empty())
        out << "Command    " << r.command << "\n";
    if (!r.params.empty()) {
        out << "\nParams\n";
        for (const auto& [k, v] : r.params)
            out << "  " << pad(k, 24) << v.toString() << "\n";
    }
    if (!r.tags.empty()) {
        out << "\nTags\n";
        for (const auto& [k, v] : r.tags)
            out << "  " << pad(k, 24) << v << "\n";
    }
    if (!r.series.empty()) {
        out << "\nMetrics" << std::string(33, ' ') << "last          min           max           points\n";
        for (const auto& s : r.series) {
            std::string name = s.slice.empty() ? s.key : s.key + " [" + s.slice + "]";
            out << "  " << pad(name, 38) << pad(compact(s.lastValue), 14) << pad(compact(s.minValue), 14)
                << pad(compact(s.maxValue), 14) << s.count << "\n";
        }
    }
    if (!r.notes.empty())
        out << "\nNotes\n" << r.notes << "\n";
    return out.str();
}

} // namespace runlens
