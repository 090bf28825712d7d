//! What one PIN guess costs: Argon2id with the parameters in
//! `src/progress/pin.rs`. The goal (issue 13): at least 0.2 s of CPU per
//! guess on the target machine, so trying all 10,000 four-digit PINs takes
//! over half an hour, while one sign-in stays under half a second.
//!
//! `cargo bench --bench pin` prints criterion's timing and then the derived
//! numbers, measured as process CPU time over a few guesses.

use criterion::{Criterion, criterion_group, criterion_main};

use alerta::progress::pin::PinHash;

fn cpu_seconds() -> f64 {
    alerta::app::dev::process_cpu_seconds().unwrap_or(0.0)
}

fn bench(c: &mut Criterion) {
    let stored = PinHash::new("2468").unwrap();
    let mut g = c.benchmark_group("pin");
    g.sample_size(10);
    g.bench_function("check one guess (argon2id)", |b| {
        b.iter(|| std::hint::black_box(stored.matches("1357")))
    });
    let legacy = PinHash::legacy("2468");
    g.bench_function("check one guess (old sha-256)", |b| {
        b.iter(|| std::hint::black_box(legacy.matches("1357")))
    });
    g.finish();

    let guesses = 8;
    let t0 = std::time::Instant::now();
    let cpu0 = cpu_seconds();
    for i in 0..guesses {
        std::hint::black_box(stored.matches(&format!("{:04}", i)));
    }
    let cpu = (cpu_seconds() - cpu0) / guesses as f64;
    let wall = t0.elapsed().as_secs_f64() / guesses as f64;
    println!(
        "one guess: {cpu:.3} s CPU, {wall:.3} s wall; all 10,000 four-digit PINs: {:.0} min CPU; one sign-in: {wall:.3} s",
        cpu * 10_000.0 / 60.0
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
