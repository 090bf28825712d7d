//! Speaks a Spanish sentence through the computer's own voices, then stops it
//! after two seconds: a check by ear of the read-aloud path on a new machine.
//! `cargo run --example speak` (nothing is spoken where no voice exists; the
//! reason is printed).

use std::time::{Duration, Instant};

use alerta::speech::{Rate, Reader, text::utterances};

fn main() {
    let reader = Reader::system();
    let deadline = Instant::now() + Duration::from_secs(10);
    let es = loop {
        if let Some(a) = reader.availability("es") {
            break a;
        }
        if Instant::now() > deadline {
            eprintln!("no answer from the speech backend in 10 s");
            std::process::exit(1);
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    println!("es: {es}");
    reader.read(utterances(
        "Hola. Esta es una prueba de lectura en voz alta. Se detiene en dos segundos.",
        "es",
        Rate::Normal,
    ));
    std::thread::sleep(Duration::from_secs(2));
    println!("status before stop: {:?}", reader.status());
    let t = Instant::now();
    reader.stop();
    println!("stop took {:?}", t.elapsed());
}
