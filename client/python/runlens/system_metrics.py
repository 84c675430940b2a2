"""Sampling CPU, memory and GPU use into sys/* series while a run is open.

Reads /proc (Linux) and, when it is on PATH, `nvidia-smi`; every probe that fails is
dropped silently, because a missing GPU tool must never break a training script.
"""

import shutil
import subprocess
import threading

NVIDIA_SMI_TIMEOUT = 5.0
_GPU_QUERY = "index,utilization.gpu,memory.used,memory.total"


def read_cpu_times(path="/proc/stat"):
    """Return (busy, total) jiffies of all CPUs, or None when unavailable."""
    try:
        with open(path, "r", encoding="ascii") as handle:
            fields = handle.readline().split()
    except OSError:
        return None
    if not fields or fields[0] != "cpu":
        return None
    values = [int(v) for v in fields[1:9]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)   # idle + iowait
    total = sum(values)
    return total - idle, total


def cpu_percent(before, after):
    """CPU use in % between two read_cpu_times() samples."""
    if before is None or after is None or after[1] <= before[1]:
        return None
    return 100.0 * (after[0] - before[0]) / (after[1] - before[1])


def memory_percent(path="/proc/meminfo"):
    """System memory in use, % of MemTotal (MemTotal - MemAvailable)."""
    info = _read_kb_fields(path)
    total, available = info.get("MemTotal"), info.get("MemAvailable")
    if not total or available is None:
        return None
    return 100.0 * (total - available) / total


def process_rss_mb(path="/proc/self/status"):
    """Resident set size of this process in MiB."""
    rss = _read_kb_fields(path).get("VmRSS")
    return None if rss is None else rss / 1024.0


def _read_kb_fields(path):
    fields = {}
    try:
        with open(path, "r", encoding="ascii", errors="replace") as handle:
            for line in handle:
                name, _, rest = line.partition(":")
                parts = rest.split()
                if parts and parts[0].isdigit():
                    fields[name] = int(parts[0])
    except OSError:
        pass
    return fields


def parse_nvidia_smi(text):
    """Parse `nvidia-smi --query-gpu=index,utilization.gpu,memory.used,memory.total
    --format=csv,noheader,nounits` output into {metric key: value}."""
    metrics = {}
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.split(",")]
        if len(cells) != 4:
            continue
        try:
            index = int(cells[0])
        except ValueError:
            continue
        util, used, total = (_number(cell) for cell in cells[1:])
        if util is not None:
            metrics[f"sys/gpu{index}_util"] = util
        if used is not None:
            metrics[f"sys/gpu{index}_memory_mb"] = used
            if total:
                metrics[f"sys/gpu{index}_memory_percent"] = 100.0 * used / total
    return metrics


def _number(text):
    try:
        return float(text)
    except ValueError:
        return None   # e.g. "[N/A]"


def gpu_metrics(executable):
    """Run nvidia-smi once; {} on any failure."""
    try:
        done = subprocess.run([executable, f"--query-gpu={_GPU_QUERY}",
                               "--format=csv,noheader,nounits"],
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, timeout=NVIDIA_SMI_TIMEOUT, check=False)
    except (OSError, subprocess.SubprocessError):
        return {}
    if done.returncode != 0:
        return {}
    return parse_nvidia_smi(done.stdout.decode("utf-8", "replace"))


class SystemMonitor:
    """A daemon thread logging one sample of sys/* metrics per interval (step = sample index)."""

    def __init__(self, run, interval):
        self._run = run
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="runlens-system-metrics",
                                        daemon=True)
        self._nvidia_smi = shutil.which("nvidia-smi")
        self._cpu = read_cpu_times()
        self._index = 0

    def start(self):
        self._thread.start()

    def stop(self):
        """Stop sampling; returns once the thread has ended so its points get flushed."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=NVIDIA_SMI_TIMEOUT + 1)

    def _loop(self):
        while not self._stop.wait(self._interval):
            try:
                self.sample()
            except Exception:   # a broken probe must not kill training; skip the sample
                pass

    def sample(self):
        """Take one sample and log it at step = sample index."""
        metrics = {}
        cpu = read_cpu_times()
        percent = cpu_percent(self._cpu, cpu)
        self._cpu = cpu
        if percent is not None:
            metrics["sys/cpu_percent"] = percent
        memory = memory_percent()
        if memory is not None:
            metrics["sys/memory_percent"] = memory
        rss = process_rss_mb()
        if rss is not None:
            metrics["sys/process_rss_mb"] = rss
        if self._nvidia_smi:
            metrics.update(gpu_metrics(self._nvidia_smi))
        if metrics and not self._stop.is_set():
            self._run.log_metrics(metrics, step=self._index)
        self._index += 1
        return metrics
