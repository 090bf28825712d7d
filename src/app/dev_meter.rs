//! Meters for the performance scripts (`scripts/bench-startup.sh`), in dev builds:
//! process CPU time and a frame meter. Used only when a benchmark
//! environment variable is set.

use std::time::Instant;

/// CPU time (user + system, all threads) used by this process so far, in
/// seconds, from `/proc/self/stat`. `None` where that file does not exist.
pub fn process_cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name may contain spaces; fields resume after the last ')'.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // After the name: state is field 3, so utime (14) and stime (15) are at 11 and 12.
    let utime: f64 = fields.get(11)?.parse().ok()?;
    let stime: f64 = fields.get(12)?.parse().ok()?;
    // Linux reports these in clock ticks of 1/100 s on every common build.
    Some((utime + stime) / 100.0)
}

/// Counts frames and CPU between the first frame and the end of a run.
pub struct FrameMeter {
    pub seconds: f64,
    started: Option<(Instant, f64)>,
    pub frames: u64,
}

impl FrameMeter {
    pub fn new(seconds: f64) -> Self {
        FrameMeter {
            seconds,
            started: None,
            frames: 0,
        }
    }

    /// Call once per frame; returns true when the run is over (and prints the result).
    pub fn frame(&mut self) -> bool {
        let now = Instant::now();
        let cpu = process_cpu_seconds().unwrap_or(0.0);
        let Some((t0, cpu0)) = self.started else {
            self.started = Some((now, cpu));
            return false;
        };
        self.frames += 1;
        if now.duration_since(t0).as_secs_f64() >= self.seconds {
            let used = cpu - cpu0;
            println!(
                "frames: {} in {:.2} s, cpu {:.3} s, cpu per frame: {:.3} ms",
                self.frames,
                now.duration_since(t0).as_secs_f64(),
                used,
                used * 1000.0 / self.frames.max(1) as f64
            );
            return true;
        }
        false
    }
}
