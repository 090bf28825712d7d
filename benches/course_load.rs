//! Loading and validating a course: the bundled one, and generated ones of
//! 500 and 1,000 lessons (10,000 questions) to show it grows linearly.
//! Run: `cargo bench --bench course_load`.

use std::path::Path;

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("lessons");
    c.bench_function("load bundled course", |b| {
        b.iter(|| alerta::course::load_dir(&bundled).unwrap())
    });

    let tmp = tempfile::tempdir().unwrap();
    for (name, modules) in [
        ("500 lessons, 5,000 questions", 50),
        ("1,000 lessons, 10,000 questions", 100),
    ] {
        let dir = tmp.path().join(format!("m{modules}"));
        alerta::course::synthetic::write_course(&dir, modules, 10, 100).unwrap();
        let l = alerta::course::load_dir(&dir).unwrap();
        assert_eq!(l.errors().count(), 0);
        assert_eq!(l.course.lesson_count(), modules * 10);
        let mut g = c.benchmark_group("load generated course");
        g.sample_size(20);
        g.bench_function(name, |b| b.iter(|| alerta::course::load_dir(&dir).unwrap()));
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
